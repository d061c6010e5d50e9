/**
 * The readiness record kinds: TypeScript types, JSON Schemas, validation,
 * reference checks and YAML parsing with line numbers. Isomorphic: used by
 * the browser, the backend and the records CLI.
 *
 * @packageDocumentation
 */

export * from './kinds';
export * from './schemas';
export * from './validation';
export * from './problems';
export * from './taxonomy';
export * from './entityRefs';
export * from './references';
export * from './urls';
export * from './yamlRecords';
export { parseYamlFile } from './yamlLines';
export type { FieldPathSegment } from './fieldPath';
export * from './durations';
export * from './relations';
export * from './clock';
