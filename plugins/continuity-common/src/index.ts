/**
 * The HTTP contract of the continuity API (`/api/continuity`): the rows and details it answers,
 * the names of its filters, the confidential vendor permission, the review and duration rules
 * both sides apply, and `ContinuityClient`, the one typed client frontends and other backends
 * call it with. Isomorphic.
 *
 * @packageDocumentation
 */
export * from './confidentialVendorFile';
export * from './dora';
export * from './doraHistory';
export * from './durationText';
export * from './fields';
export * from './permissions';
export * from './recovery';
export * from './reviewStanding';
export * from './rows';
export * from './types';
export * from './vendorReviewStatus';
export { ContinuityClient } from './ContinuityClient';
