import { InfoCard, Link } from '@backstage/core-components';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import { entityRouteRef, useEntity } from '@backstage/plugin-catalog-react';
import { ReadableEntityLink } from '@readiness/plugin-readiness-react';
import { Box, Typography } from '@material-ui/core';
import { hasOperations } from '@readiness/plugin-alerts-common';
import { groupRecordRelations, OPERATIONS_SECTIONS } from './recordRelations';

/**
 * The alerts, procedures, vendors, plans, exercises and post-mortems an entity is linked to.
 * Where the entity has an Operations tab, its alerts and procedures are counted there only
 * (a service's include its jobs'), so no two counts on its page disagree.
 */
export function OperationalRecordsCard() {
  const { entity } = useEntity();
  const entityRoute = useRouteRef(entityRouteRef);
  const withOperations = hasOperations(entity);
  const sections = groupRecordRelations(entity.relations).filter(
    section =>
      !withOperations ||
      !(OPERATIONS_SECTIONS as readonly string[]).includes(section.title),
  );
  return (
    <InfoCard title="Operational records">
      {withOperations && (
        <Box mb={2}>
          <Typography variant="body2">
            Alerts and procedures: on the{' '}
            <Link
              to={`${entityRoute?.(getCompoundEntityRef(entity)) ?? ''}/operations`}
            >
              Operations tab
            </Link>.
          </Typography>
        </Box>
      )}
      {sections.map(section => (
        <Box key={section.title} mb={2}>
          <Typography variant="subtitle2">
            {section.title} ({section.refs.length})
          </Typography>
          <Box display="flex" flexWrap="wrap" style={{ gap: '4px 16px' }}>
            {section.refs.map(ref => (
              <ReadableEntityLink key={ref} entityRef={ref} />
            ))}
          </Box>
        </Box>
      ))}
    </InfoCard>
  );
}
