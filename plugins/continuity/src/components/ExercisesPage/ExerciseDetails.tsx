import { Table } from '@backstage/core-components';
import { Box, Grid, Typography } from '@material-ui/core';
import { RemediationAction } from '@readiness/plugin-readiness-common';
import { RecordMarkdown } from '@readiness/plugin-readiness-react';
import { ExternalLink } from '../shared/externalLink';
import { RecordRef } from '../shared/RecordRef';
import { ExerciseRow } from '@readiness/plugin-continuity-common';

/** Everything an exercise found and asked for: its detail panel in the exercises list. */
export function ExerciseDetails({ row }: { row: ExerciseRow }) {
  return (
    <Box p={2}>
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          <Typography variant="subtitle2">Scenario</Typography>
          <RecordMarkdown content={row.scenario} />
          <Typography variant="subtitle2">Success criteria</Typography>
          {row.successCriteria.length > 0 ? (
            <ul>
              {row.successCriteria.map(criterion => (
                <li key={criterion}>{criterion}</li>
              ))}
            </ul>
          ) : (
            <Typography variant="body2">none recorded</Typography>
          )}
          <Typography variant="subtitle2">Participants</Typography>
          <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
            {[...row.teams, ...row.participants].map(ref => (
              <RecordRef key={ref} entityRef={ref} />
            ))}
          </Box>
        </Grid>
        <Grid item xs={12} md={6}>
          <Typography variant="subtitle2">Findings</Typography>
          {row.findings.length > 0 ? (
            <ul>
              {row.findings.map(finding => (
                <li key={finding}>{finding}</li>
              ))}
            </ul>
          ) : (
            <Typography variant="body2">none</Typography>
          )}
        </Grid>
        <Grid item xs={12}>
          <Table<RemediationAction>
            title="Actions"
            data={row.actions}
            options={{ paging: false, search: false, padding: 'dense', toolbar: true }}
            columns={[
              { title: 'Action', field: 'title' },
              { title: 'Category', field: 'category' },
              { title: 'Term', field: 'term' },
              { title: 'Owner', render: action => <RecordRef entityRef={action.owner} /> },
              { title: 'Due', field: 'due' },
              { title: 'Status', field: 'status' },
              {
                title: 'Ticket',
                render: action => <ExternalLink href={action.ticket} />,
              },
            ]}
          />
        </Grid>
      </Grid>
    </Box>
  );
}
