import { useCallback, useMemo } from 'react';
import { Content, Link, Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
import {
  ACTION_CATEGORIES,
  ACTION_TERMS,
  OPEN_ACTION_STATUSES,
} from '@readiness/plugin-readiness-common';
import type { PostmortemsListRequest } from '@readiness/plugin-postmortems-common';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import { StatusChip } from '../shared/chips';
import { CsvButton } from '../shared/download';
import { PostmortemFilterBar } from '../shared/FilterBar';
import { useUrlFilters } from '../shared/filters';
import { useFacets } from '../shared/useFacets';
import {
  FilterDefinition,
  useServerList,
} from '@readiness/plugin-readiness-react';
import { ActionItem } from '@readiness/plugin-postmortems-common';
import { SERVER_LIST_OPTIONS } from '../shared/tableOptions';

const FIELDS = [
  'squad',
  'category',
  'term',
  'status',
  'source',
  'overdue',
] as const;

/** The squads owning open actions: the one filter whose values come from the records. */
const FACET_FIELDS = ['actionSquad'] as const;

const vocabulary = (
  values: readonly string[],
  labels: Record<string, string> = {},
) => values.map(value => ({ value, label: labels[value] ?? value }));

export const actionColumns: TableColumn<ActionItem>[] = [
  {
    title: 'Action',
    field: 'title',
    width: '30%',
    render: item => (
      <Box display="flex" flexDirection="column">
        {item.ticket ? <Link to={item.ticket}>{item.title}</Link> : item.title}
        <Typography variant="caption" color="textSecondary">
          {item.source.kind === 'Exercise' ? 'Exercise: ' : 'Post-mortem: '}
          <EntityRefLink entityRef={item.source.ref}>
            {item.source.title}
          </EntityRefLink>
        </Typography>
      </Box>
    ),
  },
  {
    title: 'Owner squad',
    field: 'squad',
    render: item =>
      item.ownerSquad ? (
        <Box display="flex" flexDirection="column">
          <EntityRefLink entityRef={item.ownerSquad} />
          {item.owner !== item.ownerSquad && (
            <EntityRefLink entityRef={item.owner} />
          )}
        </Box>
      ) : (
        <EntityRefLink entityRef={item.owner} />
      ),
  },
  { title: 'Category', field: 'category' },
  {
    title: 'Term',
    field: 'term',
    render: item => (item.term === 'short' ? 'short-term' : 'long-term'),
  },
  {
    title: 'Status',
    field: 'status',
    render: item => <StatusChip status={item.status} />,
  },
  { title: 'Due', field: 'due', cellStyle: { whiteSpace: 'nowrap' } },
  {
    title: 'Overdue',
    field: 'daysOverdue',
    render: item =>
      item.overdue ? (
        <Typography variant="body2" color="error">
          {item.daysOverdue} days
        </Typography>
      ) : (
        <Typography variant="body2" color="textSecondary">
          not yet
        </Typography>
      ),
  },
];

/** Every open remediation action of post-mortems and exercises, overdue first. */
export function ActionItemsPage() {
  const api = useApi(postmortemsApiRef);
  const { filters: facetFilters, today } = useFacets(FACET_FIELDS);
  const state = useUrlFilters(FIELDS, today);
  const filters: FilterDefinition[] = useMemo(
    () => [
      { ...facetFilters[0], field: 'squad' },
      {
        field: 'category',
        label: 'Category',
        options: vocabulary(ACTION_CATEGORIES),
      },
      {
        field: 'term',
        label: 'Term',
        options: vocabulary(ACTION_TERMS, {
          short: 'short-term',
          long: 'long-term',
        }),
      },
      {
        field: 'status',
        label: 'Status',
        options: vocabulary(OPEN_ACTION_STATUSES),
      },
      {
        field: 'source',
        label: 'From',
        options: vocabulary(['postmortem', 'exercise'], {
          postmortem: 'Post-mortems',
          exercise: 'Exercises',
        }),
      },
      {
        field: 'overdue',
        label: 'Overdue',
        options: vocabulary(['true', 'false'], {
          true: 'Overdue',
          false: 'Not overdue',
        }),
      },
    ],
    [facetFilters],
  );
  const fetchPage = useCallback(
    (request: PostmortemsListRequest) => api.listActions(request),
    [api],
  );
  // No period or search on this page: every open action counts, whenever its incident was.
  const request = useMemo(
    () => ({ filters: state.request.filters, q: state.request.q }),
    [state.request],
  );
  const list = useServerList(fetchPage, request);

  return (
    <Content>
      <PostmortemFilterBar
        filters={filters}
        state={state}
        search
        actions={
          <CsvButton
            fileName="open-actions.csv"
            csv={() => api.exportCsv('actions', list.lastRequest())}
          />
        }
      />
      <Table<ActionItem>
        key={list.tableKey}
        title="Open action items"
        subtitle={`Open and in-progress remediation actions of every post-mortem and exercise, overdue first (due before ${today}), then by due date.`}
        columns={actionColumns}
        data={list.data}
        options={SERVER_LIST_OPTIONS}
      />
    </Content>
  );
}
