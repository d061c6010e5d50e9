import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { alertsApiRef } from '../../api';
import {
  alertSummary,
  mockAlertsApi,
  mountedRoutes,
} from '../../testing/fixtures';
import { AlertCatalogPage } from './AlertCatalogPage';

describe('AlertCatalogPage', () => {
  jest.setTimeout(30_000);

  it('asks the backend for the filters in the URL, and for typed searches', async () => {
    const api = mockAlertsApi({
      getAlertFacets: jest.fn(async () => ({
        owners: [],
        domains: [],
        journeys: [],
        total: 148,
      })),
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
});
