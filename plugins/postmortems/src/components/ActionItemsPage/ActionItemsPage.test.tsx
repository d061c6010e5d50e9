import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type {
  ActionItem,
  PostmortemsListRequest,
} from '@readiness/plugin-postmortems-common';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import { actionItem, facets } from '../testData';
import { ActionItemsPage } from './ActionItemsPage';

/** An answer of `GET /actions` with `total` actions, a page of which holds `action`. */
const pagesOf =
  (total: number, action: ActionItem = actionItem) =>
  async (request: PostmortemsListRequest) => ({
    items: [{ ...action, id: `${action.id}@${request.offset}` }],
    total,
    offset: request.offset ?? 0,
    limit: request.limit ?? 20,
  });

const renderPage = (
  api: Record<string, jest.Mock>,
  address = '/postmortems/actions',
) =>
  renderInTestApp(<ActionItemsPage />, {
    apis: [[postmortemsApiRef, { getFacets: async () => facets, ...api }]],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    initialRouteEntries: [address],
  });

describe('ActionItemsPage', () => {
  jest.setTimeout(30_000);
  afterEach(() => jest.restoreAllMocks());

  it('lists open actions overdue first, as the server orders them, with filters from the address', async () => {
    const listActions = jest.fn(
      pagesOf(1, {
        ...actionItem,
        ticket: 'https://jira.example.com/browse/SRE-42',
        owner: 'user:default/ada.engineer',
      }),
    );
    await renderPage(
      { listActions },
      '/postmortems/actions?category=monitoring&overdue=true&q=sftp',
    );
    const action = await screen.findByRole(
      'link',
      { name: new RegExp(`^${actionItem.title}, Opens in a new window`) },
      { timeout: 10_000 },
    );
    expect(action).toHaveAttribute(
      'href',
      'https://jira.example.com/browse/SRE-42',
    );
    const row = screen.getByRole('row', { name: new RegExp(actionItem.title) });
    expect(within(row).getByText('Post-mortem:')).toBeInTheDocument();
    expect(
      within(row).getByRole('link', { name: actionItem.source.title }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/postmortem/2026-03-14-ach-0600-file-late',
    );
    // A person owning the action shows under the squad it stands for.
    expect(
      within(row).getByRole('link', { name: /platform-sre-squad/ }),
    ).toHaveAttribute('href', '/catalog/default/group/platform-sre-squad');
    expect(
      within(row).getByRole('link', { name: /ada.engineer/ }),
    ).toHaveAttribute('href', '/catalog/default/user/ada.engineer');
    expect(within(row).getByText('monitoring')).toBeInTheDocument();
    expect(within(row).getByText('short-term')).toBeInTheDocument();
    expect(within(row).getByText('open')).toBeInTheDocument();
    expect(within(row).getByText('2026-04-01')).toBeInTheDocument();
    expect(within(row).getByText('234 days')).toBeInTheDocument();
    // Unsorted, the backend lists overdue first, then by due date.
    expect(listActions).toHaveBeenCalledTimes(1);
    expect(listActions).toHaveBeenLastCalledWith({
      filters: { category: ['monitoring'], overdue: ['true'] },
      q: 'sftp',
      sort: undefined,
      order: undefined,
      offset: 0,
      limit: 20,
    });
  });

  it('pages and sorts on the server, and exports what is on screen', async () => {
    const listActions = jest.fn(pagesOf(45));
    const exportCsv = jest.fn(async () => 'Action\r\n');
    URL.createObjectURL = jest.fn(() => 'blob:csv');
    URL.revokeObjectURL = jest.fn();
    jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    await renderPage(
      { listActions, exportCsv },
      '/postmortems/actions?status=open',
    );
    expect(
      await screen.findByText('1 - 20 of 45', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Next table page' }),
    );
    await waitFor(
      () =>
        expect(listActions).toHaveBeenLastCalledWith({
          filters: { status: ['open'] },
          offset: 20,
          limit: 20,
        }),
      { timeout: 10_000 },
    );
    expect(
      await screen.findByText('21 - 40 of 45', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();

    // A header sorts by its column's backend sort, from the first page.
    await userEvent.click(screen.getByRole('columnheader', { name: /^Due/ }));
    const sortedByDue = {
      filters: { status: ['open'] },
      sort: 'due',
      order: 'asc',
      offset: 0,
      limit: 20,
    };
    await waitFor(
      () => expect(listActions).toHaveBeenLastCalledWith(sortedByDue),
      { timeout: 10_000 },
    );
    await userEvent.click(
      screen.getByRole('columnheader', { name: /^Owner squad/ }),
    );
    await waitFor(
      () =>
        expect(listActions).toHaveBeenLastCalledWith(
          expect.objectContaining({ sort: 'squad', order: 'asc', offset: 0 }),
        ),
      { timeout: 10_000 },
    );

    await userEvent.click(
      screen.getByRole('button', { name: 'Download open-actions.csv' }),
    );
    await waitFor(() =>
      expect(exportCsv).toHaveBeenCalledWith('actions', {
        ...sortedByDue,
        sort: 'squad',
      }),
    );
  });
});
