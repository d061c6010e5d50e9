import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import * as Recharts from 'recharts';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { CellText, ColumnConfig } from '@backstage/ui';
import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  Box,
  FormControl,
  Grid,
  InputLabel,
  MenuItem,
  Select,
  Typography,
} from '@material-ui/core';
import { IncidentMonth } from '@readiness/plugin-oncall-common';
import {
  formatSeconds,
  LocalTable,
  SortValue,
  TableCard,
  TableEmptyText,
  TableRow,
} from '@readiness/plugin-readiness-react';
import { onCallApiRef } from '../../api';
import { DataStatusBanner } from '../DataStatusBanner';
import { ResolvedIncidents } from '../ResolvedIncidents';

/** The latest resolved incidents listed, to start their post-mortems. */
const RESOLVED_LISTED = 10;

const PERIODS = [6, 12, 18];

function duration(seconds?: number): string {
  return seconds === undefined ? '—' : formatSeconds(seconds);
}

function minutes(seconds?: number): number | undefined {
  return seconds === undefined ? undefined : Math.round(seconds / 60);
}

type MonthRow = TableRow<IncidentMonth>;

/** The month's figures; a column's id is the field it shows and sorts by. */
const monthColumns: ColumnConfig<MonthRow>[] = [
  {
    id: 'month',
    label: 'Month',
    isRowHeader: true,
    isSortable: true,
    minWidth: 110,
    cell: month => <CellText title={month.month} />,
  },
  {
    id: 'count',
    label: 'Incidents',
    isSortable: true,
    minWidth: 120,
    cell: month => <CellText title={String(month.count)} />,
  },
  {
    id: 'mttaSeconds',
    label: 'MTTA',
    isSortable: true,
    minWidth: 110,
    cell: month => <CellText title={duration(month.mttaSeconds)} />,
  },
  {
    id: 'mttrSeconds',
    label: 'MTTR',
    isSortable: true,
    minWidth: 110,
    cell: month => <CellText title={duration(month.mttrSeconds)} />,
  },
];

const monthSortValues: Record<string, (month: IncidentMonth) => SortValue> = {
  month: month => month.month,
  count: month => month.count,
  mttaSeconds: month => month.mttaSeconds,
  mttrSeconds: month => month.mttrSeconds,
};

/** A month is listed once: `YYYY-MM`. */
const monthRowId = (month: IncidentMonth) => month.month;

function Figure(props: { label: string; value: string }) {
  return (
    <Box mb={2}>
      <Typography variant="overline" color="textSecondary">
        {props.label}
      </Typography>
      <Typography variant="h4" component="p">
        {props.value}
      </Typography>
    </Box>
  );
}

/**
 * A squad's or a service's PagerDuty incidents: the latest resolved with their post-mortems
 * (or a start of one), and per month, with mean time to acknowledge (MTTA) and to resolve
 * (MTTR), as a chart and as numbers.
 */
export function IncidentAnalyticsContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const onCallApi = useApi(onCallApiRef);
  const [months, setMonths] = useState(12);
  const { value, loading, error } = useAsync(
    () => onCallApi.getIncidentAnalytics({ entityRef, months }),
    [onCallApi, entityRef, months],
  );

  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value) {
    return <Progress />;
  }
  const chartData = value.months.map(month => ({
    month: month.month,
    incidents: month.count,
    mtta: minutes(month.mttaSeconds),
    mttr: minutes(month.mttrSeconds),
  }));

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <DataStatusBanner status={value.status} />
        <FormControl variant="outlined" size="small">
          <InputLabel id="incident-period-label">Period</InputLabel>
          <Select
            labelId="incident-period-label"
            label="Period"
            value={months}
            onChange={event => setMonths(Number(event.target.value))}
          >
            {PERIODS.map(period => (
              <MenuItem key={period} value={period}>
                Last {period} months
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        {loading && <Progress />}
      </Grid>
      <Grid item xs={12}>
        <InfoCard
          title="Resolved incidents"
          subheader="The latest, each with its post-mortem or a start of one"
        >
          <ResolvedIncidents entityRef={entityRef} limit={RESOLVED_LISTED} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={9}>
        <InfoCard
          title="Incidents per month"
          subheader="Bars: incidents. Lines: mean minutes to acknowledge (MTTA) and to resolve (MTTR)."
        >
          <Recharts.ResponsiveContainer width="100%" height={320}>
            <Recharts.ComposedChart data={chartData}>
              <Recharts.CartesianGrid strokeDasharray="3 3" />
              <Recharts.XAxis dataKey="month" />
              <Recharts.YAxis yAxisId="incidents" allowDecimals={false} />
              <Recharts.YAxis
                yAxisId="minutes"
                orientation="right"
                unit=" min"
              />
              <Recharts.Tooltip
                formatter={(cellValue, name) =>
                  name === 'Incidents'
                    ? cellValue
                    : formatSeconds(Number(cellValue) * 60)
                }
              />
              <Recharts.Legend />
              {/* Drawn at once: an animated chart is half-drawn in a screenshot or a printout. */}
              <Recharts.Bar
                yAxisId="incidents"
                dataKey="incidents"
                name="Incidents"
                fill="#1f77b4"
                isAnimationActive={false}
              />
              <Recharts.Line
                yAxisId="minutes"
                dataKey="mtta"
                name="MTTA (min)"
                stroke="#ff7f0e"
                connectNulls
                isAnimationActive={false}
              />
              <Recharts.Line
                yAxisId="minutes"
                dataKey="mttr"
                name="MTTR (min)"
                stroke="#d62728"
                connectNulls
                isAnimationActive={false}
              />
            </Recharts.ComposedChart>
          </Recharts.ResponsiveContainer>
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={3}>
        <InfoCard title={`Last ${value.months.length} months`}>
          <Figure label="Incidents" value={String(value.totals.count)} />
          <Figure label="MTTA" value={duration(value.totals.mttaSeconds)} />
          <Figure label="MTTR" value={duration(value.totals.mttrSeconds)} />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <TableCard title="Incidents, MTTA and MTTR by month">
          <LocalTable<IncidentMonth>
            columns={monthColumns}
            // Newest month first.
            rows={[...value.months].reverse()}
            rowId={monthRowId}
            sortValues={monthSortValues}
            emptyState={
              <TableEmptyText>No months in the period.</TableEmptyText>
            }
          />
        </TableCard>
      </Grid>
    </Grid>
  );
}
