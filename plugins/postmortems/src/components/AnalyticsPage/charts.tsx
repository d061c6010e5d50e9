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

/** A chart, the same numbers as a table, its definition and a CSV of it. */
export function ChartCard<T extends object>(props: {
  title: string;
  definition: string;
  chart: ReactElement;
  rows: T[];
  columns: TableColumn<T>[];
  csvColumns: CsvColumn<T>[];
  fileName: string;
}) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
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
          columns={props.csvColumns}
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
            columns={props.columns}
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
          type: 'numeric' as const,
        })),
        { title: 'Total', field: 'total', type: 'numeric' },
      ]}
      csvColumns={[
        { header: 'Month', value: row => row.month },
        ...SEVERITIES.map(severity => ({
          header: severity,
          value: (row: MonthRow) => row[severity],
        })),
        { header: 'Total', value: row => row.total },
      ]}
      chart={
        <Recharts.BarChart data={rows}>
          <Recharts.CartesianGrid strokeDasharray="3 3" vertical={false} />
          <Recharts.XAxis dataKey="month" />
          <Recharts.YAxis allowDecimals={false} />
          <Recharts.Tooltip />
          <Recharts.Legend itemSorter={null} />
          {SEVERITIES.map(severity => (
            <Recharts.Bar
              key={severity}
              dataKey={severity}
              stackId="severity"
              fill={SEVERITY_COLORS[severity]}
              isAnimationActive={false}
            />
          ))}
        </Recharts.BarChart>
      }
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
          type: 'numeric' as const,
        })),
      ]}
      csvColumns={[
        { header: 'Month', value: row => row.month },
        ...categories.map(category => ({
          header: titleOf(category),
          value: (row: TaxonomyRow) => row[category],
        })),
      ]}
      chart={
        <Recharts.BarChart data={rows}>
          <Recharts.CartesianGrid strokeDasharray="3 3" vertical={false} />
          <Recharts.XAxis dataKey="month" />
          <Recharts.YAxis allowDecimals={false} />
          <Recharts.Tooltip />
          <Recharts.Legend />
          {categories.map((category, index) => (
            <Recharts.Bar
              key={category}
              dataKey={category}
              name={titleOf(category)}
              stackId="category"
              fill={CATEGORY_COLORS[index % CATEGORY_COLORS.length]}
              isAnimationActive={false}
            />
          ))}
        </Recharts.BarChart>
      }
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
        { title: 'Major incidents', field: 'major', type: 'numeric' },
        {
          title: 'Reported late or overdue',
          field: 'reportedLate',
          type: 'numeric',
        },
      ]}
      csvColumns={[
        { header: 'Quarter', value: row => row.quarter },
        { header: 'Major incidents', value: row => row.major },
        { header: 'Reported late or overdue', value: row => row.reportedLate },
      ]}
      chart={
        <Recharts.BarChart data={rows}>
          <Recharts.CartesianGrid strokeDasharray="3 3" vertical={false} />
          <Recharts.XAxis dataKey="quarter" />
          <Recharts.YAxis allowDecimals={false} />
          <Recharts.Tooltip />
          <Recharts.Legend />
          <Recharts.Bar
            dataKey="reportedOnTime"
            name="Reports on time"
            stackId="major"
            fill={SEVERITY_COLORS.high}
            isAnimationActive={false}
          />
          <Recharts.Bar
            dataKey="reportedLate"
            name="A report late or overdue"
            stackId="major"
            fill={SEVERITY_COLORS.critical}
            isAnimationActive={false}
          />
        </Recharts.BarChart>
      }
    />
  );
}
