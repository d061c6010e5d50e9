import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import {
  OnCallClient,
  ONCALL_PLUGIN_ID,
} from '@readiness/plugin-oncall-common';
import { pluginClientOptions } from '@readiness/plugin-readiness-node';
import {
  PostmortemDraftOptions,
  readIncidentLogEntries,
} from '@readiness/plugin-postmortems-common';

/** How long the on-call backend may take before the draft goes ahead without the steps. */
const TIMEOUT_MS = 15_000;

/** An incident's steps, or why they could not be read. */
export type IncidentLogEntries = PostmortemDraftOptions['logEntries'];

/**
 * Reads an incident's PagerDuty log entries from the on-call backend
 * (`GET /api/oncall/incidents/:id/log-entries`) on behalf of the person
 * running the template. Failures are answered, not thrown: a draft is still
 * worth writing from the incident's times.
 */
export class OncallLogEntriesReader {
  constructor(
    private readonly deps: { discovery: DiscoveryService; auth: AuthService },
  ) {}

  async read(
    incidentId: string,
    credentials: BackstageCredentials,
  ): Promise<IncidentLogEntries> {
    // The person's credentials, so the on-call backend applies their permissions.
    const client = new OnCallClient(
      pluginClientOptions({
        ...this.deps,
        targetPluginId: ONCALL_PLUGIN_ID,
        onBehalfOf: credentials,
        timeoutMs: TIMEOUT_MS,
      }),
    );
    return readIncidentLogEntries(client, incidentId);
  }
}
