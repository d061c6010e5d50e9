/**
 * The alerts backend plugin: the alert catalog, coverage, error codes, the SOP library and
 * the operations view of services, jobs and squads, served at `/api/alerts`.
 *
 * @packageDocumentation
 */
export { alertsPlugin as default } from './plugin';
