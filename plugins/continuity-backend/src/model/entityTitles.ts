import { Entity } from '@backstage/catalog-model';
import { entityTitle } from '@readiness/plugin-readiness-api-common';
import { normalizeEntityRef } from '@readiness/plugin-readiness-common';

/**
 * The title of the entity a record names (`group:payments-squad`, or `sam.lead` with a default
 * kind), if the snapshot holds it.
 */
export type TitleLookup = (ref: string, defaultKind: string) => string | undefined;

/** A {@link TitleLookup} over a snapshot's entities by their lower-case full ref. */
export function titleLookup(byRef: ReadonlyMap<string, Entity>): TitleLookup {
  return (ref, defaultKind) => {
    let key: string;
    try {
      key = normalizeEntityRef(ref, defaultKind);
    } catch {
      return undefined;
    }
    const entity = byRef.get(key);
    return entity && entityTitle(entity);
  };
}
