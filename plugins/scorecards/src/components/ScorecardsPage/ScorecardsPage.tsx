import {
  Content,
  ContentHeader,
  Header,
  InfoCard,
  Page,
  Table,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Box, Button, Grid, TextField, Typography } from '@material-ui/core';
import { Alert, ToggleButton, ToggleButtonGroup } from '@material-ui/lab';
import type {
  ComparisonResponse,
  ScorecardsResponse,
  TrendPeriod,
} from '@readiness/plugin-scorecards-common';
import { useState } from 'react';
import {
  AsyncStatus,
  useReadinessClock,
} from '@readiness/plugin-readiness-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { scorecardsApiRef } from '../../api';
import { errorMessage, levelLabel } from '../common';
import { LevelDistributionChart, LevelTrendChart } from './charts';
import { HeatMap } from './HeatMap';

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function daysBefore(day: Date, days: number): string {
  return isoDay(new Date(day.getTime() - days * 86_400_000));
}

function Trend(props: {
  model: Parameters<typeof LevelTrendChart>[0]['model'];
}) {
  const api = useApi(scorecardsApiRef);
  const [period, setPeriod] = useState<TrendPeriod>('week');
  const trend = useAsyncRetry(() => api.getHistory({ period }), [api, period]);
  return (
    <section aria-label="Trend">
      <InfoCard
        title="Trend"
        subheader="Squads per level and the average level, at the end of each period"
        action={
          <ToggleButtonGroup
            size="small"
            exclusive
            value={period}
            onChange={(_e, value: TrendPeriod | null) =>
              value && setPeriod(value)
            }
            aria-label="Trend period"
          >
            <ToggleButton value="week">By week</ToggleButton>
            <ToggleButton value="quarter">By quarter</ToggleButton>
          </ToggleButtonGroup>
        }
      >
        <AsyncStatus state={trend} />
        {trend.value && (
          <LevelTrendChart model={props.model} points={trend.value.points} />
        )}
      </InfoCard>
    </section>
  );
}

function Comparison() {
  const api = useApi(scorecardsApiRef);
  const clock = useReadinessClock();
  const [from, setFrom] = useState(() => daysBefore(clock(), 91));
  const [to, setTo] = useState(() => isoDay(clock()));
  const comparison = useAsyncRetry(
    () => api.compare({ from, to }),
    [api, from, to],
  );
  const changed = (comparison.value?.changes ?? []).filter(
    c => c.levelChange !== 0 || c.improved.length > 0 || c.regressed.length > 0,
  );
  return (
    <section aria-label="Compare two dates">
      <InfoCard
        title="Compare two dates"
        subheader="Each squad's scorecard at the end of each day"
      >
        <Box display="flex" gridGap={16} mb={2}>
          <TextField
            label="From"
            type="date"
            value={from}
            onChange={e => e.target.value && setFrom(e.target.value)}
            InputLabelProps={{ shrink: true }}
          />
          <TextField
            label="To"
            type="date"
            value={to}
            onChange={e => e.target.value && setTo(e.target.value)}
            InputLabelProps={{ shrink: true }}
          />
        </Box>
        {comparison.error && (
          <Alert severity="error">{errorMessage(comparison.error)}</Alert>
        )}
        {comparison.value && (
          <Table<ComparisonResponse['changes'][number]>
            options={{
              paging: false,
              search: false,
              toolbar: false,
              padding: 'dense',
            }}
            columns={[
              { title: 'Squad', field: 'title' },
              { title: 'Domain', field: 'domain' },
              {
                title: `On ${comparison.value.from}`,
                render: c => levelLabel(c.levelBefore),
              },
              {
                title: `On ${comparison.value.to}`,
                render: c => levelLabel(c.levelAfter),
              },
              {
                title: 'Change',
                render: c =>
                  c.levelChange === undefined
                    ? '—'
                    : `${c.levelChange > 0 ? '+' : ''}${c.levelChange}`,
              },
              {
                title: 'Checks newly met',
                render: c => c.improved.join(', ') || '—',
              },
              {
                title: 'Checks no longer met',
                render: c => c.regressed.join(', ') || '—',
              },
            ]}
            data={changed}
            emptyContent={
              <Box p={2}>No squad changed between these dates.</Box>
            }
          />
        )}
      </InfoCard>
    </section>
  );
}

/** Squads per heat-map page: a screen or two of rows, and a small answer at any size. */
export const SQUADS_PER_PAGE = 40;

/** Which squads the heat map shows, and buttons to the pages before and after. */
function HeatMapPager(props: {
  page: ScorecardsResponse['squads'];
  onOffsetChange: (offset: number) => void;
}) {
  const { offset, limit, total, items } = props.page;
  if (total <= limit && offset === 0) return null;
  return (
    <Box display="flex" alignItems="center" gridGap={8} mb={1}>
      <Typography variant="body2">
        Squads {total === 0 ? 0 : offset + 1}–{offset + items.length} of {total}
      </Typography>
      <Button
        size="small"
        variant="outlined"
        disabled={offset === 0}
        onClick={() => props.onOffsetChange(Math.max(0, offset - limit))}
      >
        Previous squads
      </Button>
      <Button
        size="small"
        variant="outlined"
        disabled={offset + limit >= total}
        onClick={() => props.onOffsetChange(offset + limit)}
      >
        Next squads
      </Button>
    </Box>
  );
}

/**
 * The leadership view: the squads' scorecards as a heat map a page at a time, and levels, trend
 * and comparison over every squad.
 */
export function ScorecardsPage() {
  const api = useApi(scorecardsApiRef);
  const clock = useReadinessClock();
  const [offset, setOffset] = useState(0);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getScorecards({ offset, limit: SQUADS_PER_PAGE }),
    [api, offset],
  );
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string>();

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setActionError(undefined);
    try {
      await action();
    } catch (e) {
      setActionError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const evaluate = () =>
    run(async () => {
      await api.evaluate();
      retry();
    });
  const exportCsv = () =>
    run(async () => {
      const csv = await api.exportCsv();
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `scorecards-${isoDay(clock())}.csv`;
      link.click();
      URL.revokeObjectURL(url);
    });

  return (
    <Page themeId="tool">
      <Header
        title="Scorecards"
        subtitle={
          value
            ? `${value.model.title}, version ${value.model.version}`
            : 'Capability scorecards per squad'
        }
      />
      <Content>
        <ContentHeader title="Squads × capability checks">
          <Box display="flex" gridGap={8}>
            <Button
              variant="outlined"
              color="primary"
              disabled={busy}
              onClick={evaluate}
            >
              Evaluate now
            </Button>
            <Button
              variant="outlined"
              disabled={busy || !value}
              onClick={exportCsv}
            >
              Export CSV
            </Button>
          </Box>
        </ContentHeader>
        {actionError && (
          <Box mb={2}>
            <Alert severity="error">{actionError}</Alert>
          </Box>
        )}
        <AsyncStatus state={{ loading, error, value }} />
        {value && (
          <Grid container spacing={3}>
            <Grid item xs={12}>
              <InfoCard
                title="Heat map"
                subheader={
                  value.evaluatedAt
                    ? `Latest evaluation ${new Date(
                        value.evaluatedAt,
                      ).toLocaleString()}; hover a cell for its reason, open a squad for evidence and how to fix`
                    : 'No evaluation yet: press "Evaluate now"'
                }
              >
                <HeatMapPager page={value.squads} onOffsetChange={setOffset} />
                <HeatMap data={value} />
              </InfoCard>
            </Grid>
            <Grid item xs={12} md={5}>
              <section aria-label="Level distribution">
                <InfoCard
                  title="Level distribution"
                  subheader={`${value.squads.total} squads`}
                >
                  <LevelDistributionChart
                    model={value.model}
                    distribution={value.distribution}
                  />
                  <Typography variant="caption" color="textSecondary">
                    Levels:{' '}
                    {value.model.levels
                      .map(level => `${level.level} ${level.name}`)
                      .join(', ')}
                    . A squad reaches a level when every check of that level and
                    the levels below passes or is waived.
                  </Typography>
                </InfoCard>
              </section>
            </Grid>
            <Grid item xs={12} md={7}>
              <Trend model={value.model} />
            </Grid>
            <Grid item xs={12}>
              <Comparison />
            </Grid>
          </Grid>
        )}
      </Content>
    </Page>
  );
}
