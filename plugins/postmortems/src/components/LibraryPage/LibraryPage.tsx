import { Cell, CellText, ColumnConfig, Flex, Table, Text } from '@backstage/ui';
import { useCallback } from 'react';
import { Content, LinkButton, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  startPostmortemPath,
  type PostmortemFilterField,
  type PostmortemFacetField,
  type PostmortemsListRequest,
  type PostmortemSummary,
} from '@readiness/plugin-postmortems-common';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import { PublicationChip, StatusChip } from '../shared/chips';
import { CsvButton } from '../shared/download';
import { PostmortemFilterBar } from '../shared/FilterBar';
import { useFiltersKeptAcrossTabs, useUrlFilters } from '../shared/filters';
import {
  DORA_REPORT_STATE_LABELS,
  describeDoraReports,
  formatMinutes,
} from '../shared/format';
import { TaxonomyChips } from '../shared/taxonomy';
import { useFacets } from '../shared/useFacets';
import {
  EntityPathScope,
  FilterDefinition,
  ReadableEntityLink,
  TableEmptyText,
  TableRow,
  SeverityChip,
  useServerTable,
} from '@readiness/plugin-readiness-react';

// The filters that are also facets: their values and counts come from the server.
const FIELDS: Array<PostmortemFacetField & PostmortemFilterField> = [
  'reviewType',
  'severity',
  'status',
  'squad',
  'service',
  'domain',
  'journey',
  'taxonomy',
  'classification',
];

/** Major incidents by the state of their reports: not a facet, the states are few and fixed. */
const DORA_REPORTS_FILTER: FilterDefinition = {
  field: 'doraReports',
  label: 'DORA reports',
  options: (['overdue', 'late', 'due'] as const).map(state => ({
    value: state,
    label: DORA_REPORT_STATE_LABELS[state],
  })),
};

const URL_FIELDS: PostmortemFilterField[] = [...FIELDS, 'doraReports'];

const NEWEST_FIRST = { sort: 'startedAt', order: 'desc' } as const;

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

type PostmortemRow = TableRow<PostmortemSummary>;

/**
 * The post-mortem columns of the library and of an entity's post-mortems. A sortable column's id
 * is the name of the backend's sort (`GET /?sort=`).
 */
export const postmortemColumns: ColumnConfig<PostmortemRow>[] = [
  {
    id: 'title',
    label: 'Post-mortem',
    isRowHeader: true,
    isSortable: true,
    defaultWidth: '2fr',
    cell: row => (
      <Cell>
        <ReadableEntityLink entityRef={row.ref}>{row.title}</ReadableEntityLink>
        <Text as="div" variant="body-x-small" color="secondary">
          {[
            row.reviewType === 'success' ? 'Success review' : undefined,
            row.journeys.join(', '),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'startedAt',
    label: 'Started',
    isSortable: true,
    minWidth: 120,
    // The duration sits under the start: the library is eight columns wide as it is.
    cell: row => (
      <Cell>
        <Text as="div" variant="body-medium" style={NO_WRAP}>
          {row.startedOn}
        </Text>
        <Text as="div" variant="body-x-small" color="secondary">
          lasted {formatMinutes(row.durationMinutes)}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'severity',
    label: 'Severity',
    isSortable: true,
    minWidth: 120,
    cell: row => (
      <Cell>
        <SeverityChip severity={row.severity} />
        <Text as="div" variant="body-x-small" style={NO_WRAP}>
          {row.customerImpact === 'none' || !row.customerImpact
            ? 'no customer impact'
            : `${row.customerImpact} of users`}
        </Text>
        {row.classification === 'major' && (
          <Text
            as="div"
            variant="body-x-small"
            color={
              row.doraReports.some(s => s === 'late' || s === 'overdue')
                ? 'danger'
                : 'secondary'
            }
          >
            DORA major, {describeDoraReports(row.doraReports)}
          </Text>
        )}
      </Cell>
    ),
  },
  {
    id: 'squad',
    label: 'Squad',
    isSortable: true,
    minWidth: 140,
    cell: row => (
      <Cell>
        <EntityRefLink entityRef={row.owner} />
        <Text as="div" variant="body-x-small" color="secondary">
          {row.services
            .slice(0, 2)
            .map(ref => ref.replace(/^[^/]+\//, ''))
            .join(', ')}
          {row.services.length > 2
            ? ` and ${row.services.length - 2} more`
            : ''}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'taxonomy',
    label: 'Root cause',
    minWidth: 150,
    cell: row => (
      <Cell>
        <TaxonomyChips tags={row.taxonomy} variant="outlined" />
      </Cell>
    ),
  },
  {
    id: 'publishedAt',
    label: 'Published',
    isSortable: true,
    minWidth: 215,
    cell: row => (
      <Cell>
        <Flex direction="column" align="start" gap="1">
          <StatusChip status={row.status} />
          <PublicationChip publication={row.publication} />
        </Flex>
      </Cell>
    ),
  },
  {
    id: 'openActions',
    label: 'Open actions',
    isSortable: true,
    minWidth: 150,
    cell: row =>
      row.overdueActions ? (
        <Cell>
          <Text variant="body-medium" color="danger">
            {row.openActions} ({row.overdueActions} overdue)
          </Text>
        </Cell>
      ) : (
        <CellText title={String(row.openActions)} />
      ),
  },
];

/** A post-mortem's key in a table. */
export const postmortemRowId = (row: PostmortemSummary) => row.ref;

/** Every post-mortem, filtered, searched and sorted on the server. */
export function LibraryPage() {
  const api = useApi(postmortemsApiRef);
  const { filters, today, error } = useFacets(FIELDS);
  useFiltersKeptAcrossTabs();
  const state = useUrlFilters(URL_FIELDS, today);
  const fetchPage = useCallback(
    (request: PostmortemsListRequest) => api.listPostmortems(request),
    [api],
  );
  const list = useServerTable(fetchPage, {
    base: state.request,
    rowId: postmortemRowId,
    defaultSort: NEWEST_FIRST,
  });

  return (
    <Content>
      {error && (
        <WarningPanel title="Could not load the filter values">
          {error.message}
        </WarningPanel>
      )}
      <PostmortemFilterBar
        filters={[...filters, DORA_REPORTS_FILTER]}
        state={state}
        today={today}
        search
        actions={
          <>
            <LinkButton
              to={startPostmortemPath()}
              variant="contained"
              color="primary"
            >
              Start a post-mortem
            </LinkButton>
            <CsvButton
              fileName="postmortems.csv"
              csv={() => api.exportCsv('postmortems', list.lastRequest())}
            />
          </>
        }
      />
      <Flex direction="column" gap="2">
        <Text as="h2" variant="title-small">
          Post-mortem library
        </Text>
        <Text as="p" variant="body-small" color="secondary">
          Incident and success reviews, newest first. Duration is resolved −
          started; the standard is to publish within three days of resolution.
        </Text>
      </Flex>
      <EntityPathScope>
        <Table
          columnConfig={postmortemColumns}
          {...list.tableProps}
          emptyState={
            <TableEmptyText>
              No post-mortem matches these filters.
            </TableEmptyText>
          }
        />
      </EntityPathScope>
    </Content>
  );
}
