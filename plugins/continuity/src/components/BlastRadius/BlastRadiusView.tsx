import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { Box, Grid, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { DependencyPath, RtoConflictTable } from '../shared/RtoConflictList';
import { RecordRef } from '../shared/RecordRef';
import { BlastRadius, ReachedNode } from '@readiness/plugin-continuity-common';
import { LIST_PAGING, formatIsoDuration } from '@readiness/plugin-readiness-react';

const KIND_LABELS: Record<string, string> = {
  component: 'services and jobs',
  resource: 'resources',
  system: 'systems',
  continuityplan: 'continuity plans (business functions)',
};

const KIND_NAMES: Record<string, string> = {
  component: 'service or job',
  resource: 'resource',
  system: 'system',
  continuityplan: 'continuity plan',
};

const columns: TableColumn<ReachedNode>[] = [
  { title: 'Steps away', field: 'depth', width: '8%' },
  { title: 'Kind', field: 'kind', width: '12%', render: node => KIND_NAMES[node.kind] ?? node.kind },
  { title: 'Depends on it', field: 'ref', render: node => <RecordRef entityRef={node.ref} /> },
  { title: 'Through', sorting: false, render: node => <DependencyPath path={node.path} /> },
];

/**
 * What losing a vendor, service or system reaches, directly or transitively, and the continuity
 * plans whose RTO it would break.
 */
export function BlastRadiusView({ radius, name }: { radius: BlastRadius; name: string }) {
  const counts = new Map<string, number>();
  for (const node of radius.dependents) {
    counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  }
  const objective = radius.sourceObjective;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard title="Blast radius" subheader={`What stops, directly or transitively, when ${name} is lost`}>
          <Box display="flex" flexWrap="wrap" style={{ gap: 32 }}>
            {[...counts.entries()].map(([kind, count]) => (
              <Box key={kind}>
                <Typography variant="h4">{count}</Typography>
                <Typography variant="body2">{KIND_LABELS[kind] ?? kind}</Typography>
              </Box>
            ))}
            {counts.size === 0 && <Typography variant="body2">Nothing depends on it.</Typography>}
          </Box>
          <Box mt={2}>
            {objective ? (
              <Typography variant="body2">
                It may be out for up to <b>{formatIsoDuration(objective.duration)}</b> (
                {objective.basis === 'vendor-max-tolerable-outage'
                  ? 'its maximum tolerable outage'
                  : 'the RTO of the plan that covers it'}
                ).
              </Typography>
            ) : (
              <Typography variant="body2" color="textSecondary">
                No recovery time is recorded for it, so no RTO can be checked against it.
              </Typography>
            )}
          </Box>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        {radius.brokenRtos.length > 0 ? (
          <RtoConflictTable
            title={`RTOs its loss would break (${radius.brokenRtos.length})`}
            conflicts={radius.brokenRtos}
          />
        ) : (
          objective && (
            <Alert severity="success">
              Every continuity plan that depends on it has an RTO of at least{' '}
              {formatIsoDuration(objective.duration)}.
            </Alert>
          )
        )}
      </Grid>
      <Grid item xs={12}>
        <Table<ReachedNode>
          title={`Dependents (${radius.dependents.length})`}
          columns={columns}
          data={radius.dependents}
          options={{
            paging: radius.dependents.length > 20,
            ...LIST_PAGING,
            padding: 'dense',
            search: radius.dependents.length > 20,
          }}
        />
      </Grid>
    </Grid>
  );
}
