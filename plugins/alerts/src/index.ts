/**
 * The alert catalog and SOP library: alert catalog, coverage, error codes, procedures, script
 * templates, alert and procedure cards, and the Operations tab of services, jobs and squads.
 *
 * @packageDocumentation
 */
export { alertsPlugin as default } from './plugin';
export { alertsApiRef } from './api';
