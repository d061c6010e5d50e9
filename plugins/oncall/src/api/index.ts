export { onCallApiRef } from './onCallApiRef';
