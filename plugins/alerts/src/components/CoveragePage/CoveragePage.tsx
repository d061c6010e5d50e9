import { useCallback, useId, useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  Content,
  ContentHeader,
  Gauge,
  InfoCard,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import {
  Button,
  Card,
  CardBody,
  CardHeader,
  Cell,
  CellText,
  ColumnConfig,
  Flex,
  SortDescriptor,
  Table,
  Text,
  Tooltip,
  TooltipTrigger,
  useTable,
} from '@backstage/ui';
import { Box, Grid, Tab, Tabs, Typography } from '@material-ui/core';
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
import {
  EntityPathScope,
  KeepDaysWhole,
  ListSearchField,
  TableEmptyText,
  TableRow,
  useServerTable,
  withWrappingHeader,
} from '@readiness/plugin-readiness-react';

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
function gapFilters(selection: Selection): ListRequest['filters'] {
  const { check, group } = selection;
  const filters: Partial<Record<CoverageGapFilterField, string[]>> = {};
  if (check) filters.check = [check];
  if (group?.by === 'domain') filters.domain = [group.ref || NO_DOMAIN_FILTER];
  if (group?.by === 'squad') filters.owner = [group.ref];
  return filters as ListRequest['filters'];
}

type GroupRow = TableRow<CoverageGroup>;

/** A domain's or squad's key: its ref, or the filter value of subjects without a domain. */
const groupRowId = (row: CoverageGroup) => row.group.ref || NO_DOMAIN_FILTER;

/** The squads, as the backend sorts them unless told otherwise (`COVERAGE_SQUAD_SORT_FIELDS`). */
const SQUADS_BY_TITLE = { sort: 'squad', order: 'asc' } as const;

/** The domains as `GET /coverage` lists them: by title. */
const DOMAINS_BY_TITLE: SortDescriptor = {
  column: 'domain',
  direction: 'ascending',
};

/** What a domain's column sorts by, as the backend sorts the squads: title, or a check's gaps. */
function groupSortValue(row: CoverageGroup, column: string): string | number {
  const tally = row.checks[column as CoverageCheckId];
  return tally ? gapCount(tally) : row.group.title.toLocaleLowerCase('en-US');
}

function sortDomains(rows: GroupRow[], sort: SortDescriptor): GroupRow[] {
  const column = String(sort.column);
  const sign = sort.direction === 'descending' ? -1 : 1;
  // Stable: equal gaps keep the domains' title order.
  return [...rows].sort((a, b) => {
    const x = groupSortValue(a, column);
    const y = groupSortValue(b, column);
    if (x === y) return 0;
    return x < y ? -sign : sign;
  });
}

/** The inline padding of a small button: text beside a tally's button lines up with its label. */
const BUTTON_INSET = '2';

function TallyCell(props: { tally: CoverageTally; onSelect: () => void }) {
  const { tally, onSelect } = props;
  if (tally.total === 0) {
    return (
      <Cell>
        <Flex px={BUTTON_INSET}>
          <Text variant="body-medium" color="secondary">
            —
          </Text>
        </Flex>
      </Cell>
    );
  }
  const gaps = gapCount(tally);
  const share = ratio(tally);
  const rest = [
    gaps ? `${gaps} ${gaps === 1 ? 'gap' : 'gaps'}` : '',
    tally.unknown ? `${tally.unknown} unknown` : '',
  ].filter(Boolean);
  return (
    <Cell>
      <Button
        size="small"
        variant="tertiary"
        destructive={gaps > 0}
        onPress={onSelect}
        aria-label={`${tally.covered} of ${tally.total}, ${gaps} gaps${
          tally.unknown ? `, ${tally.unknown} unknown` : ''
        }`}
      >
        {tally.covered}/{tally.total}
        {share === undefined ? '' : ` · ${Math.round(share * 100)}%`}
      </Button>
      {rest.length > 0 && (
        <Flex px={BUTTON_INSET}>
          <Text variant="body-x-small" color={gaps ? 'danger' : 'secondary'}>
            {rest.join(' · ')}
          </Text>
        </Flex>
      )}
    </Cell>
  );
}

/** Every check's column has room for its tally; the four share what the table has left. */
const CHECK_COLUMN_WIDTH = { minWidth: 160, defaultWidth: '1fr' } as const;

/**
 * The columns of the domain or squad table. A column's id names the backend's sort of the squads
 * (`COVERAGE_SQUAD_SORT_FIELDS`: a check's column sorts by its gaps); the domains, all on the
 * page, are sorted the same way by `sortDomains`.
 */
function groupColumns(
  by: 'domain' | 'squad',
  onSelect: (selection: Selection) => void,
): ColumnConfig<GroupRow>[] {
  return [
    {
      id: by,
      label: by === 'domain' ? 'Domain' : 'Squad',
      isRowHeader: true,
      isSortable: true,
      minWidth: 180,
      defaultWidth: '1.25fr',
      cell: row =>
        row.group.ref ? (
          <Cell>
            <EntityLink entity={row.group} />
          </Cell>
        ) : (
          <CellText title={row.group.title} />
        ),
    },
    ...COVERAGE_CHECKS.map(
      // A check's title is a sentence: it wraps in its header rather than being cut short.
      (check): ColumnConfig<GroupRow> =>
        withWrappingHeader({
          id: check.id,
          label: check.title,
          isSortable: true,
          ...CHECK_COLUMN_WIDTH,
          cell: row => (
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

/** The domains' tallies, all of them on the page: few, and sorted here. */
function DomainTable(props: {
  domains: CoverageGroup[];
  onSelect: (selection: Selection) => void;
}) {
  const { domains, onSelect } = props;
  const columns = useMemo(() => groupColumns('domain', onSelect), [onSelect]);
  const rows = useMemo(
    () => domains.map(domain => ({ ...domain, id: groupRowId(domain) })),
    [domains],
  );
  const { tableProps } = useTable<GroupRow>({
    mode: 'complete',
    data: rows,
    initialSort: DOMAINS_BY_TITLE,
    sortFn: sortDomains,
    paginationOptions: { type: 'none' },
  });
  return (
    <Table
      columnConfig={columns}
      {...tableProps}
      emptyState={<TableEmptyText>Nothing to check yet.</TableEmptyText>}
    />
  );
}

/**
 * The squads' tallies, a page at a time from the backend (hundreds of squads at scale): by title,
 * or by gaps when a check's column is sorted; the search finds squads by title.
 */
function SquadTable(props: { onSelect: (selection: Selection) => void }) {
  const { onSelect } = props;
  const api = useApi(alertsApiRef);
  const [query, setQuery] = useState('');
  const fetchPage = useCallback(
    (request: ListRequest) => api.listSquadCoverage(request),
    [api],
  );
  const { tableProps } = useServerTable(fetchPage, {
    base: query ? { q: query } : {},
    rowId: groupRowId,
    defaultSort: SQUADS_BY_TITLE,
  });
  const columns = useMemo(() => groupColumns('squad', onSelect), [onSelect]);
  return (
    <Flex direction="column" gap="3">
      <Box maxWidth={360}>
        <ListSearchField
          value={query}
          onChange={setQuery}
          label="Find a squad"
          placeholder="Find a squad"
        />
      </Box>
      <Table
        columnConfig={columns}
        {...tableProps}
        emptyState={
          <TableEmptyText>
            {query ? `No squad matches "${query}".` : 'Nothing to check yet.'}
          </TableEmptyText>
        }
      />
    </Flex>
  );
}

type GapRow = TableRow<CoverageGap>;

/** A gap's key: a check judges each subject once. */
const gapRowId = (gap: CoverageGap) => `${gap.check} ${gap.subject.ref}`;

/** The gaps' columns; the backend lists gaps in check order and sorts them no other way. */
const gapColumns: ColumnConfig<GapRow>[] = [
  {
    id: 'check',
    label: 'Check',
    minWidth: 180,
    defaultWidth: '1.5fr',
    cell: gap => (
      <Cell>
        <Text variant="body-medium">
          {COVERAGE_CHECKS.find(check => check.id === gap.check)?.title}
        </Text>
      </Cell>
    ),
  },
  {
    id: 'subject',
    label: 'Gap',
    isRowHeader: true,
    minWidth: 200,
    defaultWidth: '2fr',
    cell: gap => (
      <Cell>
        <EntityLink entity={gap.subject} />
      </Cell>
    ),
  },
  {
    id: 'reason',
    label: 'Why',
    minWidth: 160,
    defaultWidth: '1.5fr',
    cell: gap => (
      <Cell>
        <Text variant="body-medium">
          <KeepDaysWhole>{gap.reason}</KeepDaysWhole>
        </Text>
      </Cell>
    ),
  },
  {
    id: 'owner',
    label: 'Owner',
    minWidth: 170,
    defaultWidth: '1fr',
    cell: gap => (
      <Cell>
        <EntityLink entity={gap.owner} />
      </Cell>
    ),
  },
  {
    id: 'domain',
    label: 'Domain',
    minWidth: 170,
    defaultWidth: '1fr',
    cell: gap => (
      <Cell>
        <Text variant="body-medium">{gap.domain?.title ?? '—'}</Text>
      </Cell>
    ),
  },
];

/** The selection's gaps, a page at a time from the backend. */
function GapTable(props: {
  selection: Selection;
  title: string;
  onShowAll: () => void;
}) {
  const { selection, title, onShowAll } = props;
  const api = useApi(alertsApiRef);
  const titleId = useId();
  const fetchPage = useCallback(
    (request: ListRequest) => api.listCoverageGaps(request),
    [api],
  );
  const { tableProps } = useServerTable(fetchPage, {
    base: { filters: gapFilters(selection) },
    rowId: gapRowId,
  });
  return (
    <Card role="region" aria-labelledby={titleId}>
      <CardHeader>
        <Flex justify="between" align="center">
          <Text as="h2" variant="title-small" id={titleId}>
            {title}
          </Text>
          <TooltipTrigger>
            <Button
              size="small"
              variant="secondary"
              isDisabled={!selection.check && !selection.group}
              onPress={onShowAll}
            >
              Show all gaps
            </Button>
            <Tooltip>Show the gaps of every check</Tooltip>
          </TooltipTrigger>
        </Flex>
      </CardHeader>
      <CardBody>
        <Table
          columnConfig={gapColumns}
          {...tableProps}
          emptyState={<TableEmptyText>No gaps here.</TableEmptyText>}
        />
      </CardBody>
    </Card>
  );
}

function CoverageView({ coverage }: { coverage: AlertCoverageSummary }) {
  const [by, setBy] = useState<'domain' | 'squad'>('domain');
  const groupsTitleId = useId();
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
                variant="tertiary"
                destructive
                isDisabled={gapCount(check) === 0}
                onPress={() =>
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
        <Card role="region" aria-labelledby={groupsTitleId}>
          <CardHeader>
            <Text as="h2" variant="title-small" id={groupsTitleId}>
              By domain and squad
            </Text>
          </CardHeader>
          <CardBody>
            <Flex direction="column" gap="3">
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
            </Flex>
          </CardBody>
        </Card>
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
      {coverage.value && (
        <EntityPathScope>
          <CoverageView coverage={coverage.value} />
        </EntityPathScope>
      )}
    </Content>
  );
}
