import { useCallback, useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { Content, Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Box, Button, Typography } from '@material-ui/core';
import { continuityApiRef } from '../../api/ContinuityApi';
import { StandingChip } from '../shared/chips';
import { ContinuityListTable } from '../shared/ContinuityListTable';
import { FilterDefinition } from '@readiness/plugin-readiness-react';
import { RecordRef } from '../shared/RecordRef';
import { DUE_STANDINGS, OwnerReviews, REVIEW_KIND_LABELS, REVIEW_KINDS, REVIEW_STANDING_LABELS, REVIEW_STANDINGS, ReviewFilterField, ReviewItem } from '@readiness/plugin-continuity-common';
import { ListRequest } from '@readiness/plugin-readiness-api-common';

const FILTERS: FilterDefinition<ReviewFilterField>[] = [
  {
    field: 'standing',
    label: 'Standing',
    options: REVIEW_STANDINGS.map(value => ({ value, label: REVIEW_STANDING_LABELS[value] })),
  },
  {
    field: 'kind',
    label: 'Review',
    options: REVIEW_KINDS.map(value => ({ value, label: REVIEW_KIND_LABELS[value] })),
  },
];

const columns: TableColumn<ReviewItem>[] = [
  {
    title: 'Standing',
    field: 'due',
    render: row => <StandingChip standing={row.standing} due={row.due} />,
  },
  {
    title: 'Days',
    sorting: false,
    render: row =>
      row.daysUntilDue === undefined ? (
        <Typography variant="body2" color="error">
          never done
        </Typography>
      ) : (
        <Typography variant="body2" color={row.daysUntilDue < 0 ? 'error' : 'initial'}>
          {row.daysUntilDue < 0 ? `${-row.daysUntilDue} days late` : `in ${row.daysUntilDue} days`}
        </Typography>
      ),
  },
  { title: 'Review', field: 'kind', render: row => REVIEW_KIND_LABELS[row.kind] },
  { title: 'Record', field: 'subject', render: row => <RecordRef entityRef={row.subject} /> },
  { title: 'Owner', field: 'owner', render: row => <RecordRef entityRef={row.owner} defaultKind="group" /> },
  { title: 'Last done', sorting: false, render: row => row.lastDone ?? 'never' },
];

function ByOwner({
  request,
  onPick,
}: {
  request: ListRequest;
  onPick: (owner: string) => void;
}) {
  const api = useApi(continuityApiRef);
  const { value, loading } = useAsync(() => api.reviewOwners(request), [api, request]);
  const ownerColumns: TableColumn<OwnerReviews>[] = [
    {
      title: 'Owner',
      width: '30%',
      render: row => (
        <Box display="flex" alignItems="center" style={{ gap: 8 }}>
          <RecordRef entityRef={row.owner} defaultKind="group" />
          <Button size="small" onClick={() => onPick(row.owner)}>
            show
          </Button>
        </Box>
      ),
    },
    ...DUE_STANDINGS.map(standing => ({
      title: REVIEW_STANDING_LABELS[standing],
      render: (row: OwnerReviews) => (
        <Typography
          variant="body2"
          color={standing === 'overdue' && row.counts.overdue > 0 ? 'error' : 'initial'}
          style={{ fontWeight: standing === 'overdue' && row.counts.overdue > 0 ? 'bold' : undefined }}
        >
          {row.counts[standing]}
        </Typography>
      ),
    })),
  ];
  return (
    <Table<OwnerReviews>
      title="By owner"
      isLoading={loading}
      columns={ownerColumns}
      data={value ?? []}
      options={{ paging: false, search: false, padding: 'dense', sorting: false }}
    />
  );
}

export function ReviewsDuePage() {
  const api = useApi(continuityApiRef);
  const [filters, setFilters] = useState<Record<string, string[]>>({
    standing: [...DUE_STANDINGS],
  });
  const fetchPage = useCallback((request: ListRequest) => api.listReviews(request), [api]);
  const owner = filters.owner?.[0];
  // Counts by owner for the other filters, so that every owner stays listed.
  const ownerRequest = useMemo(() => ({ filters: { ...filters, owner: [] } }), [filters]);
  return (
    <Content>
      <ContinuityListTable<ReviewItem>
        list="reviews"
        fileName="reviews-due.csv"
        fetchPage={fetchPage}
        filterDefinitions={FILTERS}
        filters={filters}
        onFiltersChange={setFilters}
        title={owner ? 'Reviews due for one owner' : 'Reviews due'}
        subtitle="Vendor reviews, procedure and plan reviews, and each plan's annual table-top exercise"
        columns={columns}
        actions={
          owner && (
            <Button size="small" onClick={() => setFilters({ ...filters, owner: [] })}>
              All owners
            </Button>
          )
        }
      >
        <Box mb={3}>
          <ByOwner
            request={ownerRequest}
            onPick={picked => setFilters({ ...filters, owner: [picked] })}
          />
        </Box>
      </ContinuityListTable>
    </Content>
  );
}
