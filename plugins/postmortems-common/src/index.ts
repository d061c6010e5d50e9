/**
 * The HTTP contract of the post-mortems API (`/api/postmortems`): request and response types,
 * the names of its filters and facets, and `PostmortemsClient`, the one typed client frontends
 * and other backends call it with. Isomorphic.
 *
 * @packageDocumentation
 */
export * from './analytics';
export * from './fields';
export * from './summary';
export * from './timings';
export * from './types';
export { PostmortemsClient } from './PostmortemsClient';
