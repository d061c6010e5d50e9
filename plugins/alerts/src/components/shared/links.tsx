import { Link } from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box } from '@material-ui/core';
import type { TitledRef } from '@readiness/plugin-readiness-common';

/** A link to an entity's page, titled from the record (no catalog lookup per link). */
export function EntityLink({ entity }: { entity: TitledRef }) {
  return <EntityRefLink entityRef={entity.ref}>{entity.title}</EntityRefLink>;
}

/** Links to several entities, wrapping. */
export function EntityLinks({ entities }: { entities: readonly TitledRef[] }) {
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: '2px 12px' }}>
      {entities.map(entity => (
        <EntityLink key={entity.ref} entity={entity} />
      ))}
    </Box>
  );
}

/** The TechDocs reader of an entity, at the reader's standard route. */
export function TechDocsLink({
  entityRef,
  children,
}: {
  entityRef: string;
  children: string;
}) {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return (
    <Link to={`/docs/${namespace}/${kind.toLocaleLowerCase('en-US')}/${name}`}>
      {children}
    </Link>
  );
}
