/**
 * Test helpers for the readiness backends.
 *
 * @packageDocumentation
 */
export { loadDemoEntities } from './demoEntities';
export { fakeDate } from './fakeDate';
