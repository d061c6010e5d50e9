import { InfoCard } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import { FieldList } from './FieldList';
import { Provenance } from '@readiness/plugin-continuity-common';

/** Where a record is kept and its file's last change in git: the auditor's trail. */
export function ProvenanceCard({ provenance }: { provenance: Provenance }) {
  const change = provenance.lastChange;
  return (
    <InfoCard title="Provenance" subheader="The record as reviewed in git">
      <FieldList
        fields={[
          { label: 'Source file', value: provenance.file ?? provenance.location, wide: true },
          {
            label: 'Last change',
            wide: true,
            value: change ? (
              <Typography variant="body2">
                {change.date} by {change.author}: “{change.subject}” (commit{' '}
                <code>{change.commit}</code>)
              </Typography>
            ) : (
              'not available: the records are not read from a git checkout'
            ),
          },
        ]}
      />
    </InfoCard>
  );
}
