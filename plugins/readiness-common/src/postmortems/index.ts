// continuity/ reads these two from here; they live with the kinds and the entity refs.
export { isOpenAction } from '../kinds';
export { normalizeEntityRef } from '../entityRefs';
