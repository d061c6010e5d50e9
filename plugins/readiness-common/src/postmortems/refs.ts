// continuity/ reads normalizeEntityRef from here; it lives with the entity refs.
export { normalizeEntityRef } from '../entityRefs';
