/**
 * The continuity backend plugin: the vendor register, continuity plans, exercises, reviews due,
 * blast radius, RTO conflicts, recovery evidence and the DORA register of information, with vendors' confidential
 * fields for the readers the permission policy allows, served at `/api/continuity`.
 *
 * @packageDocumentation
 */
export { continuityPlugin as default } from './plugin';
