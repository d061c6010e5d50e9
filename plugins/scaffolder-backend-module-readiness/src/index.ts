/**
 * Scaffolder actions for the readiness records: `readiness:records:validate` and
 * `readiness:records:preview`.
 *
 * @packageDocumentation
 */

export { scaffolderModuleReadiness as default } from './module';
