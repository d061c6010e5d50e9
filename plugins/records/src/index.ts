/**
 * Entity cards for the readiness record kinds.
 *
 * @packageDocumentation
 */
export { recordsPlugin as default } from './plugin';
