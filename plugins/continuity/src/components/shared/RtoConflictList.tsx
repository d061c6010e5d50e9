import { Fragment, ReactNode, useMemo } from 'react';
import {
  Cell,
  CellText,
  ColumnConfig,
  Flex,
  Table,
  Text,
  UseTableResult,
  useTable,
} from '@backstage/ui';
import ArrowForwardIcon from '@material-ui/icons/ArrowForward';
import {
  formatIsoDuration,
  TableCard,
  TableEmptyText,
  TableRow,
} from '@readiness/plugin-readiness-react';
import { ReachedNode, RtoConflict } from '@readiness/plugin-continuity-common';
import { RecordRef } from './RecordRef';

/** A dependency chain, from the plan (or dependent) down to the dependency. */
export function DependencyPath({ path }: { path: readonly string[] }) {
  return (
    <Flex align="center" gap="1" style={{ flexWrap: 'wrap' }}>
      {path.map((ref, index) => (
        <Fragment key={ref}>
          {index > 0 && (
            <ArrowForwardIcon fontSize="inherit" color="disabled" />
          )}
          <RecordRef entityRef={ref} />
        </Fragment>
      ))}
    </Flex>
  );
}

/**
 * How many steps along the chain a dependent is, here and in a plan's dependencies: a table with
 * it sorts it by its `depth` sort value.
 */
export const stepsAwayColumn: ColumnConfig<TableRow<ReachedNode>> = {
  id: 'depth',
  label: 'Steps away',
  isSortable: true,
  minWidth: 120,
  cell: node => <CellText title={String(node.depth)} />,
};

/** The chain that leads to a dependent, here and in a plan's dependencies. */
export const throughColumn: ColumnConfig<TableRow<ReachedNode>> = {
  id: 'path',
  label: 'Through',
  minWidth: 240,
  defaultWidth: '2fr',
  cell: node => (
    <Cell>
      <DependencyPath path={node.path} />
    </Cell>
  ),
};

/** Where a recovery figure comes from, in words. */
export function objectiveSource(
  conflict: Pick<RtoConflict, 'dependencyObjective'>,
) {
  return conflict.dependencyObjective.basis === 'vendor-max-tolerable-outage'
    ? 'its maximum tolerable outage'
    : 'RTO of the plan covering it';
}

/** A conflict's key: its chain, from the plan down to the dependency. */
export const rtoConflictId = (conflict: RtoConflict) => conflict.path.join(' ');

type RtoConflictRow = TableRow<RtoConflict>;

// The backend sorts conflicts by their gap only, which no column shows: no header sorts.
const conflictColumns: ColumnConfig<RtoConflictRow>[] = [
  {
    id: 'plan',
    label: 'Plan',
    isRowHeader: true,
    minWidth: 160,
    defaultWidth: '1.5fr',
    cell: row => (
      <Cell>
        <RecordRef entityRef={row.plan} />
      </Cell>
    ),
  },
  {
    id: 'planRto',
    label: 'Plan RTO',
    minWidth: 110,
    cell: row => (
      <Cell>
        <Text variant="body-medium" color="danger">
          {formatIsoDuration(row.planRto)}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'dependency',
    label: 'Depends on',
    // Names the row with the plan, and alone on the plan's own page, which leaves the plan out.
    isRowHeader: true,
    minWidth: 160,
    defaultWidth: '1.5fr',
    cell: row => (
      <Cell>
        <RecordRef entityRef={row.dependency} />
      </Cell>
    ),
  },
  {
    id: 'dependencyObjective',
    label: 'Which may take',
    minWidth: 180,
    defaultWidth: '1.5fr',
    cell: row => (
      <Cell>
        <Text as="div" variant="body-medium">
          {formatIsoDuration(row.dependencyObjective.duration)}
        </Text>
        <Text as="div" variant="body-x-small" color="secondary">
          {objectiveSource(row)}
          {row.dependencyObjective.basis === 'plan-rto' && (
            <>
              {' '}
              <RecordRef entityRef={row.dependencyObjective.source} />
            </>
          )}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'path',
    label: 'Through',
    minWidth: 200,
    defaultWidth: '2fr',
    cell: row => (
      <Cell>
        <DependencyPath path={row.path} />
      </Cell>
    ),
  },
];

const conflictColumnsWithoutPlan = conflictColumns.filter(
  column => column.id !== 'plan',
);

/** The props of a conflicts table from `useTable` or `useServerTable`. */
type RtoConflictTableProps = UseTableResult<RtoConflictRow>['tableProps'];

/** What a conflicts table shows besides its rows. */
interface RtoConflictTableFrame {
  title: string;
  showPlan?: boolean;
  /** Beside the title: a CSV download, say. */
  actions?: ReactNode;
}

/** A few conflicts at once, ten a page when there are more. */
const LOCAL_PAGE_SIZE = 10;

function LocalRtoConflictTable(
  props: RtoConflictTableFrame & { conflicts: readonly RtoConflict[] },
) {
  const { conflicts, ...frame } = props;
  const data = useMemo(
    () =>
      conflicts.map(conflict => ({ ...conflict, id: rtoConflictId(conflict) })),
    [conflicts],
  );
  const { tableProps } = useTable<RtoConflictRow>({
    mode: 'complete',
    data,
    paginationOptions:
      conflicts.length > LOCAL_PAGE_SIZE
        ? { pageSize: LOCAL_PAGE_SIZE, pageSizeOptions: [] }
        : { type: 'none' },
  });
  return <RtoConflictTable {...frame} tableProps={tableProps} />;
}

/**
 * RTO conflicts: plans that cannot be back in time because something they need is slower. Either
 * the conflicts themselves, or the `tableProps` of a server-side list of them.
 */
export function RtoConflictTable(
  props: RtoConflictTableFrame &
    (
      | { conflicts: readonly RtoConflict[] }
      | { tableProps: RtoConflictTableProps }
    ),
) {
  if ('conflicts' in props) {
    return <LocalRtoConflictTable {...props} />;
  }
  const { title, showPlan = true, actions, tableProps } = props;
  // A card, as the other parts of the entity pages that show conflicts.
  return (
    <TableCard title={title} actions={actions}>
      <Table
        columnConfig={showPlan ? conflictColumns : conflictColumnsWithoutPlan}
        {...tableProps}
        emptyState={
          <TableEmptyText>
            No RTO conflict: every dependency recovers within the RTO of the
            plans that need it.
          </TableEmptyText>
        }
      />
    </TableCard>
  );
}
