import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

// Post-mortems and actions name the same few thousand owners and services again and again;
// each normalisation is remembered. Bounded, as a guard.
const MAX_REMEMBERED = 100_000;
const normalized = new Map<string, string>();

/**
 * A full, lower-case entity ref, as the catalog keys entities: `component:x`
 * becomes `component:default/x`.
 *
 * @public
 */
export function normalizeEntityRef(ref: string, defaultKind?: string): string {
  const key = `${defaultKind ?? ''} ${ref}`;
  let full = normalized.get(key);
  if (full === undefined) {
    // Kinds, namespaces and names are ASCII: no locale is needed to lower-case them.
    full = stringifyEntityRef(
      parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }),
    ).toLowerCase();
    if (normalized.size >= MAX_REMEMBERED) normalized.clear();
    normalized.set(key, full);
  }
  return full;
}
