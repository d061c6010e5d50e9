import { InfoCard } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import { LocalTime } from '@readiness/plugin-readiness-react';
import { Provenance } from '@readiness/plugin-continuity-common';
import { ExternalLink } from './externalLink';
import { FieldList } from './FieldList';

/** Where a record is kept in its repository and its file's last change in git: the auditor's trail. */
export function ProvenanceCard({ provenance }: { provenance: Provenance }) {
  const change = provenance.lastChange;
  const commit = change?.commit.slice(0, 12);
  return (
    <InfoCard title="Provenance" subheader="The record as reviewed in git">
      <FieldList
        fields={[
          {
            label: 'Source file',
            value: provenance.path && (
              <Typography variant="body2">
                {provenance.url ? (
                  <ExternalLink href={provenance.url}>{provenance.path}</ExternalLink>
                ) : (
                  provenance.path
                )}
              </Typography>
            ),
            wide: true,
          },
          {
            label: 'Last change',
            wide: true,
            value: change ? (
              <Typography variant="body2">
                <LocalTime at={change.date} /> by {change.author}: “{change.subject}” (commit{' '}
                {change.url ? (
                  <ExternalLink href={change.url}>{commit}</ExternalLink>
                ) : (
                  <code>{commit}</code>
                )}
                )
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
