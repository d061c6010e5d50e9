import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import {
  Content,
  ContentHeader,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Box,
  Button,
  Chip,
  Grid,
  TextField,
  Typography,
} from '@material-ui/core';
import {
  ALERT_SOURCES,
  ALERT_TYPES,
  ERROR_CODE_CLASSES,
  SEVERITIES,
} from '@readiness/plugin-readiness-common';
import { AlertCatalogField } from '@readiness/plugin-alerts-common';
import {
  DownloadCsvButton,
  FilterOption,
  FilterSearch,
  FilterSelect,
  optionsOf,
  TableEmptyText,
} from '@readiness/plugin-readiness-react';
import { alertsApiRef } from '../../api';
import { AlertsTable, useOwnerFilter } from '../shared';
import {
  catalogRequest,
  CatalogState,
  PAGE_SIZES,
  readCatalogState,
  writeCatalogState,
} from './catalogState';

const YES_NO: FilterOption[] = [
  { value: 'true', label: 'yes' },
  { value: 'false', label: 'no' },
];

/** The options with how many of the matching alerts have each, once the server has said. */
function withCounts(
  options: FilterOption[],
  counts: Record<string, number> | undefined,
): FilterOption[] {
  return counts
    ? options.map(option => ({ ...option, count: counts[option.value] ?? 0 }))
    : options;
}

/** Every alert the organisation expects, filtered, sorted and paged by the backend. */
export function AlertCatalogPage() {
  const api = useApi(alertsApiRef);
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readCatalogState(params), [params]);
  const [text, setText] = useState(state.q);

  const update = (change: Partial<CatalogState>) =>
    setParams(writeCatalogState({ ...state, page: 0, ...change }), {
      replace: true,
    });

  useDebounce(() => text !== state.q && update({ q: text }), 300, [text]);
  useEffect(() => setText(state.q), [state.q]);

  const request = useMemo(() => catalogRequest(state), [state]);
  const facets = useAsync(() => api.getAlertFacets(), [api]);
  const owners = useOwnerFilter(api, facets.value);
  const page = useAsync(() => api.listAlerts(request), [api, request]);
  const [shown, setShown] = useState(page.value);
  useEffect(() => {
    if (page.value) setShown(page.value);
  }, [page.value]);

  const filterOptions: Array<{
    field: AlertCatalogField;
    label: string;
    options: FilterOption[];
    search?: FilterSearch;
  }> = [
    { field: 'severity', label: 'Severity', options: optionsOf(SEVERITIES) },
    { field: 'paging', label: 'Paging', options: YES_NO },
    {
      field: 'type',
      label: 'Positive / negative',
      options: optionsOf(ALERT_TYPES),
    },
    { field: 'source', label: 'Source', options: optionsOf(ALERT_SOURCES) },
    {
      field: 'errorClass',
      label: 'Error-code class',
      options: optionsOf(ERROR_CODE_CLASSES),
    },
    { field: 'hasSop', label: 'Has an SOP', options: YES_NO },
    { field: 'pagerDuty', label: 'PagerDuty route', options: YES_NO },
    {
      field: 'owner',
      label: 'Owner squad',
      options: owners.options,
      search: owners.search,
    },
    {
      field: 'domain',
      label: 'Domain',
      options: (facets.value?.domains ?? []).map(d => ({
        value: d.ref,
        label: d.title,
      })),
    },
    {
      field: 'journey',
      label: 'Journey',
      options: optionsOf(facets.value?.journeys ?? []),
    },
  ];

  const counts = shown?.counts ?? {};
  const filtered = Object.keys(state.filters).length > 0 || state.q !== '';
  const offset = state.page * state.pageSize;
  const total = shown?.total ?? 0;

  return (
    <Content>
      <ContentHeader title="Alert catalog">
        <DownloadCsvButton
          label="Export CSV"
          fileName="alerts.csv"
          csv={() => api.exportAlerts(request)}
          disabled={!shown?.total}
        />
      </ContentHeader>
      <Typography variant="body2" color="textSecondary" paragraph>
        The signals each squad expects: positive alerts fire when a file or
        event did not happen, negative ones when something bad did.
      </Typography>
      <Grid container spacing={2}>
        <Grid item xs={12} md={4}>
          <TextField
            fullWidth
            size="small"
            variant="outlined"
            label="Search alerts"
            placeholder="Title, job, squad or error code"
            value={text}
            onChange={event => setText(event.target.value)}
            inputProps={{ 'aria-label': 'Search alerts' }}
          />
        </Grid>
        {filterOptions.map(({ field, label, options, search }) => (
          <Grid item xs={6} sm={4} md={2} key={field}>
            <FilterSelect
              id={`alert-filter-${field}`}
              label={label}
              options={withCounts(options, counts[field])}
              search={search}
              selected={state.filters[field] ?? []}
              fullWidth
              onChange={selected =>
                update({ filters: { ...state.filters, [field]: selected } })
              }
            />
          </Grid>
        ))}
        <Grid item xs={12}>
          <Box
            display="flex"
            flexWrap="wrap"
            alignItems="center"
            style={{ gap: 8 }}
          >
            <Typography variant="subtitle2" component="span">
              {shown
                ? `${shown.total} of ${facets.value?.total ?? '…'} alerts`
                : 'Loading alerts…'}
            </Typography>
            {SEVERITIES.map(severity => (
              <Chip
                key={severity}
                size="small"
                variant="outlined"
                label={`${severity} ${counts.severity?.[severity] ?? 0}`}
              />
            ))}
            <Chip
              size="small"
              variant="outlined"
              label={`paging ${counts.paging?.true ?? 0}`}
            />
            <Chip
              size="small"
              variant="outlined"
              label={`without SOP ${counts.hasSop?.false ?? 0}`}
            />
            <Chip
              size="small"
              variant="outlined"
              label={`not routed to PagerDuty ${counts.pagerDuty?.false ?? 0}`}
            />
            {filtered && (
              <Button
                size="small"
                onClick={() =>
                  setParams(new URLSearchParams(), { replace: true })
                }
              >
                Clear filters
              </Button>
            )}
          </Box>
        </Grid>
        <Grid item xs={12}>
          {page.error ? (
            <ResponseErrorPanel error={page.error} />
          ) : (
            <AlertsTable
              alerts={shown?.items ?? []}
              isPending={page.loading && shown === undefined}
              isStale={page.loading && shown !== undefined}
              pagination={{
                type: 'page',
                pageSize: state.pageSize,
                pageSizeOptions: PAGE_SIZES,
                offset,
                totalCount: total,
                hasPreviousPage: state.page > 0,
                hasNextPage: offset + state.pageSize < total,
                onPreviousPage: () => update({ page: state.page - 1 }),
                onNextPage: () => update({ page: state.page + 1 }),
                onPageSizeChange: size => update({ pageSize: size }),
              }}
              sort={{
                descriptor: state.sort
                  ? {
                      column: state.sort,
                      direction:
                        state.order === 'desc' ? 'descending' : 'ascending',
                    }
                  : null,
                onSortChange: ({ column, direction }) =>
                  update({
                    sort: String(column),
                    order: direction === 'descending' ? 'desc' : 'asc',
                  }),
              }}
              emptyState={
                <TableEmptyText>No alert matches these filters.</TableEmptyText>
              }
            />
          )}
        </Grid>
      </Grid>
    </Content>
  );
}
