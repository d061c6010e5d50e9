export * from './types';
export { onCallApiRef } from './onCallApiRef';
