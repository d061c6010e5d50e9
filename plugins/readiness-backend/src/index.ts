/**
 * The readiness backend plugin: analytics, lists and exports over the readiness records.
 *
 * @packageDocumentation
 */
export { readinessPlugin as default } from './plugin';
