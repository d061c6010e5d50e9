/**
 * The post-mortems backend plugin: the post-mortem library, its analytics and the open
 * actions of post-mortems and exercises, served at `/api/postmortems`.
 *
 * @packageDocumentation
 */
export { postmortemsPlugin as default } from './plugin';
