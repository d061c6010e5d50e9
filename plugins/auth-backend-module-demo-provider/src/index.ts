/**
 * Sign-in as one of a configured list of demo people, for the embedded default only.
 *
 * @packageDocumentation
 */
export { authModuleDemoProvider as default } from './module';
