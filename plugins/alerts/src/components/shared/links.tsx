import { Link } from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import { Box, Typography } from '@material-ui/core';
import type { TitledRef } from '@readiness/plugin-alerts-common';
import { EntityTitleLink } from '@readiness/plugin-readiness-react';

/** A link to an entity's page, titled from the record (no catalog lookup per link). */
export function EntityLink({ entity }: { entity: TitledRef }) {
  return <EntityTitleLink entityRef={entity.ref} title={entity.title} />;
}

/** Links to several entities, wrapping; past `limit` of them, how many more there are. */
export function EntityLinks(props: {
  entities: readonly TitledRef[];
  limit?: number;
}) {
  const { entities, limit = entities.length } = props;
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: '2px 12px' }}>
      {entities.slice(0, limit).map(entity => (
        <EntityLink key={entity.ref} entity={entity} />
      ))}
      {entities.length > limit && (
        <Typography variant="caption" color="textSecondary">
          and {entities.length - limit} more
        </Typography>
      )}
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
