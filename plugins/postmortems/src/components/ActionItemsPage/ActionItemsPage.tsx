import { useCallback, useMemo } from 'react';
import { Cell, CellText, ColumnConfig, Flex, Table, Text } from '@backstage/ui';
import { Content, Link } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  ACTION_CATEGORIES,
  ACTION_TERMS,
  OPEN_ACTION_STATUSES,
} from '@readiness/plugin-readiness-common';
import type {
  ActionItem,
  PostmortemsListRequest,
} from '@readiness/plugin-postmortems-common';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import { StatusChip } from '../shared/chips';
import { CsvButton } from '../shared/download';
import { PostmortemFilterBar } from '../shared/FilterBar';
import { useUrlFilters } from '../shared/filters';
import { useFacets } from '../shared/useFacets';
import {
  EntityPathScope,
  EntityTitleLink,
  FilterDefinition,
  TableEmptyText,
  TableRow,
  useServerTable,
} from '@readiness/plugin-readiness-react';

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

type ActionRow = TableRow<ActionItem>;

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/**
 * The open-action columns of the action items page and of a squad's post-mortems. A sortable
 * column's id is the name of the backend's sort (`GET /actions?sort=`).
 */
export const actionColumns: ColumnConfig<ActionRow>[] = [
  {
    id: 'title',
    label: 'Action',
    isRowHeader: true,
    isSortable: true,
    // The one long text: the short columns give it their room, so it wraps less.
    defaultWidth: '3fr',
    minWidth: 240,
    cell: item => (
      <Cell>
        <Text as="div" variant="body-medium">
          {item.ticket ? (
            <Link to={item.ticket}>{item.title}</Link>
          ) : (
            item.title
          )}
        </Text>
        <Text as="div" variant="body-x-small" color="secondary">
          {item.source.kind === 'Exercise' ? 'Exercise: ' : 'Post-mortem: '}
          <EntityTitleLink
            entityRef={item.source.ref}
            title={item.source.title}
          />
        </Text>
      </Cell>
    ),
  },
  {
    id: 'squad',
    label: 'Owner squad',
    isSortable: true,
    defaultWidth: '1.5fr',
    minWidth: 170,
    // A person owning the action shows under the squad it stands for.
    cell: item => (
      <Cell>
        <Flex direction="column" align="start" gap="1">
          <EntityRefLink entityRef={item.ownerSquad ?? item.owner} />
          {item.ownerSquad && item.owner !== item.ownerSquad && (
            <EntityRefLink entityRef={item.owner} />
          )}
        </Flex>
      </Cell>
    ),
  },
  {
    id: 'category',
    label: 'Category',
    isSortable: true,
    minWidth: 140,
    cell: item => <CellText title={item.category} />,
  },
  {
    id: 'term',
    label: 'Term',
    isSortable: true,
    minWidth: 120,
    cell: item => (
      <CellText title={item.term === 'short' ? 'short-term' : 'long-term'} />
    ),
  },
  {
    id: 'status',
    label: 'Status',
    isSortable: true,
    minWidth: 130,
    cell: item => (
      <Cell>
        <StatusChip status={item.status} />
      </Cell>
    ),
  },
  {
    id: 'due',
    label: 'Due',
    isSortable: true,
    minWidth: 120,
    cell: item => (
      <Cell>
        <Text variant="body-medium" style={NO_WRAP}>
          {item.due}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'daysOverdue',
    label: 'Overdue',
    isSortable: true,
    minWidth: 120,
    cell: item => (
      <Cell>
        {item.overdue ? (
          <Text variant="body-medium" color="danger" style={NO_WRAP}>
            {item.daysOverdue} days
          </Text>
        ) : (
          <Text variant="body-medium" color="secondary">
            not yet
          </Text>
        )}
      </Cell>
    ),
  },
];

/** An action's key in a table: its record and its place in the record's actions. */
export const actionRowId = (item: ActionItem) => item.id;

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
  // No period on this page: every open action counts, whenever its incident was. No sort either:
  // unsorted, the backend lists overdue first, then by due date.
  const request: PostmortemsListRequest = useMemo(
    () => ({ filters: state.request.filters, q: state.request.q }),
    [state.request],
  );
  const list = useServerTable(fetchPage, {
    base: request,
    rowId: actionRowId,
  });

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
      <Flex direction="column" gap="2">
        <Text as="h2" variant="title-small">
          Open action items
        </Text>
        <Text as="p" variant="body-small" color="secondary">
          Open and in-progress remediation actions of every post-mortem and
          exercise, overdue first (due before {today}), then by due date.
        </Text>
      </Flex>
      <EntityPathScope>
        <Table
          columnConfig={actionColumns}
          {...list.tableProps}
          emptyState={
            <TableEmptyText>
              No open action matches these filters.
            </TableEmptyText>
          }
        />
      </EntityPathScope>
    </Content>
  );
}
