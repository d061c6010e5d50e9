import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import {
  OncallLogEntriesResponse,
  PostmortemDraftOptions,
} from '@readiness/plugin-readiness-common';

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
    const what = `GET /api/oncall/incidents/${incidentId}/log-entries`;
    let response: Response;
    try {
      const baseUrl = await this.deps.discovery.getBaseUrl('oncall');
      const { token } = await this.deps.auth.getPluginRequestToken({
        onBehalfOf: credentials,
        targetPluginId: 'oncall',
      });
      response = await fetch(
        `${baseUrl}/incidents/${encodeURIComponent(incidentId)}/log-entries`,
        {
          headers: { Authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(TIMEOUT_MS),
        },
      );
    } catch (error) {
      return {
        available: false,
        reason: `the on-call backend could not be reached for ${what}: ${
          (error as Error).message
        }`,
      };
    }
    if (!response.ok) {
      const message = await response
        .json()
        .then(body => body?.error?.message as string | undefined)
        .catch(() => undefined);
      return {
        available: false,
        reason: `the on-call backend answered ${response.status} to ${what}${
          message ? `: ${message}` : ''
        }`,
      };
    }
    const body = (await response.json()) as OncallLogEntriesResponse;
    return { available: true, entries: body.items };
  }
}
