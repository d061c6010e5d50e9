import { InfoCard } from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
import { groupRecordRelations } from './recordRelations';

/** The alerts, procedures, vendors, plans, exercises and post-mortems an entity is linked to. */
export function OperationalRecordsCard() {
  const { entity } = useEntity();
  const sections = groupRecordRelations(entity.relations);
  return (
    <InfoCard title="Operational records">
      {sections.map(section => (
        <Box key={section.title} mb={2}>
          <Typography variant="subtitle2">
            {section.title} ({section.refs.length})
          </Typography>
          <Box display="flex" flexWrap="wrap" style={{ gap: '4px 16px' }}>
            {section.refs.map(ref => (
              <EntityRefLink key={ref} entityRef={ref} />
            ))}
          </Box>
        </Box>
      ))}
    </InfoCard>
  );
}
