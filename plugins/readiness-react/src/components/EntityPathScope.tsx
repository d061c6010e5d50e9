import { createContext, ReactNode, useContext } from 'react';
import { Link } from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  EntityRefLink,
  useEntityRefLink,
} from '@backstage/plugin-catalog-react';

const EntityPathContext = createContext<
  ((entityRef: string) => string) | undefined
>(undefined);

/**
 * Resolves the path of entity pages once for every {@link EntityTitleLink} and
 * `ReadableEntityLink` inside it. Backstage resolves a route for each link by matching the app's
 * routes again; a table of hundreds of entity links spends most of its rendering on that.
 *
 * @public
 */
export function EntityPathScope(props: { children: ReactNode }) {
  const entityPath = useEntityRefLink();
  return (
    <EntityPathContext.Provider value={entityPath}>
      {props.children}
    </EntityPathContext.Provider>
  );
}

/** The entity page path of the enclosing {@link EntityPathScope}, if any. */
export function useScopedEntityPath() {
  return useContext(EntityPathContext);
}

/**
 * A link to an entity's page under the title given, with no catalog lookup; inside an
 * {@link EntityPathScope} the path is resolved once for the scope.
 *
 * @public
 */
export function EntityTitleLink(props: {
  /** A full entity ref: `group:default/payments-squad`. */
  entityRef: string;
  title: string;
}) {
  const entityPath = useScopedEntityPath();
  if (!entityPath) {
    return <EntityRefLink entityRef={props.entityRef} title={props.title} />;
  }
  return <Link to={entityPath(props.entityRef)}>{props.title}</Link>;
}

/** The readable tab of an entity's page, where its kind has one (see `READABLE_TABS`). */
export function readablePath(
  entityPath: (entityRef: string) => string,
  tabs: Readonly<Record<string, string>>,
  entityRef: string,
): string {
  const tab = tabs[parseEntityRef(entityRef).kind.toLocaleLowerCase('en-US')];
  const path = entityPath(entityRef);
  return tab ? `${path.replace(/\/$/, '')}/${tab}` : path;
}
