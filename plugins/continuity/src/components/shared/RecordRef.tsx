import { ReactNode } from 'react';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { READABLE_TABS, ReadableEntityLink } from '@readiness/plugin-readiness-react';

/** A ref as written in a record (`user:sam.lead`) as the full ref the catalog presents by title. */
export function fullEntityRef(entityRef: string, defaultKind?: string): string {
  try {
    return stringifyEntityRef(parseEntityRef(entityRef, { defaultKind, defaultNamespace: 'default' }));
  } catch {
    return entityRef;
  }
}

/** A link to an entity named in a record, shown by its title; records open their readable view. */
export function RecordRef({
  entityRef,
  defaultKind,
  children,
}: {
  entityRef: string;
  defaultKind?: string;
  children?: ReactNode;
}) {
  const ref = fullEntityRef(entityRef, defaultKind);
  if (READABLE_TABS[ref.split(':')[0]]) {
    return <ReadableEntityLink entityRef={ref}>{children}</ReadableEntityLink>;
  }
  return <EntityRefLink entityRef={ref}>{children}</EntityRefLink>;
}
