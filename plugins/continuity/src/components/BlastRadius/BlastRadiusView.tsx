import { InfoCard } from '@backstage/core-components';
import { Box, Grid, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { Cell, ColumnConfig, Text } from '@backstage/ui';
import {
  RtoConflictTable,
  stepsAwayColumn,
  throughColumn,
} from '../shared/RtoConflictList';
import { RecordRef } from '../shared/RecordRef';
import { BlastRadius, ReachedNode } from '@readiness/plugin-continuity-common';
import {
  LIST_PAGING,
  LocalTable,
  TableCard,
  TableEmptyText,
  TableRow,
  formatIsoDuration,
} from '@readiness/plugin-readiness-react';

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

const kindName = (node: ReachedNode) => KIND_NAMES[node.kind] ?? node.kind;

const dependentColumns: ColumnConfig<TableRow<ReachedNode>>[] = [
  stepsAwayColumn,
  {
    id: 'kind',
    label: 'Kind',
    isSortable: true,
    minWidth: 140,
    cell: node => (
      <Cell>
        <Text as="div" variant="body-medium">
          {kindName(node)}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'ref',
    label: 'Depends on it',
    isRowHeader: true,
    isSortable: true,
    minWidth: 200,
    defaultWidth: '2fr',
    cell: node => (
      <Cell>
        <RecordRef entityRef={node.ref} />
      </Cell>
    ),
  },
  throughColumn,
];

// A kind sorts by the name shown; a dependent by its ref, as its title is only looked up to show it.
const dependentSortValues = {
  depth: (node: ReachedNode) => node.depth,
  kind: kindName,
  ref: (node: ReachedNode) => node.ref,
};

const dependentId = (node: ReachedNode) => node.ref;

/**
 * What losing a vendor, service or system reaches, directly or transitively, and the continuity
 * plans whose RTO it would break.
 */
export function BlastRadiusView({
  radius,
  name,
}: {
  radius: BlastRadius;
  name: string;
}) {
  const counts = new Map<string, number>();
  for (const node of radius.dependents) {
    counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  }
  const objective = radius.sourceObjective;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard
          title="Blast radius"
          subheader={`What stops, directly or transitively, when ${name} is lost`}
        >
          <Box display="flex" flexWrap="wrap" style={{ gap: 32 }}>
            {[...counts.entries()].map(([kind, count]) => (
              <Box key={kind}>
                <Typography variant="h4">{count}</Typography>
                <Typography variant="body2">
                  {KIND_LABELS[kind] ?? kind}
                </Typography>
              </Box>
            ))}
            {counts.size === 0 && (
              <Typography variant="body2">Nothing depends on it.</Typography>
            )}
          </Box>
          <Box mt={2}>
            {objective ? (
              <Typography variant="body2">
                It may be out for up to{' '}
                <b>{formatIsoDuration(objective.duration)}</b> (
                {objective.basis === 'vendor-max-tolerable-outage'
                  ? 'its maximum tolerable outage'
                  : 'the RTO of the plan that covers it'}
                ).
              </Typography>
            ) : (
              <Typography variant="body2" color="textSecondary">
                No recovery time is recorded for it, so no RTO can be checked
                against it.
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
        <TableCard title={`Dependents (${radius.dependents.length})`}>
          <LocalTable<ReachedNode>
            columns={dependentColumns}
            rows={radius.dependents}
            rowId={dependentId}
            sortValues={dependentSortValues}
            pageSize={LIST_PAGING.pageSize}
            emptyState={
              <TableEmptyText>
                Nothing depends on it, directly or transitively.
              </TableEmptyText>
            }
          />
        </TableCard>
      </Grid>
    </Grid>
  );
}
