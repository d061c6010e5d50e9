import { useCallback, useMemo } from 'react';
import { Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi, useRouteRef } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Grid, Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { Table } from '@backstage/ui';
import type { PostmortemsListRequest } from '@readiness/plugin-postmortems-common';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import {
  actionsRouteRef,
  analyticsRouteRef,
  libraryRouteRef,
} from '../../routes';
import { actionColumns, actionRowId } from '../ActionItemsPage';
import { Headlines } from '../AnalyticsPage/Headlines';
import { postmortemColumns, postmortemRowId } from '../LibraryPage';
import {
  TableCard,
  TableEmptyText,
  useServerTable,
} from '@readiness/plugin-readiness-react';
import { ENTITY_LIST_PAGE_SIZE } from '../shared/tableOptions';

/** Which library filter an entity's page shows the post-mortems of. */
export function postmortemFilterFor(
  entity: Entity,
): 'service' | 'squad' | 'domain' | undefined {
  switch (entity.kind.toLocaleLowerCase('en-US')) {
    case 'component':
      return 'service';
    case 'group':
      return 'squad';
    case 'domain':
      return 'domain';
    default:
      return undefined;
  }
}

const NEWEST_FIRST = { sort: 'startedAt', order: 'desc' } as const;

/** The post-mortems of a service, squad or domain, their figures and (for squads) open actions. */
export function EntityPostmortemsContent() {
  const { entity } = useEntity();
  const api = useApi(postmortemsApiRef);
  const libraryLink = useRouteRef(libraryRouteRef);
  const analyticsLink = useRouteRef(analyticsRouteRef);
  const actionsLink = useRouteRef(actionsRouteRef);
  const field = postmortemFilterFor(entity)!;
  const ref = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  const request: PostmortemsListRequest = useMemo(
    () => ({ filters: { [field]: [ref] } }),
    [field, ref],
  );

  const analytics = useAsync(() => api.getAnalytics(request), [api, request]);
  const fetchPostmortems = useCallback(
    (page: PostmortemsListRequest) => api.listPostmortems(page),
    [api],
  );
  const postmortems = useServerTable(fetchPostmortems, {
    base: request,
    rowId: postmortemRowId,
    defaultSort: NEWEST_FIRST,
    pageSize: ENTITY_LIST_PAGE_SIZE,
  });
  const fetchActions = useCallback(
    (page: PostmortemsListRequest) => api.listActions(page),
    [api],
  );
  // Unsorted, the backend lists overdue first, then by due date.
  const actions = useServerTable(fetchActions, {
    base: { filters: { squad: [ref] } },
    rowId: actionRowId,
    pageSize: ENTITY_LIST_PAGE_SIZE,
  });
  const query = `?${new URLSearchParams({ [field]: ref })}`;

  if (analytics.error) {
    return <ResponseErrorPanel error={analytics.error} />;
  }
  if (!analytics.value) {
    return <Progress />;
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Typography variant="body2">
          Post-mortems {field === 'service' ? 'naming this service' : ''}
          {field === 'squad' ? 'owned by this squad' : ''}
          {field === 'domain' ? 'of services in this domain' : ''}.{' '}
          {libraryLink && (
            <Link to={`${libraryLink()}${query}`}>Open in the library</Link>
          )}
          {analyticsLink && (
            <>
              {' · '}
              <Link to={`${analyticsLink()}${query}`}>Analytics</Link>
            </>
          )}
        </Typography>
      </Grid>
      <Grid item xs={12}>
        <Headlines analytics={analytics.value} />
      </Grid>
      <Grid item xs={12}>
        <TableCard title="Post-mortems">
          <Table
            columnConfig={postmortemColumns}
            {...postmortems.tableProps}
            emptyState={<TableEmptyText>No post-mortems yet.</TableEmptyText>}
          />
        </TableCard>
      </Grid>
      {field === 'squad' && (
        <Grid item xs={12}>
          <TableCard
            title="Open actions owned by this squad"
            subtitle="From post-mortems and exercises, overdue first"
          >
            <Table
              columnConfig={actionColumns}
              {...actions.tableProps}
              emptyState={
                <TableEmptyText>
                  No open actions.{' '}
                  {actionsLink && (
                    <Link to={actionsLink()}>Every open action</Link>
                  )}
                </TableEmptyText>
              }
            />
          </TableCard>
        </Grid>
      )}
    </Grid>
  );
}
