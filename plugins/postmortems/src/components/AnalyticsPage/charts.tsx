import { PostmortemAnalytics } from '@readiness/plugin-postmortems-common';
import { ReactElement, useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import { Box, Tab, Tabs, Typography } from '@material-ui/core';
import { ColumnConfig } from '@backstage/ui';
import { SEVERITIES } from '@readiness/plugin-readiness-common';
import { CsvColumn } from '@readiness/plugin-readiness-api-common';
import * as Recharts from 'recharts';
import {
  LocalTable,
  SEVERITY_COLORS,
  SortValue,
  TableEmptyText,
  TableRow,
  WrappingTextCell,
  withWrappingHeader,
} from '@readiness/plugin-readiness-react';
import { RowsCsvButton } from '../shared/download';
import { useTaxonomyTitle } from '../shared/taxonomy';
import { DEFINITIONS } from './definitions';

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

/** About the width of a header's letter, and what a sortable header adds: padding and arrow. */
const HEADER_LETTER_WIDTH = 8;
const SORTABLE_HEADER_WIDTH = 44;

/**
 * A sortable column of a table of figures. Its header wraps between words and the column is at
 * least as wide as the header's longest word: a card too narrow for every column scrolls the
 * table rather than cutting a header short.
 */
export function figureColumn<T extends object>(
  column: Pick<
    ColumnConfig<TableRow<T>>,
    'id' | 'label' | 'isRowHeader' | 'defaultWidth' | 'cell'
  >,
): ColumnConfig<TableRow<T>> {
  // A word as the layout checks count one: a break after a hyphen ends it.
  const words = column.label.match(/[^\s-]+-?/g) ?? [];
  const minWidth =
    SORTABLE_HEADER_WIDTH +
    HEADER_LETTER_WIDTH * Math.max(0, ...words.map(word => word.length));
  return withWrappingHeader({ ...column, isSortable: true, minWidth });
}

/** A column of a chart's figures: its table column and its CSV column alike. */
interface FigureColumn<T> {
  title: string;
  field: keyof T & string;
}

/** A figure of a row, as its table shows and sorts it and its CSV writes it. */
function figureOf<T>(row: T, column: FigureColumn<T>): SortValue {
  return row[column.field] as SortValue;
}

/** A chart's rows are its months or quarters in order: a row's place is its key. */
const rowIndexId = (_row: object, index: number) => String(index);

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
  const tableColumns = props.columns.map((column, index) =>
    figureColumn<T>({
      id: column.field,
      label: column.title,
      // The first column, the month or quarter, names the row.
      isRowHeader: index === 0,
      cell: row => (
        <WrappingTextCell>{figureOf<T>(row, column)}</WrappingTextCell>
      ),
    }),
  );
  const sortValues = Object.fromEntries(
    props.columns.map(column => [
      column.field,
      (row: T) => figureOf(row, column),
    ]),
  );
  const csvColumns: CsvColumn<T>[] = props.columns.map(column => ({
    header: column.title,
    value: row => figureOf(row, column),
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
          <LocalTable<T>
            columns={tableColumns}
            rows={props.rows}
            rowId={rowIndexId}
            sortValues={sortValues}
            // Two years of months a page.
            pageSize={24}
            emptyState={
              <TableEmptyText>
                No figures for the period the filters select.
              </TableEmptyText>
            }
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
        ...SEVERITIES.map(severity => ({ title: severity, field: severity })),
        { title: 'Total', field: 'total' },
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
        { title: 'Major incidents', field: 'major' },
        { title: 'Reported late or overdue', field: 'reportedLate' },
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
