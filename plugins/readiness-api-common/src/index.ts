/**
 * What every readiness capability's HTTP contract shares: the fetcher its typed client sends
 * requests with, the shape of a page of a server-side list and of the request for one, the
 * title it sends for a catalog entity, and the CSV its exports are written in. Isomorphic: used
 * by the `-common` clients, the backends and the frontends.
 *
 * @packageDocumentation
 */

export * from './jsonFetcher';
export * from './lists';
export * from './csv';
export * from './entityTitle';
