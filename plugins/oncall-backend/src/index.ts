/**
 * Live on-call data from PagerDuty for the Readiness Portal. Modules connect
 * it to another PagerDuty through `@readiness/plugin-oncall-node`.
 *
 * @packageDocumentation
 */
export { oncallPlugin as default } from './plugin';
