/**
 * The on-call backend's HTTP contract: request and response types, the
 * PagerDuty annotations, the incident-trigger permission and the typed
 * client the on-call frontend and other backends call it with. Isomorphic.
 *
 * @packageDocumentation
 */

export * from './annotations';
export * from './api';
export * from './constants';
export * from './onCallAnswer';
export * from './OnCallClient';
export * from './OnCallAwareClient';
export * from './permissions';
export * from './types';
