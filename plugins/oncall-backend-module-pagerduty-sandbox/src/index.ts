/**
 * Runs the local PagerDuty sandbox for the on-call backend when no PagerDuty
 * token is configured.
 *
 * @packageDocumentation
 */
export { oncallModulePagerDutySandbox as default } from './module';
