import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { useEntityPresentation } from '@backstage/plugin-catalog-react';

/** A ref as a record may write it (`user:sam.lead`, `sam.lead`) in full, or as it is. */
function fullRef(entityRef: string, defaultKind?: string): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(entityRef, { defaultKind, defaultNamespace: 'default' }),
    );
  } catch {
    return entityRef;
  }
}

/**
 * The name people know an entity by — its profile's display name, its title, else the ref's
 * name — read through the catalog's entity presentation API, which batches and caches the
 * look-ups of a page.
 *
 * @public
 */
export function useEntityName(entityRef: string, defaultKind?: string): string {
  return useEntityPresentation(fullRef(entityRef, defaultKind)).primaryTitle;
}

/**
 * An entity's name for people, as text (no link): see {@link useEntityName}.
 *
 * @public
 */
export function EntityName(props: { entityRef: string; defaultKind?: string }) {
  return <>{useEntityName(props.entityRef, props.defaultKind)}</>;
}
