import type {
  PostmortemAnalytics,
  PostmortemsListRequest,
  ReliabilityDimension,
  ReliabilityFigures,
  ReliabilityRequest,
} from '@readiness/plugin-postmortems-common';
import { useCallback, useMemo } from 'react';
import { InfoCard, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Tab, Tabs, Typography } from '@material-ui/core';
import { ColumnConfig, Table } from '@backstage/ui';
import {
  LocalTable,
  TableCard,
  TableEmptyText,
  TableRow,
  useServerTable,
  WrappingTextCell,
} from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import * as Recharts from 'recharts';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import { CsvButton, RowsCsvButton } from '../shared/download';
import { formatDays, formatMinutes } from '../shared/format';
import { useTaxonomyTitle } from '../shared/taxonomy';
import { figureColumn } from './charts';
import { DEFINITIONS } from './definitions';

type Dimension = ReliabilityDimension;

const DIMENSIONS: Array<{ value: Dimension; label: string }> = [
  { value: 'squad', label: 'By squad' },
  { value: 'service', label: 'By service' },
  { value: 'journey', label: 'By journey' },
];

/** How many squads, services or journeys the chart compares: the ones with most incidents. */
const CHART_TOP = 12;

/** Squads, services, journeys or tags listed ten a page. */
const FIGURE_PAGE_SIZE = 10;

/** The columns of the reliability figures: a column's id names the server's sort by the figure. */
function reliabilityColumns(
  dimension: Dimension,
): ColumnConfig<TableRow<ReliabilityFigures>>[] {
  return [
    figureColumn<ReliabilityFigures>({
      id: 'key',
      label: dimension,
      isRowHeader: true,
      defaultWidth: '2fr',
      cell: row => (
        <WrappingTextCell>
          {dimension === 'journey' ? (
            row.key
          ) : (
            <EntityRefLink entityRef={row.key} />
          )}
        </WrappingTextCell>
      ),
    }),
    figureColumn<ReliabilityFigures>({
      id: 'incidents',
      label: 'Incidents',
      cell: row => <WrappingTextCell>{row.incidents}</WrappingTextCell>,
    }),
    figureColumn<ReliabilityFigures>({
      id: 'customerImpacting',
      label: 'Customer-impacting',
      cell: row => <WrappingTextCell>{row.customerImpacting}</WrappingTextCell>,
    }),
    figureColumn<ReliabilityFigures>({
      id: 'mttdMinutes',
      label: 'MTTD',
      cell: row => (
        <WrappingTextCell>{formatMinutes(row.mttdMinutes)}</WrappingTextCell>
      ),
    }),
    figureColumn<ReliabilityFigures>({
      id: 'mttrMinutes',
      label: 'MTTR',
      cell: row => (
        <WrappingTextCell>{formatMinutes(row.mttrMinutes)}</WrappingTextCell>
      ),
    }),
    figureColumn<ReliabilityFigures>({
      id: 'mtbfDays',
      label: 'MTBF',
      cell: row => (
        <WrappingTextCell>{formatDays(row.mtbfDays)}</WrappingTextCell>
      ),
    }),
  ];
}

/** A squad, service or journey is listed once. */
const reliabilityRowId = (row: ReliabilityFigures) => row.key;

/** A name short enough for a chart axis: the entity name of a ref, or the journey. */
function shortName(key: string) {
  return key.replace(/^[^:]+:[^/]+\//, '');
}

/**
 * MTTD, MTTR and MTBF by squad, service or journey: a chart of the busiest, and a table of every
 * one, paged and sorted on the server (a bank has hundreds of squads and thousands of services).
 */
export function ReliabilityCard({
  request,
  dimension,
  onDimensionChange,
}: {
  /** The post-mortems the page's filters, search and period select. */
  request: PostmortemsListRequest;
  dimension: Dimension;
  onDimensionChange: (dimension: Dimension) => void;
}) {
  const api = useApi(postmortemsApiRef);
  const base: ReliabilityRequest = useMemo(
    () => ({ ...request, by: dimension }),
    [request, dimension],
  );
  // Unsorted, the server sends the busiest first: the chart's first page.
  const busiest = useAsync(
    () => api.listReliability({ ...base, limit: CHART_TOP }),
    [api, base],
  );
  const fetchPage = useCallback(
    (page: ReliabilityRequest) => api.listReliability(page),
    [api],
  );
  const list = useServerTable(fetchPage, {
    base,
    rowId: reliabilityRowId,
    pageSize: FIGURE_PAGE_SIZE,
  });
  const chartRows = (busiest.value?.items ?? []).map(row => ({
    name: shortName(row.key),
    'MTTD (h)': row.mttdMinutes && +(row.mttdMinutes / 60).toFixed(2),
    'MTTR (h)': row.mttrMinutes && +(row.mttrMinutes / 60).toFixed(2),
  }));
  return (
    <InfoCard
      title="MTTD, MTTR and MTBF"
      action={
        <Box display="flex" alignItems="center" style={{ gap: 8 }} mt={1}>
          <Tabs
            value={dimension}
            onChange={(_event, value) => onDimensionChange(value)}
            indicatorColor="primary"
          >
            {DIMENSIONS.map(option => (
              <Tab
                key={option.value}
                value={option.value}
                label={option.label}
              />
            ))}
          </Tabs>
          <CsvButton
            fileName={`reliability-by-${dimension}.csv`}
            csv={() => api.exportCsv('reliability', list.lastRequest())}
          />
        </Box>
      }
    >
      <Typography variant="body2" color="textSecondary" paragraph>
        {DEFINITIONS.reliability} {DEFINITIONS.mttd} {DEFINITIONS.mttr}{' '}
        {DEFINITIONS.mtbf}
      </Typography>
      <Typography variant="subtitle2">
        Mean hours to detect and to resolve, the {chartRows.length} with most
        incidents
      </Typography>
      {busiest.error && <ResponseErrorPanel error={busiest.error} />}
      <Box height={280} mb={2}>
        <Recharts.ResponsiveContainer width="100%" height="100%">
          <Recharts.BarChart data={chartRows} margin={{ left: 24, right: 8 }}>
            <Recharts.CartesianGrid strokeDasharray="3 3" vertical={false} />
            <Recharts.XAxis
              dataKey="name"
              interval={0}
              angle={-25}
              textAnchor="end"
              height={70}
              tick={{ fontSize: 11 }}
            />
            <Recharts.YAxis />
            <Recharts.Tooltip />
            <Recharts.Legend />
            <Recharts.Bar
              dataKey="MTTD (h)"
              fill="#0277bd"
              isAnimationActive={false}
            />
            <Recharts.Bar
              dataKey="MTTR (h)"
              fill="#ef6c00"
              isAnimationActive={false}
            />
          </Recharts.BarChart>
        </Recharts.ResponsiveContainer>
      </Box>
      <Table
        // Another dimension starts unsorted, on its first page.
        key={dimension}
        columnConfig={reliabilityColumns(dimension)}
        {...list.tableProps}
        emptyState={
          <TableEmptyText>
            No incidents in the period the filters select.
          </TableEmptyText>
        }
      />
    </InfoCard>
  );
}

type TagRow = PostmortemAnalytics['taxonomyTags'][number];

/** A tag is listed once. */
const tagRowId = (row: TagRow) => row.tag;

/** How often each root-cause tag was found. */
export function TaxonomyTagsCard({
  analytics,
}: {
  analytics: PostmortemAnalytics;
}) {
  const titleOf = useTaxonomyTitle();
  return (
    <TableCard
      title="Root-cause tags"
      subtitle="Incident reviews tagged with each root cause in the period."
      actions={
        <RowsCsvButton<TagRow>
          rows={analytics.taxonomyTags}
          columns={[
            { header: 'Tag', value: row => row.tag },
            { header: 'Tag title', value: row => titleOf(row.tag) },
            { header: 'Category', value: row => titleOf(row.category) },
            { header: 'Incident reviews', value: row => row.count },
          ]}
          fileName="root-cause-tags.csv"
        />
      }
    >
      <LocalTable<TagRow>
        columns={[
          figureColumn<TagRow>({
            id: 'tag',
            label: 'Tag',
            isRowHeader: true,
            defaultWidth: '2fr',
            cell: row => (
              <WrappingTextCell>
                <span title={row.tag}>{titleOf(row.tag)}</span>
              </WrappingTextCell>
            ),
          }),
          figureColumn<TagRow>({
            id: 'category',
            label: 'Category',
            defaultWidth: '1.5fr',
            cell: row => (
              <WrappingTextCell>{titleOf(row.category)}</WrappingTextCell>
            ),
          }),
          figureColumn<TagRow>({
            id: 'count',
            label: 'Reviews',
            cell: row => <WrappingTextCell>{row.count}</WrappingTextCell>,
          }),
        ]}
        rows={analytics.taxonomyTags}
        rowId={tagRowId}
        // By the titles shown.
        sortValues={{
          tag: row => titleOf(row.tag),
          category: row => titleOf(row.category),
          count: row => row.count,
        }}
        pageSize={FIGURE_PAGE_SIZE}
        emptyState={
          <TableEmptyText>
            No incident review in the period is tagged with a root cause.
          </TableEmptyText>
        }
      />
    </TableCard>
  );
}
