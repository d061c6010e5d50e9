import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import {
  Content,
  ContentHeader,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Box, Grid, TextField, Typography } from '@material-ui/core';
import { PROCEDURE_TYPES } from '@readiness/plugin-readiness-common';
import { ListRequest } from '@readiness/plugin-readiness-api-common';
import { FilterSelect } from '@readiness/plugin-readiness-react';
import { alertsApiRef } from '../../api';
import { ProceduresTable } from '../shared';
import {
  procedureColumns,
  PROCEDURE_TYPE_LABELS,
} from '../shared/ProceduresTable';
import { PROCEDURE_REVIEW_STATES } from '@readiness/plugin-alerts-common';

const PAGE_SIZE = 20;

/** Every procedure, overdue reviews first, filtered by type, owner, service and review status. */
export function SopLibraryPage(props: {
  types?: readonly string[];
  title?: string;
}) {
  const { types = PROCEDURE_TYPES, title = 'SOP library' } = props;
  const api = useApi(alertsApiRef);
  const [type, setType] = useState<string[]>([]);
  const [owner, setOwner] = useState<string[]>([]);
  const [review, setReview] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const [sort, setSort] = useState<{ key?: string; order: 'asc' | 'desc' }>({
    order: 'asc',
  });
  useDebounce(() => setQ(text), 300, [text]);

  const facets = useAsync(() => api.getAlertFacets(), [api]);
  const request: ListRequest = useMemo(
    () => ({
      filters: {
        type: type.length ? type : [...types],
        owner,
        review,
      },
      q: q.trim() || undefined,
      sort: sort.key,
      order: sort.key ? sort.order : undefined,
      offset: page * PAGE_SIZE,
      limit: PAGE_SIZE,
    }),
    [type, types, owner, review, q, sort, page],
  );
  const procedures = useAsync(
    () => api.listProcedures(request),
    [api, request],
  );
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setPage(0);
      set(value);
    };
  const columns = procedureColumns.map(column => ({
    ...column,
    sorting: Boolean(column.sortKey),
    customSort: () => 0,
  }));

  return (
    <Content>
      <ContentHeader title={title} />
      <Typography variant="body2" color="textSecondary" paragraph>
        Overdue reviews first. A procedure is overdue the day after its last
        review plus its review interval (12 months when it does not say).
      </Typography>
      <Grid container spacing={2}>
        <Grid item xs={12} md={3}>
          <TextField
            fullWidth
            size="small"
            variant="outlined"
            label="Search procedures"
            placeholder="Title, squad or service"
            value={text}
            onChange={event => filter(setText)(event.target.value)}
          />
        </Grid>
        {types.length > 1 && (
          <Grid item xs={6} md={3}>
            <FilterSelect
              id="procedure-filter-type"
              fullWidth
              label="Type"
              options={types.map(value => ({
                value,
                label: PROCEDURE_TYPE_LABELS[value] ?? value,
              }))}
              selected={type}
              onChange={filter(setType)}
            />
          </Grid>
        )}
        <Grid item xs={6} md={3}>
          <FilterSelect
            id="procedure-filter-owner"
            fullWidth
            label="Owner squad"
            options={(facets.value?.owners ?? []).map(o => ({
              value: o.ref,
              label: o.title,
            }))}
            selected={owner}
            onChange={filter(setOwner)}
          />
        </Grid>
        <Grid item xs={6} md={3}>
          <FilterSelect
            id="procedure-filter-review"
            fullWidth
            label="Review"
            options={PROCEDURE_REVIEW_STATES.map(value => ({
              value,
              label: value.replace('-', ' '),
            }))}
            selected={review}
            onChange={filter(setReview)}
          />
        </Grid>
        <Grid item xs={12}>
          {procedures.error ? (
            <ResponseErrorPanel error={procedures.error} />
          ) : (
            <ProceduresTable
              title={`${procedures.value?.total ?? 0} procedures`}
              procedures={procedures.value?.items ?? []}
              columns={columns}
              isLoading={procedures.loading}
              page={page}
              totalCount={procedures.value?.total ?? 0}
              onPageChange={setPage}
              onOrderChange={(index: number, order: 'asc' | 'desc') => {
                setPage(0);
                setSort({
                  key:
                    index >= 0 ? procedureColumns[index]?.sortKey : undefined,
                  order,
                });
              }}
              options={{
                paging: true,
                pageSize: PAGE_SIZE,
                pageSizeOptions: [PAGE_SIZE],
                emptyRowsWhenPaging: false,
                sorting: true,
              }}
              emptyContent={
                <Box p={2}>
                  <Typography>No procedure matches these filters.</Typography>
                </Box>
              }
            />
          )}
        </Grid>
      </Grid>
    </Content>
  );
}
