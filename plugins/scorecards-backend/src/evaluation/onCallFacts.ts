import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import {
  OncallApiResult,
  OnCallClient,
  onCallAnswer,
  ONCALL_PLUGIN_ID,
  OncallSyncStatus,
} from '@readiness/plugin-oncall-common';
import { pluginClientOptions } from '@readiness/plugin-readiness-node';
import { PagerDutyFacts, ScorecardFactSource } from './evaluators';

/** As long as the on-call API's readers waited before (a scorecard run carries on without it). */
const TIMEOUT_MS = 15_000;

/** What the checks show when an on-call route could not be read. */
function sentence<T>(result: OncallApiResult<T>): ScorecardFactSource<T> {
  return result.available
    ? result
    : { available: false, reason: `${result.reason}.` };
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
  const client = new OnCallClient(
    pluginClientOptions({
      ...options,
      targetPluginId: ONCALL_PLUGIN_ID,
      timeoutMs: TIMEOUT_MS,
    }),
  );
  const [now, users] = await Promise.all([
    onCallAnswer(client.getOnCallNow(), {
      what: 'who is on call',
      path: '/oncall/now',
    }).then(sentence),
    onCallAnswer(client.getUsers(), {
      what: 'the PagerDuty users',
      path: '/users',
    }).then(sentence),
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
