/**
 * A small test catalog for the alerts packages' tests.
 *
 * @packageDocumentation
 */
export { testAlert, testCatalog, testProcedure } from './testCatalog';
