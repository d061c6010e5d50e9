import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import {
  OnCallResponse,
  OncallSyncStatus,
  OncallUsersResponse,
  PagerDutyFacts,
  ScorecardFactSource,
} from '@readiness/plugin-readiness-common';

const TIMEOUT_MS = 15_000;

async function getJson<T>(
  url: string,
  token: string,
  what: string,
): Promise<ScorecardFactSource<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return {
      available: false,
      reason: `The on-call backend could not be reached for ${what}: ${
        (error as Error).message
      }.`,
    };
  }
  if (!response.ok) {
    return {
      available: false,
      reason: `The on-call backend answered ${response.status} when asked for ${what}.`,
    };
  }
  return { available: true, value: (await response.json()) as T };
}

/** The answer's facts, unless PagerDuty was never synced (then there is nothing to judge by). */
function whenSynced<T extends { status?: OncallSyncStatus }, R>(
  source: ScorecardFactSource<T>,
  read: (value: T) => R,
): ScorecardFactSource<R> {
  if (!source.available) return source;
  const { status } = source.value;
  if (!status?.lastSuccessAt) {
    const error = status?.lastError?.message;
    return {
      available: false,
      reason: `PagerDuty has not been synced yet${error ? `: ${error}` : ''}.`,
    };
  }
  return { available: true, value: read(source.value) };
}

/**
 * Reads the PagerDuty facts the checks need from the on-call backend's API, as this plugin
 * (a service token for the on-call plugin): escalation policies with who is on call now
 * (`GET /oncall/now`) and PagerDuty users (`GET /users`). A source that cannot be read is
 * reported with its reason, so its checks show "no data".
 */
export async function readPagerDutyFacts(options: {
  discovery: DiscoveryService;
  auth: AuthService;
}): Promise<PagerDutyFacts> {
  const { discovery, auth } = options;
  const baseUrl = await discovery.getBaseUrl('oncall');
  const { token } = await auth.getPluginRequestToken({
    onBehalfOf: await auth.getOwnServiceCredentials(),
    targetPluginId: 'oncall',
  });
  const [now, users] = await Promise.all([
    getJson<OnCallResponse>(
      `${baseUrl}/oncall/now`,
      token,
      'who is on call (GET /api/oncall/oncall/now)',
    ),
    getJson<OncallUsersResponse>(
      `${baseUrl}/users`,
      token,
      'the PagerDuty users (GET /api/oncall/users)',
    ),
  ]);

  return {
    policies: whenSynced(now, ({ items }) =>
      items.map(group => ({
        entityRef: group.entityRef,
        id: group.escalationPolicy.id,
        name: group.escalationPolicy.name,
        url: group.escalationPolicy.url,
        levels: group.levels.map(level => ({
          level: level.level,
          now: level.now.map(({ name, email, userRef, scheduleName }) => ({
            name,
            email,
            userRef,
            scheduleName,
          })),
        })),
      })),
    ),
    users: whenSynced(users, ({ items }) =>
      items.map(({ name, email, userRef }) => ({ name, email, userRef })),
    ),
  };
}
