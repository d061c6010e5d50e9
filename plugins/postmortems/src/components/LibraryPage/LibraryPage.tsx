import { Flex } from '@backstage/ui';
import { useCallback } from 'react';
import {
  Content,
  LinkButton,
  Table,
  TableColumn,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
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
  SeverityChip,
  useServerList,
} from '@readiness/plugin-readiness-react';
import { SERVER_LIST_OPTIONS } from '../shared/tableOptions';

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

export const postmortemColumns: TableColumn<PostmortemSummary>[] = [
  {
    title: 'Post-mortem',
    field: 'title',
    cellStyle: { minWidth: 280 },
    render: row => (
      <Box display="flex" flexDirection="column">
        <ReadableEntityLink entityRef={row.ref}>{row.title}</ReadableEntityLink>
        <Typography variant="caption" color="textSecondary">
          {[
            row.reviewType === 'success' ? 'Success review' : undefined,
            row.journeys.join(', '),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
      </Box>
    ),
  },
  {
    title: 'Started',
    field: 'startedAt',
    cellStyle: NO_WRAP,
    render: row => row.startedOn,
  },
  {
    title: 'Severity and impact',
    field: 'severity',
    render: row => (
      <Box display="flex" flexDirection="column" alignItems="flex-start">
        <SeverityChip severity={row.severity} />
        <Typography variant="caption" style={NO_WRAP}>
          {row.customerImpact === 'none' || !row.customerImpact
            ? 'no customer impact'
            : `${row.customerImpact} of users`}
        </Typography>
        {row.classification === 'major' && (
          <Typography
            variant="caption"
            color={
              row.doraReports.some(s => s === 'late' || s === 'overdue')
                ? 'error'
                : 'textSecondary'
            }
          >
            DORA major, {describeDoraReports(row.doraReports)}
          </Typography>
        )}
      </Box>
    ),
  },
  {
    title: 'Duration',
    field: 'duration',
    cellStyle: NO_WRAP,
    render: row => formatMinutes(row.durationMinutes),
  },
  {
    title: 'Squad and services',
    field: 'squad',
    cellStyle: { maxWidth: 240 },
    render: row => (
      <Box display="flex" flexDirection="column">
        <span style={NO_WRAP}>
          <EntityRefLink entityRef={row.owner} />
        </span>
        <Typography variant="caption" color="textSecondary">
          {row.services
            .slice(0, 2)
            .map(ref => ref.replace(/^[^/]+\//, ''))
            .join(', ')}
          {row.services.length > 2
            ? ` and ${row.services.length - 2} more`
            : ''}
        </Typography>
      </Box>
    ),
  },
  {
    title: 'Root cause',
    sorting: false,
    render: row => <TaxonomyChips tags={row.taxonomy} variant="outlined" />,
  },
  {
    title: 'Published within 3 days',
    field: 'publishedAt',
    render: row => (
      <Flex direction="column" align="start" gap="1">
        <StatusChip status={row.status} />
        <PublicationChip publication={row.publication} />
      </Flex>
    ),
  },
  {
    title: 'Open actions',
    field: 'openActions',
    render: row =>
      row.overdueActions ? (
        <Typography variant="body2" color="error">
          {row.openActions} ({row.overdueActions} overdue)
        </Typography>
      ) : (
        row.openActions
      ),
  },
];

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
  const list = useServerList(fetchPage, state.request, NEWEST_FIRST);

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
      <EntityPathScope>
        <Table<PostmortemSummary>
          key={list.tableKey}
          title="Post-mortem library"
          subtitle="Incident and success reviews, newest first. Duration is resolved − started; the standard is to publish within three days of resolution."
          emptyContent={
            <Box p={3}>
              <Typography>No post-mortem matches these filters.</Typography>
            </Box>
          }
          columns={postmortemColumns}
          data={list.data}
          options={SERVER_LIST_OPTIONS}
        />
      </EntityPathScope>
    </Content>
  );
}
