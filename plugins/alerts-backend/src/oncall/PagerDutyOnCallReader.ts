import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  OncallApiResult,
  OnCallClient,
  onCallAnswer,
  OnCallResponse,
  ONCALL_PLUGIN_ID,
} from '@readiness/plugin-oncall-common';
import {
  PagerDutyOnCall,
  pagerDutyServicesOnCall,
} from '@readiness/plugin-alerts-common';
import {
  pluginClientOptions,
  RefreshingValue,
} from '@readiness/plugin-readiness-node';

const TIMEOUT_MS = 5_000;

function sameOnCall(a: PagerDutyOnCall, b: PagerDutyOnCall): boolean {
  if (!a.available || !b.available) {
    return !a.available && !b.available && a.reason === b.reason;
  }
  return (
    a.servicesOnCall.size === b.servicesOnCall.size &&
    [...a.servicesOnCall].every(id => b.servicesOnCall.has(id))
  );
}
const DEFAULT_MAX_AGE_MS = 30_000;

/**
 * Who is on call now for each PagerDuty service, asked of the on-call backend as this plugin
 * (a service token for `oncall`). Answers, and failures, are kept for `maxAgeMs` (30 s) and then
 * asked again in the background while callers keep the last one, so coverage requests do not each
 * call the on-call backend and a down or slow one does not slow them. An unchanged answer stays
 * the same object, so coverage computed from it stands.
 */
export class PagerDutyOnCallReader {
  private readonly value: RefreshingValue<PagerDutyOnCall>;
  private readonly client: OnCallClient;

  constructor(
    private readonly options: {
      discovery: DiscoveryService;
      auth: AuthService;
      logger: LoggerService;
      maxAgeMs?: number;
      now?: () => number;
    },
  ) {
    this.client = new OnCallClient(
      pluginClientOptions({
        ...options,
        targetPluginId: ONCALL_PLUGIN_ID,
        timeoutMs: TIMEOUT_MS,
      }),
    );
    this.value = new RefreshingValue({
      load: async current => {
        const next = await this.read();
        return current && sameOnCall(current, next) ? current : next;
      },
      maxAgeMs: options.maxAgeMs ?? DEFAULT_MAX_AGE_MS,
      logger: options.logger,
      description: 'who is on call',
      clock: options.now,
    });
  }

  onCall(): Promise<PagerDutyOnCall> {
    return this.value.get();
  }

  private async read(): Promise<PagerDutyOnCall> {
    const { logger } = this.options;
    const result: OncallApiResult<OnCallResponse> = await onCallAnswer(
      this.client.getOnCallNow(),
      { what: 'who is on call', path: '/oncall/now' },
    );
    if (!result.available) {
      return this.unavailable(result.reason);
    }
    const { status, items } = result.value;
    if (!status?.lastSuccessAt) {
      const lastError = status?.lastError?.message;
      return this.unavailable(
        `PagerDuty has not been synced yet${
          lastError ? ` (${lastError})` : ''
        }`,
      );
    }
    logger.debug(
      `Read who is on call from ${items.length} escalation policies`,
    );
    return {
      available: true,
      servicesOnCall: pagerDutyServicesOnCall(items),
    };
  }

  private unavailable(reason: string): PagerDutyOnCall {
    this.options.logger.warn(
      `On-call data unavailable for alert coverage: ${reason}`,
    );
    return { available: false, reason };
  }
}
