import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import {
  OncallLogEntriesResponse,
  PostmortemDraftOptions,
  readOncallApi,
} from '@readiness/plugin-readiness-common';

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
    const { token } = await this.deps.auth.getPluginRequestToken({
      onBehalfOf: credentials,
      targetPluginId: 'oncall',
    });
    const result = await readOncallApi<OncallLogEntriesResponse>({
      baseUrl: await this.deps.discovery.getBaseUrl('oncall'),
      path: `/incidents/${encodeURIComponent(incidentId)}/log-entries`,
      token,
      what: `the log entries of incident ${incidentId}`,
    });
    return result.available
      ? { available: true, entries: result.value.items }
      : result;
  }
}
