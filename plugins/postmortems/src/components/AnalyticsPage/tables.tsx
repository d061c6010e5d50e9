import type {
  PostmortemAnalytics,
  ReliabilityDimension,
  ReliabilityFigures,
} from '@readiness/plugin-postmortems-common';
import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Tab, Tabs, Typography } from '@material-ui/core';
import type { CsvColumn } from '@readiness/plugin-readiness-api-common';
import * as Recharts from 'recharts';
import { RowsCsvButton } from '../shared/download';
import { csvNumber, formatDays, formatMinutes } from '../shared/format';
import { useTaxonomyTitle } from '../shared/taxonomy';
import { DEFINITIONS } from './definitions';
import { figureTableOptions } from '../shared/tableOptions';

type Dimension = ReliabilityDimension;

const DIMENSIONS: Array<{ value: Dimension; label: string }> = [
  { value: 'squad', label: 'By squad' },
  { value: 'service', label: 'By service' },
  { value: 'journey', label: 'By journey' },
];

/** How many squads, services or journeys the chart compares: the ones with most incidents. */
const CHART_TOP = 12;

function reliabilityColumns(
  dimension: Dimension,
): TableColumn<ReliabilityFigures>[] {
  return [
    {
      title: dimension,
      field: 'key',
      cellStyle: { whiteSpace: 'nowrap' },
      render: row =>
        dimension === 'journey' ? (
          row.key
        ) : (
          <EntityRefLink entityRef={row.key} />
        ),
    },
    { title: 'Incidents', field: 'incidents', type: 'numeric' },
    {
      title: 'Customer-impacting',
      field: 'customerImpacting',
      type: 'numeric',
    },
    {
      title: 'MTTD',
      field: 'mttdMinutes',
      type: 'numeric',
      cellStyle: { whiteSpace: 'nowrap' },
      render: row => formatMinutes(row.mttdMinutes),
    },
    {
      title: 'MTTR',
      field: 'mttrMinutes',
      type: 'numeric',
      cellStyle: { whiteSpace: 'nowrap' },
      render: row => formatMinutes(row.mttrMinutes),
    },
    {
      title: 'MTBF',
      field: 'mtbfDays',
      type: 'numeric',
      cellStyle: { whiteSpace: 'nowrap' },
      render: row => formatDays(row.mtbfDays),
    },
  ];
}

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
      <Table<ReliabilityFigures>
        key={dimension}
        columns={reliabilityColumns(dimension)}
        data={rows}
        options={figureTableOptions(rows.length, 10)}
      />
    </InfoCard>
  );
}

type TagRow = PostmortemAnalytics['taxonomyTags'][number];

/** How often each root-cause tag was found. */
export function TaxonomyTagsCard({
  analytics,
}: {
  analytics: PostmortemAnalytics;
}) {
  const titleOf = useTaxonomyTitle();
  return (
    <InfoCard
      title="Root-cause tags"
      action={
        <Box mt={1}>
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
        </Box>
      }
    >
      <Typography variant="body2" color="textSecondary" paragraph>
        Incident reviews tagged with each root cause in the period.
      </Typography>
      <Table<TagRow>
        columns={[
          {
            title: 'Tag',
            field: 'tag',
            render: row => <span title={row.tag}>{titleOf(row.tag)}</span>,
          },
          {
            title: 'Category',
            field: 'category',
            render: row => titleOf(row.category),
          },
          { title: 'Reviews', field: 'count', type: 'numeric' },
        ]}
        data={analytics.taxonomyTags}
        options={figureTableOptions(analytics.taxonomyTags.length, 10)}
      />
    </InfoCard>
  );
}
