import { ReactNode } from 'react';
import { Link } from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import { EntityName } from '../format';

/**
 * The entity-page tab that shows a record of each kind for reading (durations in words, names
 * for refs), by lower-case kind; the plugins mount their tabs at these paths.
 *
 * @public
 */
export const READABLE_TABS: Readonly<Record<string, string>> = {
  vendor: 'vendor',
  continuityplan: 'continuity',
  postmortem: 'postmortem',
};

/**
 * The path of an entity's page, at its readable tab where its kind has one.
 *
 * @public
 */
export function useReadableEntityPath(): (entityRef: string) => string {
  const entityPath = useEntityRefLink();
  return entityRef => {
    const tab = READABLE_TABS[parseEntityRef(entityRef).kind.toLowerCase()];
    const path = entityPath(entityRef);
    return tab ? `${path.replace(/\/$/, '')}/${tab}` : path;
  };
}

/**
 * A link to an entity that opens its readable view, shown by its name (or `children`).
 *
 * @public
 */
export function ReadableEntityLink(props: {
  /** A full entity ref: `vendor:default/fedach`. */
  entityRef: string;
  children?: ReactNode;
}) {
  const path = useReadableEntityPath()(props.entityRef);
  return (
    <Link to={path}>
      {props.children ?? <EntityName entityRef={props.entityRef} />}
    </Link>
  );
}
