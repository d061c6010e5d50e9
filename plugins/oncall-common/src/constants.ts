/**
 * The on-call backend's plugin id: its API is served under `/api/oncall`.
 *
 * @public
 */
export const ONCALL_PLUGIN_ID = 'oncall';

/**
 * How many actions one person may take within a sliding window.
 *
 * @public
 */
export interface SlidingWindowLimit {
  limit: number;
  windowSeconds: number;
}

/**
 * Incidents a person may raise from the portal: three in ten minutes.
 *
 * @public
 */
export const INCIDENT_TRIGGER_LIMIT: SlidingWindowLimit = {
  limit: 3,
  windowSeconds: 600,
};
