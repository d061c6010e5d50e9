/**
 * The HTTP contract of the post-mortems API (`/api/postmortems`): request and response types,
 * the names of its filters and facets, and `PostmortemsClient`, the one typed client frontends
 * and other backends call it with; and the post-mortem rules other capabilities apply (the
 * publication deadline, open action items, the Scaffolder's draft). Isomorphic.
 *
 * @packageDocumentation
 */
export * from './actionItems';
export * from './analytics';
export * from './dora';
export * from './doraReport';
export * from './draft';
export * from './fields';
export * from './permissions';
export * from './publication';
export * from './startPostmortem';
export * from './summary';
export * from './timings';
export * from './calendar';
export * from './types';
export { PostmortemsClient } from './PostmortemsClient';
