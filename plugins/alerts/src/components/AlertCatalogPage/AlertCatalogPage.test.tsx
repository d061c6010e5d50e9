import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { alertsApiRef } from '../../api';
import {
  alertSummary,
  mockAlertsApi,
  mountedRoutes,
} from '../../testing/fixtures';
import { AlertCatalogPage } from './AlertCatalogPage';
import type { ListRequest } from '@readiness/plugin-readiness-api-common';

const NO_FACETS = {
  owners: [],
  ownerTotal: 0,
  domains: [],
  journeys: [],
  total: 148,
};

describe('AlertCatalogPage', () => {
  jest.setTimeout(30_000);

  it('asks the backend for the filters in the URL, and for typed searches', async () => {
    const api = mockAlertsApi({
      getAlertFacets: jest.fn(async () => NO_FACETS),
      listAlerts: jest.fn(async () => ({
        items: [alertSummary],
        total: 1,
        offset: 0,
        limit: 20,
        counts: {
          severity: { critical: 1 },
          paging: { true: 1 },
          hasSop: { true: 1 },
          pagerDuty: { true: 1 },
        },
      })),
    });
    await renderInTestApp(<AlertCatalogPage />, {
      apis: [[alertsApiRef, api]],
      mountedRoutes,
      initialRouteEntries: ['/?severity=critical&paging=true'],
    });
    expect(
      await screen.findByText(alertSummary.title, undefined, {
        timeout: 15_000,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('1 of 148 alerts')).toBeInTheDocument();
    expect(api.listAlerts).toHaveBeenCalledWith(
      expect.objectContaining({
        filters: { severity: ['critical'], paging: ['true'] },
        offset: 0,
        limit: 20,
      }),
    );

    await userEvent.type(screen.getByLabelText('Search alerts'), 'ACH');
    await waitFor(() =>
      expect(api.listAlerts).toHaveBeenLastCalledWith(
        expect.objectContaining({
          q: 'ACH',
          filters: { severity: ['critical'], paging: ['true'] },
        }),
      ),
    );
  });

  it('pages and sorts on the backend from the table, keeping both in the URL', async () => {
    const api = mockAlertsApi({
      getAlertFacets: jest.fn(async () => NO_FACETS),
      listAlerts: jest.fn(async (request: ListRequest) => ({
        items: [alertSummary],
        total: 45,
        offset: request.offset ?? 0,
        limit: request.limit ?? 20,
        counts: {},
      })),
    });
    await renderInTestApp(<AlertCatalogPage />, {
      apis: [[alertsApiRef, api]],
      mountedRoutes,
    });
    expect(
      await screen.findByText('1 - 20 of 45', undefined, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('rowheader', { name: alertSummary.title }),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Next table page' }),
    );
    await waitFor(
      () =>
        expect(api.listAlerts).toHaveBeenLastCalledWith(
          expect.objectContaining({ offset: 20, limit: 20 }),
        ),
      { timeout: 10_000 },
    );
    expect(
      await screen.findByText('21 - 40 of 45', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();

    // Sorting starts again from the first page.
    await userEvent.click(
      screen.getByRole('columnheader', { name: /Severity/ }),
    );
    await waitFor(
      () =>
        expect(api.listAlerts).toHaveBeenLastCalledWith(
          expect.objectContaining({
            sort: 'severity',
            order: 'asc',
            offset: 0,
          }),
        ),
      { timeout: 10_000 },
    );
    // The SOP column has no backend sort, so its header sorts nothing.
    const calls = api.listAlerts.mock.calls.length;
    await userEvent.click(screen.getByRole('columnheader', { name: 'SOP' }));
    expect(api.listAlerts).toHaveBeenCalledTimes(calls);
  });

  it('offers the owners with the most alerts and searches the server for the others', async () => {
    const searchAlertOwners = jest.fn(async () => ({
      owners: [{ ref: 'group:default/fx-squad', title: 'FX Squad' }],
      total: 1,
    }));
    const api = mockAlertsApi({
      getAlertFacets: jest.fn(async () => ({
        ...NO_FACETS,
        owners: [alertSummary.owner],
        ownerTotal: 120,
      })),
      listAlerts: jest.fn(async () => ({
        items: [alertSummary],
        total: 1,
        offset: 0,
        limit: 20,
        counts: {},
      })),
      searchAlertOwners,
    });
    await renderInTestApp(<AlertCatalogPage />, {
      apis: [[alertsApiRef, api]],
      mountedRoutes,
    });
    await screen.findByText(alertSummary.title, undefined, { timeout: 15_000 });
    fireEvent.mouseDown(screen.getByRole('button', { name: /^Owner squad/ }));
    const box = await screen.findByRole('textbox', {
      name: 'Search Owner squad',
    });
    expect(box).toHaveAttribute('placeholder', 'Search all 120 values');
    fireEvent.change(box, { target: { value: 'fx' } });
    expect(
      await within(screen.getByRole('listbox')).findByText('FX Squad'),
    ).toBeInTheDocument();
    expect(searchAlertOwners).toHaveBeenCalledWith('fx');
  });
});
