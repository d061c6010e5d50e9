/**
 * Test utilities shared by the readiness plugins' tests.
 *
 * @packageDocumentation
 */
export { findActiveContent, XSS_CORPUS } from './xssCorpus';
export { jsonResponse } from './jsonResponse';
