import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { OncallSyncStatus } from '@readiness/plugin-oncall-common';

/**
 * Where the on-call plugin reaches PagerDuty, and with which token.
 *
 * @public
 */
export interface PagerDutyConnection {
  /** The REST API v2 base URL, such as https://api.pagerduty.com. */
  apiBaseUrl: string;
  /** The Events API v2 base URL ending in /v2; events are posted to it + /enqueue. */
  eventsBaseUrl: string;
  /** The REST API token. */
  token: string;
  /** What `/status`, and so every page showing the data, says it comes from. */
  source: OncallSyncStatus['source'];
}

/**
 * Lets a module connect the on-call plugin to another PagerDuty than the
 * configured `pagerDuty.*`, such as the local sandbox of the embedded default.
 *
 * @public
 */
export interface PagerDutyConnectionExtensionPoint {
  /** Replaces the configured PagerDuty; one module at most may call it. */
  setConnection(connection: PagerDutyConnection): void;
}

/**
 * The extension point of {@link PagerDutyConnectionExtensionPoint}.
 *
 * @public
 */
export const pagerDutyConnectionExtensionPoint =
  createExtensionPoint<PagerDutyConnectionExtensionPoint>({
    id: 'oncall.pagerduty-connection',
  });
