import { PostmortemAnalytics } from '@readiness/plugin-postmortems-common';
import { ReactElement, useState } from 'react';
import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { Box, Tab, Tabs, Typography } from '@material-ui/core';
import { SEVERITIES } from '@readiness/plugin-readiness-common';
import { CsvColumn } from '@readiness/plugin-readiness-api-common';
import * as Recharts from 'recharts';
import { SEVERITY_COLORS } from '@readiness/plugin-readiness-react';
import { RowsCsvButton } from '../shared/download';
import { useTaxonomyTitle } from '../shared/taxonomy';
import { DEFINITIONS } from './definitions';
import { figureTableOptions } from '../shared/tableOptions';

/** Colours for root-cause categories, in the order the categories are listed. */
const CATEGORY_COLORS = [
  '#1565c0',
  '#6a1b9a',
  '#00838f',
  '#ef6c00',
  '#2e7d32',
  '#ad1457',
  '#4e342e',
  '#546e7a',
  '#9e9d24',
];

/** A column of a chart's figures: its table column and its CSV column alike. */
interface FigureColumn<T> {
  title: string;
  field: keyof T & string;
  numeric?: boolean;
}

/** One bar series of a stacked bar chart. */
interface BarSeries {
  dataKey: string;
  name: string;
  fill: string;
}

/**
 * Bars stacked per x value, in the order given (the legend keeps that order). Called as a
 * function, since Recharts' container sizes the chart element it is given directly.
 */
function stackedBars<T extends object>(
  rows: T[],
  xKey: string,
  series: BarSeries[],
) {
  return (
    <Recharts.BarChart data={rows}>
      <Recharts.CartesianGrid strokeDasharray="3 3" vertical={false} />
      <Recharts.XAxis dataKey={xKey} />
      <Recharts.YAxis allowDecimals={false} />
      <Recharts.Tooltip />
      <Recharts.Legend itemSorter={null} />
      {series.map(bar => (
        <Recharts.Bar
          key={bar.dataKey}
          dataKey={bar.dataKey}
          name={bar.name}
          stackId="stack"
          fill={bar.fill}
          isAnimationActive={false}
        />
      ))}
    </Recharts.BarChart>
  );
}

/** A chart, the same numbers as a table, its definition and a CSV of it. */
export function ChartCard<T extends object>(props: {
  title: string;
  definition: string;
  chart: ReactElement;
  rows: T[];
  columns: FigureColumn<T>[];
  fileName: string;
}) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const tableColumns: TableColumn<T>[] = props.columns.map(column => ({
    title: column.title,
    field: column.field,
    type: column.numeric ? 'numeric' : undefined,
  }));
  const csvColumns: CsvColumn<T>[] = props.columns.map(column => ({
    header: column.title,
    value: row => row[column.field] as string | number | undefined,
  }));
  return (
    <InfoCard title={props.title}>
      <Box
        display="flex"
        alignItems="center"
        justifyContent="space-between"
        mb={1}
      >
        <Tabs
          value={view}
          onChange={(_event, value) => setView(value)}
          indicatorColor="primary"
        >
          <Tab value="chart" label="Chart" />
          <Tab value="table" label="Table" />
        </Tabs>
        <RowsCsvButton
          rows={props.rows}
          columns={csvColumns}
          fileName={props.fileName}
        />
      </Box>
      <Typography variant="body2" color="textSecondary">
        {props.definition}
      </Typography>
      {view === 'chart' ? (
        <Box height={320} mt={2}>
          <Recharts.ResponsiveContainer width="100%" height="100%">
            {props.chart}
          </Recharts.ResponsiveContainer>
        </Box>
      ) : (
        <Box mt={2}>
          <Table<T>
            columns={tableColumns}
            data={props.rows}
            options={figureTableOptions(props.rows.length, 24)}
          />
        </Box>
      )}
    </InfoCard>
  );
}

type MonthRow = PostmortemAnalytics['incidentsPerMonth'][number];

/** Customer-impacting incidents per month, stacked by severity. */
export function IncidentsPerMonthCard({
  analytics,
}: {
  analytics: PostmortemAnalytics;
}) {
  const rows = analytics.incidentsPerMonth;
  return (
    <ChartCard<MonthRow>
      title="Customer-impacting incidents per month"
      definition={DEFINITIONS.incidentsPerMonth}
      fileName="incidents-per-month.csv"
      rows={rows}
      columns={[
        { title: 'Month', field: 'month' },
        ...SEVERITIES.map(severity => ({
          title: severity,
          field: severity,
          numeric: true,
        })),
        { title: 'Total', field: 'total', numeric: true },
      ]}
      chart={stackedBars(
        rows,
        'month',
        SEVERITIES.map(severity => ({
          dataKey: severity,
          name: severity,
          fill: SEVERITY_COLORS[severity],
        })),
      )}
    />
  );
}

type TaxonomyRow = { month: string } & Record<string, number | string>;

/** Root-cause categories per month, stacked, and each tag's count. */
export function TaxonomyCard({
  analytics,
}: {
  analytics: PostmortemAnalytics;
}) {
  const titleOf = useTaxonomyTitle();
  const categories = analytics.taxonomyCategories;
  const rows: TaxonomyRow[] = analytics.taxonomyByMonth.map(month => ({
    month: month.month,
    ...month.categories,
  }));
  return (
    <ChartCard<TaxonomyRow>
      title="Root causes over time"
      definition={DEFINITIONS.taxonomy}
      fileName="root-causes-per-month.csv"
      rows={rows}
      columns={[
        { title: 'Month', field: 'month' },
        ...categories.map(category => ({
          title: titleOf(category),
          field: category,
          numeric: true,
        })),
      ]}
      chart={stackedBars(
        rows,
        'month',
        categories.map((category, index) => ({
          dataKey: category,
          name: titleOf(category),
          fill: CATEGORY_COLORS[index % CATEGORY_COLORS.length],
        })),
      )}
    />
  );
}

type QuarterRow = PostmortemAnalytics['majorIncidentsPerQuarter'][number];

/** Incidents classified major under DORA per quarter, those reported late apart. */
export function MajorIncidentsPerQuarterCard({
  analytics,
}: {
  analytics: PostmortemAnalytics;
}) {
  const rows = analytics.majorIncidentsPerQuarter.map(row => ({
    ...row,
    reportedOnTime: row.major - row.reportedLate,
  }));
  return (
    <ChartCard<QuarterRow & { reportedOnTime: number }>
      title="Major incidents (DORA) per quarter"
      definition={DEFINITIONS.majorIncidentsPerQuarter}
      fileName="major-incidents-per-quarter.csv"
      rows={rows}
      columns={[
        { title: 'Quarter', field: 'quarter' },
        { title: 'Major incidents', field: 'major', numeric: true },
        {
          title: 'Reported late or overdue',
          field: 'reportedLate',
          numeric: true,
        },
      ]}
      chart={stackedBars(rows, 'quarter', [
        {
          dataKey: 'reportedOnTime',
          name: 'Reports on time',
          fill: SEVERITY_COLORS.high,
        },
        {
          dataKey: 'reportedLate',
          name: 'A report late or overdue',
          fill: SEVERITY_COLORS.critical,
        },
      ])}
    />
  );
}
