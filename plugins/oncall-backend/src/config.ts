import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { DEFAULT_REQUESTS_PER_MINUTE } from './pagerduty/PagerDutyClient';

export interface OncallConfig {
  pagerDuty: {
    /** Undefined: run the sandbox. */
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
  sandbox: { catalogDir: string; token: string };
}

function duration(
  config: Config,
  key: string,
  fallback: HumanDuration,
): HumanDuration {
  return config.has(key) ? readDurationFromConfig(config, { key }) : fallback;
}

export function readOncallConfig(config: Config): OncallConfig {
  return {
    pagerDuty: {
      token: config.getOptionalString('pagerDuty.token') || undefined,
      apiBaseUrl:
        config.getOptionalString('pagerDuty.apiBaseUrl') ??
        'https://api.pagerduty.com',
      eventsBaseUrl:
        config.getOptionalString('pagerDuty.eventsBaseUrl') ??
        'https://events.pagerduty.com',
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
    sandbox: {
      catalogDir:
        config.getOptionalString('oncall.sandbox.catalogDir') ??
        '../../catalog-info',
      token:
        config.getOptionalString('oncall.sandbox.token') ??
        'readiness-sandbox-token',
    },
  };
}
