import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { PagerDutyConnection } from '@readiness/plugin-oncall-node';
import { DEFAULT_REQUESTS_PER_MINUTE } from './pagerduty/PagerDutyClient';

export interface OncallConfig {
  pagerDuty: {
    /** Undefined: a module must supply the connection (the sandbox's, say). */
    token?: string;
    apiBaseUrl: string;
    eventsBaseUrl: string;
    requestsPerMinute: number;
    requestTimeoutMs: number;
  };
  sync: {
    frequency: HumanDuration;
    timeout: HumanDuration;
    initialDelay: HumanDuration;
    incidentHistoryMonths: number;
    onCallWindowMs: number;
    acknowledgementLookupsPerRun: number;
  };
  /** Events API v2 routing keys by PagerDuty service id. */
  routingKeys: Map<string, string>;
}

function duration(
  config: Config,
  key: string,
  fallback: HumanDuration,
): HumanDuration {
  return config.has(key) ? readDurationFromConfig(config, { key }) : fallback;
}

/** Events API v2's production base URL, the PagerDuty card's default too. */
export const DEFAULT_EVENTS_BASE_URL = 'https://events.pagerduty.com/v2';

/**
 * `pagerDuty.eventsBaseUrl` is the base events are posted to + `/enqueue`, as
 * @backstage/plugin-pagerduty's card reads the same key; hence the `/v2` form.
 */
function readEventsBaseUrl(config: Config): string {
  const key = 'pagerDuty.eventsBaseUrl';
  const value = (
    config.getOptionalString(key) ?? DEFAULT_EVENTS_BASE_URL
  ).replace(/\/+$/, '');
  if (!value.endsWith('/v2')) {
    throw new Error(
      `${key}: "${value}" must be the Events API v2 base ending in /v2, such as ${DEFAULT_EVENTS_BASE_URL}; events are posted to it + /enqueue, as the PagerDuty card does`,
    );
  }
  return value;
}

export function readOncallConfig(config: Config): OncallConfig {
  return {
    pagerDuty: {
      token: config.getOptionalString('pagerDuty.token') || undefined,
      apiBaseUrl:
        config.getOptionalString('pagerDuty.apiBaseUrl') ??
        'https://api.pagerduty.com',
      eventsBaseUrl: readEventsBaseUrl(config),
      requestsPerMinute:
        config.getOptionalNumber('pagerDuty.requestsPerMinute') ??
        DEFAULT_REQUESTS_PER_MINUTE,
      requestTimeoutMs: durationToMilliseconds(
        duration(config, 'pagerDuty.requestTimeout', { seconds: 10 }),
      ),
    },
    sync: {
      frequency: duration(config, 'oncall.sync.frequency', { minutes: 5 }),
      timeout: duration(config, 'oncall.sync.timeout', { minutes: 15 }),
      initialDelay: duration(config, 'oncall.sync.initialDelay', {
        seconds: 5,
      }),
      incidentHistoryMonths:
        config.getOptionalNumber('oncall.sync.incidentHistoryMonths') ?? 18,
      onCallWindowMs: durationToMilliseconds(
        duration(config, 'oncall.sync.onCallWindow', { days: 7 }),
      ),
      acknowledgementLookupsPerRun:
        config.getOptionalNumber('oncall.sync.acknowledgementLookupsPerRun') ??
        300,
    },
    routingKeys: readRoutingKeys(config),
  };
}

function readRoutingKeys(config: Config): Map<string, string> {
  const keys = config.getOptionalConfig('oncall.routingKeys');
  return new Map(
    (keys?.keys() ?? []).map(serviceId => [
      serviceId,
      keys!.getString(serviceId),
    ]),
  );
}

/** The PagerDuty of `pagerDuty.*`, which needs a token. */
export function pagerDutyConnectionOf(
  settings: OncallConfig,
): PagerDutyConnection {
  const { token, apiBaseUrl, eventsBaseUrl } = settings.pagerDuty;
  if (!token) {
    throw new Error(
      'pagerDuty.token is not set: set it (PAGERDUTY_TOKEN) to sync from PagerDuty, or, outside production, run the local PagerDuty sandbox instead (@readiness/plugin-oncall-backend-module-pagerduty-sandbox, with oncall.sandbox.enabled not false)',
    );
  }
  return { apiBaseUrl, eventsBaseUrl, token, source: 'pagerduty' };
}
