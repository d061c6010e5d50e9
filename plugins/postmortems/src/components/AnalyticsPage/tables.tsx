import type {
  PostmortemAnalytics,
  ReliabilityDimension,
  ReliabilityFigures,
} from '@readiness/plugin-postmortems-common';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Tab, Tabs, Typography } from '@material-ui/core';
import { ColumnConfig } from '@backstage/ui';
import type { CsvColumn } from '@readiness/plugin-readiness-api-common';
import {
  LocalTable,
  SortValue,
  TableCard,
  TableEmptyText,
  TableRow,
  WrappingTextCell,
} from '@readiness/plugin-readiness-react';
import * as Recharts from 'recharts';
import { RowsCsvButton } from '../shared/download';
import { csvNumber, formatDays, formatMinutes } from '../shared/format';
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

/** The columns of the reliability figures: a column's id names the figure it sorts by. */
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

/** What each column of the reliability figures sorts by, by its id. */
const reliabilitySortValues: Record<
  string,
  (row: ReliabilityFigures) => SortValue
> = {
  key: row => row.key,
  incidents: row => row.incidents,
  customerImpacting: row => row.customerImpacting,
  mttdMinutes: row => row.mttdMinutes,
  mttrMinutes: row => row.mttrMinutes,
  mtbfDays: row => row.mtbfDays,
};

/** A squad, service or journey is listed once. */
const reliabilityRowId = (row: ReliabilityFigures) => row.key;

const reliabilityCsv = (
  dimension: Dimension,
): CsvColumn<ReliabilityFigures>[] => [
  { header: dimension, value: row => row.key },
  { header: 'Incidents', value: row => row.incidents },
  {
    header: 'Customer-impacting incidents',
    value: row => row.customerImpacting,
  },
  { header: 'MTTD (minutes)', value: row => csvNumber(row.mttdMinutes) },
  { header: 'MTTR (minutes)', value: row => csvNumber(row.mttrMinutes) },
  { header: 'MTBF (days)', value: row => csvNumber(row.mtbfDays) },
];

/** A name short enough for a chart axis: the entity name of a ref, or the journey. */
function shortName(key: string) {
  return key.replace(/^[^:]+:[^/]+\//, '');
}

/**
 * MTTD, MTTR and MTBF by squad, service or journey: a chart of the busiest, and every row. The
 * page asks the server for the dimension shown.
 */
export function ReliabilityCard({
  analytics,
  dimension,
  onDimensionChange,
}: {
  analytics: PostmortemAnalytics;
  dimension: Dimension;
  onDimensionChange: (dimension: Dimension) => void;
}) {
  const rows = analytics.reliability[dimension] ?? [];
  const chartRows = rows.slice(0, CHART_TOP).map(row => ({
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
          <RowsCsvButton
            rows={rows}
            columns={reliabilityCsv(dimension)}
            fileName={`reliability-by-${dimension}.csv`}
          />
        </Box>
      }
    >
      <Typography variant="body2" color="textSecondary" paragraph>
        {DEFINITIONS.reliability} {DEFINITIONS.mttd} {DEFINITIONS.mttr}{' '}
        {DEFINITIONS.mtbf}
      </Typography>
      <Typography variant="subtitle2">
        Mean hours to detect and to resolve, the{' '}
        {Math.min(CHART_TOP, rows.length)} with most incidents
      </Typography>
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
      <LocalTable<ReliabilityFigures>
        // Another dimension starts unsorted, on its first page.
        key={dimension}
        columns={reliabilityColumns(dimension)}
        rows={rows}
        rowId={reliabilityRowId}
        sortValues={reliabilitySortValues}
        pageSize={FIGURE_PAGE_SIZE}
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
