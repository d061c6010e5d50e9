import { formatIsoDuration } from '@readiness/plugin-readiness-react';
import { Fragment } from 'react';
import { Table, TableColumn, TableProps } from '@backstage/core-components';
import { Box, Typography } from '@material-ui/core';
import ArrowForwardIcon from '@material-ui/icons/ArrowForward';
import { RecordRef } from './RecordRef';
import { RtoConflict } from '@readiness/plugin-continuity-common';

/** A dependency chain, from the plan (or dependent) down to the dependency. */
export function DependencyPath({ path }: { path: readonly string[] }) {
  return (
    <Box display="flex" flexWrap="wrap" alignItems="center" style={{ gap: 4 }}>
      {path.map((ref, index) => (
        <Fragment key={ref}>
          {index > 0 && <ArrowForwardIcon fontSize="inherit" color="disabled" />}
          <RecordRef entityRef={ref} />
        </Fragment>
      ))}
    </Box>
  );
}

/** Where a recovery figure comes from, in words. */
export function objectiveSource(conflict: Pick<RtoConflict, 'dependencyObjective'>) {
  return conflict.dependencyObjective.basis === 'vendor-max-tolerable-outage'
    ? 'its maximum tolerable outage'
    : 'RTO of the plan covering it';
}

/** RTO conflicts: plans that cannot be back in time because something they need is slower. */
export function RtoConflictTable({
  conflicts,
  title,
  showPlan = true,
}: {
  /** The conflicts, or a server-side page of them. */
  conflicts: RtoConflict[] | TableProps<RtoConflict>['data'];
  title: string;
  showPlan?: boolean;
}) {
  const remote = typeof conflicts === 'function';
  const columns: TableColumn<RtoConflict>[] = [
    ...(showPlan
      ? [{ title: 'Plan', render: (row: RtoConflict) => <RecordRef entityRef={row.plan} /> }]
      : []),
    {
      title: 'Plan RTO',
      render: row => <Typography color="error">{formatIsoDuration(row.planRto)}</Typography>,
    },
    { title: 'Depends on', render: row => <RecordRef entityRef={row.dependency} /> },
    {
      title: 'Which may take',
      render: row => (
        <Box display="flex" flexDirection="column">
          <Typography variant="body2">{formatIsoDuration(row.dependencyObjective.duration)}</Typography>
          <Typography variant="caption" color="textSecondary">
            {objectiveSource(row)}
            {row.dependencyObjective.basis === 'plan-rto' && (
              <>
                {' '}
                <RecordRef entityRef={row.dependencyObjective.source} />
              </>
            )}
          </Typography>
        </Box>
      ),
    },
    { title: 'Through', render: row => <DependencyPath path={row.path} /> },
  ];
  return (
    <Table<RtoConflict>
      title={title}
      columns={columns}
      data={conflicts}
      options={{
        paging: remote || conflicts.length > 10,
        pageSize: 10,
        search: false,
        padding: 'dense',
        sorting: false,
      }}
    />
  );
}
