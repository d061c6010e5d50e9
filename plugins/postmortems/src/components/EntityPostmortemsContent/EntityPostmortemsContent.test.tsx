import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type { PostmortemsListRequest } from '@readiness/plugin-postmortems-common';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import { actionsRouteRef } from '../../routes';
import { actionItem, analytics, summaryRow, taxonomy } from '../testData';
import {
  EntityPostmortemsContent,
  postmortemFilterFor,
} from './EntityPostmortemsContent';

const squad = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'ach-operations-squad', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

describe('EntityPostmortemsContent', () => {
  jest.setTimeout(30_000);

  it('shows a squad its post-mortems, their figures and its open actions', async () => {
    const api = {
      getTaxonomy: async () => taxonomy,
      getAnalytics: jest.fn(async () => analytics),
      listPostmortems: jest.fn(async () => ({
        items: [summaryRow],
        total: 1,
        offset: 0,
        limit: 10,
      })),
      listActions: jest.fn(async () => ({
        items: [actionItem],
        total: 1,
        offset: 0,
        limit: 10,
      })),
    };
    await renderInTestApp(
      <EntityProvider entity={squad}>
        <EntityPostmortemsContent />
      </EntityProvider>,
      {
        apis: [[postmortemsApiRef, api as any]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    expect(
      await screen.findByText(actionItem.title, undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    // Once in the post-mortems, once as where the open action comes from.
    expect(
      await screen.findAllByText(summaryRow.title, undefined, {
        timeout: 10_000,
      }),
    ).toHaveLength(2);
    expect(screen.getByLabelText('MTTR')).toHaveTextContent('1 h 24 min');
    const squadFilter = {
      filters: { squad: ['group:default/ach-operations-squad'] },
    };
    expect(api.getAnalytics).toHaveBeenCalledWith(squadFilter);
    await waitFor(() =>
      expect(api.listPostmortems).toHaveBeenCalledWith(
        expect.objectContaining({ ...squadFilter, offset: 0, limit: 10 }),
      ),
    );
    // Unsorted, the backend lists overdue first, then by due date.
    expect(api.listActions).toHaveBeenCalledWith({
      ...squadFilter,
      sort: undefined,
      order: undefined,
      offset: 0,
      limit: 10,
    });
  });

  it("pages and sorts a squad's open actions on the server, ten at a time", async () => {
    const api = {
      getTaxonomy: async () => taxonomy,
      getAnalytics: async () => analytics,
      listPostmortems: async () => ({
        items: [],
        total: 0,
        offset: 0,
        limit: 10,
      }),
      listActions: jest.fn(async (request: PostmortemsListRequest) => ({
        items: [{ ...actionItem, id: `${actionItem.id}@${request.offset}` }],
        total: 25,
        offset: request.offset ?? 0,
        limit: request.limit ?? 10,
      })),
    };
    await renderInTestApp(
      <EntityProvider entity={squad}>
        <EntityPostmortemsContent />
      </EntityProvider>,
      {
        apis: [[postmortemsApiRef, api as any]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    expect(
      await screen.findByText('1 - 10 of 25', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('No post-mortems yet.')).toBeInTheDocument();

    // The second table's pages: the first is the post-mortems'.
    const nextPages = screen.getAllByRole('button', {
      name: 'Next table page',
    });
    expect(nextPages).toHaveLength(2);
    await userEvent.click(nextPages[1]);
    const squadActions = {
      filters: { squad: ['group:default/ach-operations-squad'] },
    };
    await waitFor(
      () =>
        expect(api.listActions).toHaveBeenLastCalledWith({
          ...squadActions,
          offset: 10,
          limit: 10,
        }),
      { timeout: 10_000 },
    );
    expect(
      await screen.findByText('11 - 20 of 25', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('columnheader', { name: /^Overdue/ }),
    );
    await waitFor(
      () =>
        expect(api.listActions).toHaveBeenLastCalledWith({
          ...squadActions,
          sort: 'daysOverdue',
          order: 'asc',
          offset: 0,
          limit: 10,
        }),
      { timeout: 10_000 },
    );
  });

  it('says when a squad has no open actions and links to every open action', async () => {
    const none = async () => ({ items: [], total: 0, offset: 0, limit: 10 });
    await renderInTestApp(
      <EntityProvider entity={squad}>
        <EntityPostmortemsContent />
      </EntityProvider>,
      {
        apis: [
          [
            postmortemsApiRef,
            {
              getTaxonomy: async () => taxonomy,
              getAnalytics: async () => analytics,
              listPostmortems: none,
              listActions: none,
            } as any,
          ],
        ],
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name': entityRouteRef,
          '/postmortems/actions': actionsRouteRef,
        },
      },
    );
    const empty = await screen.findByText(/No open actions\./, undefined, {
      timeout: 10_000,
    });
    expect(
      within(empty).getByRole('link', { name: 'Every open action' }),
    ).toHaveAttribute('href', '/postmortems/actions');
  });

  it('filters by service on components and by domain on domains', () => {
    expect(postmortemFilterFor({ ...squad, kind: 'Component' })).toBe(
      'service',
    );
    expect(postmortemFilterFor({ ...squad, kind: 'Domain' })).toBe('domain');
    expect(postmortemFilterFor({ ...squad, kind: 'System' })).toBeUndefined();
  });
});
