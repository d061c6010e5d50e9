/**
 * Builds every TechDocs site in the background.
 *
 * @packageDocumentation
 */
export { techdocsModulePrebuild as default } from './module';
