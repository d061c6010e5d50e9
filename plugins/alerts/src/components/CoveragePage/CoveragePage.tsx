import { useCallback, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  Content,
  ContentHeader,
  Gauge,
  InfoCard,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
  WarningPanel,
} from '@backstage/core-components';
import { Box, Button, Grid, Tab, Tabs, Typography } from '@material-ui/core';
import { alertsApiRef } from '../../api';
import { useApi } from '@backstage/frontend-plugin-api';
import { EntityLink } from '../shared';
import {
  AlertCoverageSummary,
  COVERAGE_CHECKS,
  CoverageCheckId,
  CoverageGap,
  CoverageGapFilterField,
  CoverageGroup,
  CoverageTally,
  gapCount,
  NO_DOMAIN_FILTER,
} from '@readiness/plugin-alerts-common';
import type { ListRequest } from '@readiness/plugin-readiness-api-common';
import { LIST_PAGING, useServerList } from '@readiness/plugin-readiness-react';

/** The share covered of what could be judged; undefined when nothing could. */
function ratio({ covered, total, unknown }: CoverageTally): number | undefined {
  const judged = total - unknown;
  if (total === 0) return 1;
  return judged === 0 ? undefined : covered / judged;
}

/** The gap list's selection: a check, and a domain or squad, or everything; and its gaps. */
interface Selection {
  check?: CoverageCheckId;
  group?: { by: 'domain' | 'squad'; ref: string; title: string };
  gaps: number;
}

/** Every gap of every check, as the page opens. */
function allGaps(coverage: AlertCoverageSummary): Selection {
  return { gaps: coverage.checks.reduce((sum, c) => sum + gapCount(c), 0) };
}

/** The `filter[...]` of `GET /coverage/gaps` that selects the selection's gaps. */
function gapFilters(
  selection: Selection,
): Partial<Record<CoverageGapFilterField, string[]>> {
  const { check, group } = selection;
  const filters: Partial<Record<CoverageGapFilterField, string[]>> = {};
  if (check) filters.check = [check];
  if (group?.by === 'domain') filters.domain = [group.ref || NO_DOMAIN_FILTER];
  if (group?.by === 'squad') filters.owner = [group.ref];
  return filters;
}

function TallyCell(props: { tally: CoverageTally; onSelect: () => void }) {
  const { tally, onSelect } = props;
  if (tally.total === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        —
      </Typography>
    );
  }
  const gaps = gapCount(tally);
  const share = ratio(tally);
  return (
    <Button
      size="small"
      onClick={onSelect}
      color={gaps ? 'secondary' : 'default'}
      aria-label={`${tally.covered} of ${tally.total}, ${gaps} gaps${
        tally.unknown ? `, ${tally.unknown} unknown` : ''
      }`}
    >
      {tally.covered}/{tally.total}
      {share === undefined ? '' : ` · ${Math.round(share * 100)}%`}
      {gaps ? ` · ${gaps} ${gaps === 1 ? 'gap' : 'gaps'}` : ''}
      {tally.unknown ? ` · ${tally.unknown} unknown` : ''}
    </Button>
  );
}

/**
 * The columns of the domain or squad table. The squad table's fields are the names of the
 * backend's sorts (`COVERAGE_SQUAD_SORT_FIELDS`: a check's column sorts by its gaps); the
 * domains are all on the page and sort there.
 */
function groupColumns(
  by: 'domain' | 'squad',
  onSelect: (selection: Selection) => void,
): TableColumn<CoverageGroup>[] {
  const serverSorted = by === 'squad';
  return [
    {
      title: by === 'domain' ? 'Domain' : 'Squad',
      field: serverSorted ? 'squad' : 'group.title',
      render: row =>
        row.group.ref ? <EntityLink entity={row.group} /> : row.group.title,
    },
    ...COVERAGE_CHECKS.map(
      (check): TableColumn<CoverageGroup> => ({
        title: check.title,
        field: serverSorted ? check.id : `checks.${check.id}.covered`,
        render: row => (
          <TallyCell
            tally={row.checks[check.id]}
            onSelect={() =>
              onSelect({
                check: check.id,
                group: { by, ref: row.group.ref, title: row.group.title },
                gaps: gapCount(row.checks[check.id]),
              })
            }
          />
        ),
      }),
    ),
  ];
}

const GROUP_TABLE_OPTIONS = {
  search: false,
  toolbar: false,
  padding: 'dense',
} as const;

function DomainTable(props: {
  domains: CoverageGroup[];
  onSelect: (selection: Selection) => void;
}) {
  return (
    <Table<CoverageGroup>
      columns={groupColumns('domain', props.onSelect)}
      data={props.domains}
      options={{ ...GROUP_TABLE_OPTIONS, paging: false }}
    />
  );
}

const gapColumns: TableColumn<CoverageGap>[] = [
  {
    title: 'Check',
    field: 'check',
    render: gap => COVERAGE_CHECKS.find(check => check.id === gap.check)?.title,
  },
  {
    title: 'Gap',
    field: 'subject.title',
    render: gap => <EntityLink entity={gap.subject} />,
  },
  { title: 'Why', field: 'reason' },
  {
    title: 'Owner',
    field: 'owner.title',
    render: gap => <EntityLink entity={gap.owner} />,
  },
  {
    title: 'Domain',
    field: 'domain.title',
    render: gap => gap.domain?.title ?? '—',
  },
];

/**
 * The squads' tallies, a page at a time from the backend (hundreds of squads at scale): by title,
 * or by gaps when a check's column is sorted; the search finds squads by title.
 */
function SquadTable(props: { onSelect: (selection: Selection) => void }) {
  const api = useApi(alertsApiRef);
  const fetchPage = useCallback(
    (request: ListRequest) => api.listSquadCoverage(request),
    [api],
  );
  const { data, tableKey } = useServerList(fetchPage, {});
  return (
    <Table<CoverageGroup>
      key={tableKey}
      columns={groupColumns('squad', props.onSelect)}
      data={data}
      options={{
        ...GROUP_TABLE_OPTIONS,
        ...LIST_PAGING,
        search: true,
        toolbar: true,
        showTitle: false,
        debounceInterval: 300,
        emptyRowsWhenPaging: false,
      }}
      localization={{ toolbar: { searchPlaceholder: 'Find a squad' } }}
    />
  );
}

/** The selection's gaps, a page at a time from the backend. */
function GapTable(props: {
  selection: Selection;
  title: string;
  onShowAll: () => void;
}) {
  const { selection } = props;
  const api = useApi(alertsApiRef);
  const fetchPage = useCallback(
    (request: ListRequest) => api.listCoverageGaps(request),
    [api],
  );
  const { data, tableKey } = useServerList(fetchPage, {
    filters: gapFilters(selection) as ListRequest['filters'],
  });
  return (
    <Table<CoverageGap>
      key={tableKey}
      title={props.title}
      columns={gapColumns}
      data={data}
      options={{
        ...LIST_PAGING,
        paging: selection.gaps > LIST_PAGING.pageSize,
        search: false,
        sorting: false,
        padding: 'dense',
        emptyRowsWhenPaging: false,
      }}
      actions={[
        {
          icon: () => <Typography variant="button">Show all gaps</Typography>,
          tooltip: 'Show the gaps of every check',
          isFreeAction: true,
          disabled: !selection.check && !selection.group,
          onClick: props.onShowAll,
        },
      ]}
      emptyContent={
        <Box p={2}>
          <Typography>No gaps here.</Typography>
        </Box>
      }
    />
  );
}

function CoverageView({ coverage }: { coverage: AlertCoverageSummary }) {
  const [by, setBy] = useState<'domain' | 'squad'>('domain');
  const [selection, setSelection] = useState<Selection>(() =>
    allGaps(coverage),
  );
  const checkTitle = COVERAGE_CHECKS.find(
    check => check.id === selection.check,
  )?.title;
  const gapTitle = [checkTitle ?? 'All checks', selection.group?.title]
    .filter(Boolean)
    .join(' · ');

  return (
    <Grid container spacing={3}>
      {coverage.checks.map(check => (
        <Grid item xs={12} sm={6} lg={3} key={check.id}>
          <InfoCard
            variant="gridItem"
            title={check.title}
            subheader={`${check.covered} of ${check.total}${
              check.unknown ? `, ${check.unknown} unknown` : ''
            }`}
          >
            <Box display="flex" flexDirection="column" alignItems="center">
              {check.unavailable && (
                <Box mb={1} width="100%">
                  <WarningPanel severity="warning" title={check.unavailable} />
                </Box>
              )}
              {ratio(check) !== undefined && (
                <Box width={140}>
                  <Gauge value={ratio(check)!} />
                </Box>
              )}
              <Typography variant="body2" color="textSecondary" align="center">
                {check.description}
              </Typography>
              <Button
                size="small"
                color="secondary"
                disabled={gapCount(check) === 0}
                onClick={() =>
                  setSelection({ check: check.id, gaps: gapCount(check) })
                }
              >
                {gapCount(check)} gaps
              </Button>
            </Box>
          </InfoCard>
        </Grid>
      ))}
      <Grid item xs={12}>
        <InfoCard title="By domain and squad" noPadding>
          <Tabs
            value={by}
            onChange={(_event, value) => setBy(value)}
            indicatorColor="primary"
            aria-label="Group coverage by"
          >
            <Tab value="domain" label="By domain" />
            <Tab value="squad" label="By squad" />
          </Tabs>
          {by === 'domain' ? (
            <DomainTable
              domains={coverage.byDomain}
              onSelect={setSelection}
            />
          ) : (
            <SquadTable onSelect={setSelection} />
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <GapTable
          selection={selection}
          title={`Gaps: ${gapTitle} (${selection.gaps})`}
          onShowAll={() => setSelection(allGaps(coverage))}
        />
      </Grid>
    </Grid>
  );
}

/**
 * How well the alert catalog covers what it must, by domain and squad, with every gap: the
 * totals and domains at once, the squads and the gaps asked for as they are shown.
 */
export function CoveragePage() {
  const api = useApi(alertsApiRef);
  const coverage = useAsync(() => api.getCoverage(), [api]);
  return (
    <Content>
      <ContentHeader title="Coverage">
        {coverage.value && (
          <Typography variant="body2" color="textSecondary">
            as of {coverage.value.asOf}
          </Typography>
        )}
      </ContentHeader>
      {coverage.loading && <Progress />}
      {coverage.error && <ResponseErrorPanel error={coverage.error} />}
      {coverage.value && <CoverageView coverage={coverage.value} />}
    </Content>
  );
}
