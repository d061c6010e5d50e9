import { useCallback, useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { Content } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Button,
  Cell,
  CellText,
  ColumnConfig,
  Flex,
  Table,
  Text,
} from '@backstage/ui';
import { continuityApiRef } from '../../api/ContinuityApi';
import { StandingChip } from '../shared/chips';
import { ContinuityListTable } from '../shared/ContinuityListTable';
import {
  EntityPathScope,
  FilterDefinition,
  TableEmptyText,
  TableRow,
} from '@readiness/plugin-readiness-react';
import { RecordRef } from '../shared/RecordRef';
import {
  DUE_STANDINGS,
  OwnerReviews,
  REVIEW_KIND_LABELS,
  REVIEW_KINDS,
  REVIEW_STANDING_LABELS,
  REVIEW_STANDINGS,
  ReviewFilterField,
  ReviewItem,
} from '@readiness/plugin-continuity-common';
import { ListRequest } from '@readiness/plugin-readiness-api-common';

const FILTERS: FilterDefinition<ReviewFilterField>[] = [
  {
    field: 'standing',
    label: 'Standing',
    options: REVIEW_STANDINGS.map(value => ({
      value,
      label: REVIEW_STANDING_LABELS[value],
    })),
  },
  {
    field: 'kind',
    label: 'Review',
    options: REVIEW_KINDS.map(value => ({
      value,
      label: REVIEW_KIND_LABELS[value],
    })),
  },
];

/** How far a review is from its due day, in words; late and never done read red. */
function DaysUntilDue({ days }: { days?: number }) {
  if (days === undefined) {
    return (
      <Text as="div" variant="body-medium" color="danger">
        never done
      </Text>
    );
  }
  return (
    <Text
      as="div"
      variant="body-medium"
      color={days < 0 ? 'danger' : 'primary'}
    >
      {days < 0 ? `${-days} days late` : `in ${days} days`}
    </Text>
  );
}

/** The reviews' columns; a sortable column's id is the name of the backend's sort. */
const columns: ColumnConfig<TableRow<ReviewItem>>[] = [
  {
    id: 'due',
    label: 'Standing',
    isSortable: true,
    minWidth: 180,
    cell: row => (
      <Cell>
        <StandingChip standing={row.standing} due={row.due} />
      </Cell>
    ),
  },
  {
    id: 'daysUntilDue',
    label: 'Days',
    minWidth: 110,
    cell: row => (
      <Cell>
        <DaysUntilDue days={row.daysUntilDue} />
      </Cell>
    ),
  },
  {
    id: 'kind',
    label: 'Review',
    isSortable: true,
    minWidth: 150,
    cell: row => (
      <Cell>
        <Text as="div" variant="body-medium">
          {REVIEW_KIND_LABELS[row.kind]}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'subject',
    label: 'Record',
    isRowHeader: true,
    isSortable: true,
    minWidth: 200,
    defaultWidth: '2fr',
    cell: row => (
      <Cell>
        {/* The row has the record's title: no catalog lookup for it. */}
        <RecordRef entityRef={row.subject}>{row.subjectTitle}</RecordRef>
      </Cell>
    ),
  },
  {
    id: 'owner',
    label: 'Owner',
    isSortable: true,
    minWidth: 160,
    defaultWidth: '1.5fr',
    cell: row => (
      <Cell>
        <RecordRef entityRef={row.owner} defaultKind="group" />
      </Cell>
    ),
  },
  {
    id: 'lastDone',
    label: 'Last done',
    minWidth: 120,
    cell: row => <CellText title={row.lastDone ?? 'never'} />,
  },
];

type OwnerRow = OwnerReviews & { id: string };

/** An owner's count in one standing; overdue reviews stand out. */
function StandingCount({
  row,
  standing,
}: {
  row: OwnerRow;
  standing: (typeof DUE_STANDINGS)[number];
}) {
  const count = row.counts[standing];
  const stands = standing === 'overdue' && count > 0;
  return (
    <Text
      as="div"
      variant="body-medium"
      color={stands ? 'danger' : 'primary'}
      weight={stands ? 'bold' : 'regular'}
    >
      {count}
    </Text>
  );
}

/** How many reviews each owner has in each standing, with a button to list one owner's. */
function ByOwner({
  request,
  onPick,
}: {
  request: ListRequest;
  onPick: (owner: string) => void;
}) {
  const api = useApi(continuityApiRef);
  const { value, loading } = useAsync(
    () => api.reviewOwners(request),
    [api, request],
  );
  const ownerColumns = useMemo(
    (): ColumnConfig<OwnerRow>[] => [
      {
        id: 'owner',
        label: 'Owner',
        isRowHeader: true,
        minWidth: 200,
        defaultWidth: '2fr',
        cell: row => (
          <Cell>
            <Flex align="center" gap="2">
              <RecordRef entityRef={row.owner} defaultKind="group" />
              <Button
                size="small"
                variant="tertiary"
                onPress={() => onPick(row.owner)}
              >
                Show
              </Button>
            </Flex>
          </Cell>
        ),
      },
      ...DUE_STANDINGS.map(
        (standing): ColumnConfig<OwnerRow> => ({
          id: standing,
          label: REVIEW_STANDING_LABELS[standing],
          minWidth: 180,
          cell: row => (
            <Cell>
              <StandingCount row={row} standing={standing} />
            </Cell>
          ),
        }),
      ),
    ],
    [onPick],
  );
  const rows = useMemo(
    () => value?.map(owner => ({ ...owner, id: owner.owner })),
    [value],
  );
  return (
    <section aria-label="By owner">
      <Flex direction="column" gap="2" mb="6">
        <Text as="h2" variant="title-small">
          By owner
        </Text>
        <EntityPathScope>
          <Table
            columnConfig={ownerColumns}
            data={rows}
            isPending={loading}
            isStale={loading}
            pagination={{ type: 'none' }}
            emptyState={
              <TableEmptyText>
                No owner has a review in these standings.
              </TableEmptyText>
            }
          />
        </EntityPathScope>
      </Flex>
    </section>
  );
}

const reviewRowId = (row: ReviewItem) => row.id;

export function ReviewsDuePage() {
  const api = useApi(continuityApiRef);
  const [filters, setFilters] = useState<Record<string, string[]>>({
    standing: [...DUE_STANDINGS],
  });
  const fetchPage = useCallback(
    (request: ListRequest) => api.listReviews(request),
    [api],
  );
  const owner = filters.owner?.[0];
  // Counts by owner for the other filters, so that every owner stays listed.
  const ownerRequest = useMemo(
    () => ({ filters: { ...filters, owner: [] } }),
    [filters],
  );
  const pickOwner = useCallback(
    (picked: string) =>
      setFilters(current => ({ ...current, owner: [picked] })),
    [],
  );
  return (
    <Content>
      <ContinuityListTable<ReviewItem>
        list="reviews"
        fileName="reviews-due.csv"
        fetchPage={fetchPage}
        rowId={reviewRowId}
        filterDefinitions={FILTERS}
        filters={filters}
        onFiltersChange={setFilters}
        title={owner ? 'Reviews due for one owner' : 'Reviews due'}
        subtitle="Vendor reviews, procedure and plan reviews, and each plan's annual table-top exercise"
        searchLabel="Search reviews"
        emptyText="No review matches the search and filters."
        columns={columns}
        actions={
          owner && (
            <Button
              size="small"
              variant="secondary"
              onPress={() => setFilters({ ...filters, owner: [] })}
            >
              All owners
            </Button>
          )
        }
      >
        <ByOwner request={ownerRequest} onPick={pickOwner} />
      </ContinuityListTable>
    </Content>
  );
}
