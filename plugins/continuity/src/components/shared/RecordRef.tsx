import { ReactNode } from 'react';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';

/** A ref as written in a record (`user:sam.lead`) as the full ref the catalog presents by title. */
export function fullEntityRef(entityRef: string, defaultKind?: string): string {
  try {
    return stringifyEntityRef(parseEntityRef(entityRef, { defaultKind, defaultNamespace: 'default' }));
  } catch {
    return entityRef;
  }
}

/** A link to an entity named in a record, shown by its title. */
export function RecordRef({
  entityRef,
  defaultKind,
  children,
}: {
  entityRef: string;
  defaultKind?: string;
  children?: ReactNode;
}) {
  return <EntityRefLink entityRef={fullEntityRef(entityRef, defaultKind)}>{children}</EntityRefLink>;
}
