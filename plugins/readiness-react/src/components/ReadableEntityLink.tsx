import { ReactNode } from 'react';
import { Link } from '@backstage/core-components';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import { EntityName } from '../format';
import { readablePath, useScopedEntityPath } from './EntityPathScope';

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
  return entityRef => readablePath(entityPath, READABLE_TABS, entityRef);
}

function ReadableLink(props: {
  path: string;
  entityRef: string;
  children?: ReactNode;
}) {
  return (
    <Link to={props.path}>
      {props.children ?? <EntityName entityRef={props.entityRef} />}
    </Link>
  );
}

function UnscopedReadableEntityLink(props: {
  entityRef: string;
  children?: ReactNode;
}) {
  const path = useReadableEntityPath()(props.entityRef);
  return <ReadableLink path={path} {...props} />;
}

/**
 * A link to an entity that opens its readable view, shown by its name (or `children`); inside an
 * `EntityPathScope` the path is resolved once for the scope.
 *
 * @public
 */
export function ReadableEntityLink(props: {
  /** A full entity ref: `vendor:default/fedach`. */
  entityRef: string;
  children?: ReactNode;
}) {
  const entityPath = useScopedEntityPath();
  if (!entityPath) {
    return <UnscopedReadableEntityLink {...props} />;
  }
  return (
    <ReadableLink
      path={readablePath(entityPath, READABLE_TABS, props.entityRef)}
      {...props}
    />
  );
}
