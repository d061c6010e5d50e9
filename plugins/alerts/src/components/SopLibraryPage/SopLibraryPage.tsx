import { useCallback, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { Content, ContentHeader } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Grid, Typography } from '@material-ui/core';
import { PROCEDURE_TYPES } from '@readiness/plugin-readiness-common';
import { ListRequest } from '@readiness/plugin-readiness-api-common';
import {
  FilterSelect,
  ListSearchField,
  useServerTable,
} from '@readiness/plugin-readiness-react';
import { alertsApiRef } from '../../api';
import { ProceduresTable, useOwnerFilter } from '../shared';
import {
  PROCEDURE_TYPE_LABELS,
  procedureRowId,
} from '../shared/ProceduresTable';
import { PROCEDURE_REVIEW_STATES } from '@readiness/plugin-alerts-common';

/**
 * Every procedure, overdue reviews first, filtered by type, owner, service and review status:
 * a page at a time from the backend, which sorts them unless a column is sorted.
 */
export function SopLibraryPage(props: {
  types?: readonly string[];
  title?: string;
}) {
  const { types = PROCEDURE_TYPES, title = 'SOP library' } = props;
  const api = useApi(alertsApiRef);
  const [type, setType] = useState<string[]>([]);
  const [owner, setOwner] = useState<string[]>([]);
  const [review, setReview] = useState<string[]>([]);
  const [q, setQ] = useState('');

  const facets = useAsync(() => api.getAlertFacets(), [api]);
  const owners = useOwnerFilter(api, facets.value);
  const fetchPage = useCallback(
    (request: ListRequest) => api.listProcedures(request),
    [api],
  );
  const { tableProps } = useServerTable(fetchPage, {
    base: {
      filters: {
        type: type.length ? type : [...types],
        owner,
        review,
      },
      q: q.trim() || undefined,
    },
    rowId: procedureRowId,
  });
  const total =
    tableProps.pagination.type === 'page'
      ? tableProps.pagination.totalCount
      : undefined;

  return (
    <Content>
      <ContentHeader title={title} />
      <Typography variant="body2" color="textSecondary" paragraph>
        Overdue reviews first. A procedure is overdue the day after its last
        review plus its review interval (12 months when it does not say).
      </Typography>
      <Grid container spacing={2}>
        <Grid item xs={12} md={3}>
          <ListSearchField
            label="Search procedures"
            placeholder="Title, squad or service"
            value={q}
            onChange={setQ}
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
              onChange={setType}
            />
          </Grid>
        )}
        <Grid item xs={6} md={3}>
          <FilterSelect
            id="procedure-filter-owner"
            fullWidth
            label="Owner squad"
            options={owners.options}
            search={owners.search}
            selected={owner}
            onChange={setOwner}
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
            onChange={setReview}
          />
        </Grid>
        <Grid item xs={12}>
          <ProceduresTable
            title={`${total ?? 0} procedures`}
            tableProps={tableProps}
            emptyText="No procedure matches these filters."
          />
        </Grid>
      </Grid>
    </Content>
  );
}
