import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

// The same as toLocaleLowerCase('en-US') (English has no special casing rules) and many
// times faster; tens of thousands of records are keyed per snapshot.
function lowerCase(text: string): string {
  return text.toLowerCase();
}

const entityKeys = new WeakMap<Entity | CompoundEntityRef, string>();

/**
 * The key an entity is found by: its full ref in lower case, like
 * `component:default/payment-gateway` (`component:payment-gateway` with
 * `defaultKind` unset, or `payment-gateway` with `defaultKind` `component`, give
 * the same). Undefined for a malformed ref. The one way readiness code
 * compares and keys entity refs.
 *
 * @public
 */
export function entityRefKey(
  ref: Entity | CompoundEntityRef | string,
  defaultKind?: string,
): string | undefined {
  if (typeof ref !== 'string') {
    let key = entityKeys.get(ref);
    if (key === undefined) {
      key = lowerCase(stringifyEntityRef(ref));
      entityKeys.set(ref, key);
    }
    return key;
  }
  try {
    return normalizeEntityRef(ref, defaultKind);
  } catch {
    return undefined;
  }
}

// Records name the same few thousand owners, services and plans again and again; each
// spelling's key is remembered. Bounded, as a guard.
const MAX_REMEMBERED = 100_000;
const stringKeys = new Map<string, string>();

/**
 * {@link entityRefKey} of a ref as written, throwing on a malformed one: `component:x`
 * becomes `component:default/x`.
 *
 * @public
 */
export function normalizeEntityRef(ref: string, defaultKind?: string): string {
  const spelling = `${defaultKind ?? ''} ${ref}`;
  let key = stringKeys.get(spelling);
  if (key === undefined) {
    key = lowerCase(stringifyEntityRef(parseEntityRef(ref, { defaultKind })));
    if (stringKeys.size >= MAX_REMEMBERED) stringKeys.clear();
    stringKeys.set(spelling, key);
  }
  return key;
}
