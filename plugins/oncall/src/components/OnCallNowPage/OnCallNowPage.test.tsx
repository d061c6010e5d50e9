import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { onCallApiRef } from '../../api';
import {
  achSquadOnCall,
  gatewayOnCall,
  mockOnCallApi,
  sandboxStatus,
} from '../../testing/fixtures';
import { OnCallNowPage } from './OnCallNowPage';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

describe('OnCallNowPage', () => {
  jest.setTimeout(30_000);

  it('lists who is on call per level and the next handover, in sections by domain in the order sent', async () => {
    const onCallApi = mockOnCallApi({
      getOnCallNow: jest.fn().mockResolvedValue({
        status: sandboxStatus,
        items: [
          gatewayOnCall(),
          achSquadOnCall(),
          {
            ...gatewayOnCall(),
            entityRef: 'component:default/unknown',
            title: 'unknown',
            domainRef: undefined,
            domainTitle: undefined,
            escalationPolicy: { id: 'PEP9', name: 'Orphans' },
          },
        ],
        total: 3,
      }),
    });
    const catalogApi = catalogApiMock.mock();
    await renderInTestApp(<OnCallNowPage />, {
      apis: [[onCallApiRef, onCallApi], catalogApi],
      mountedRoutes,
    });

    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map(h => h.textContent)).toEqual([
      'Payments',
      'Transfers',
      'Domain unknown',
    ]);
    expect(within(headings[1]).getByRole('link', { name: 'Transfers' })).toHaveAttribute(
      'href',
      '/catalog/default/domain/transfers',
    );
    // The backend placed every group: the page reads nothing from the catalog.
    expect(catalogApi.getEntities).not.toHaveBeenCalled();
    expect(catalogApi.getEntitiesByRefs).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(
      /from the local PagerDuty sandbox/,
    );

    const transfers = headings[1].parentElement as HTMLElement;
    const squadRow = within(transfers)
      .getByRole('link', { name: 'ACH Operations Squad' })
      .closest('tr') as HTMLElement;
    expect(within(squadRow).getByRole('link', { name: 'ACH Operations Squad' })).toHaveAttribute(
      'href',
      '/catalog/default/group/ach-operations-squad',
    );
    expect(squadRow).toHaveTextContent('squad');
    expect(within(squadRow).getByText('ACH Operations').closest('a')).toHaveAttribute(
      'href',
      'https://meridianpay.pagerduty.com/escalation_policies/PEP1',
    );
    const cells = squadRow.querySelectorAll('td, th');
    // Level 1: the pair on call now, the primary linked to the catalog, and the next handover.
    expect(within(cells[2] as HTMLElement).getByRole('link', { name: 'Ada Engineer' })).toHaveAttribute(
      'href',
      '/catalog/default/user/ada.engineer',
    );
    expect(cells[2]).toHaveTextContent('Contractor Carl');
    expect(within(cells[2] as HTMLElement).getByText('Contractor Carl')).toHaveAttribute(
      'title',
      'carl@example.com is not in the catalog',
    );
    expect(cells[2]).toHaveTextContent(/until .*\(in 3 h\)/);
    expect(cells[2]).toHaveTextContent(/Next: Sam Lead from .*\(in 3 h\)/);
    // Level 2: the secondary.
    expect(cells[3]).toHaveTextContent('Sam Lead');
    expect(within(transfers).getAllByRole('columnheader').map(c => c.textContent)).toEqual([
      'Squad or service',
      'Escalation policy',
      'Level 1 · primary',
      'Level 2 · secondary',
    ]);
    const payments = headings[0].parentElement as HTMLElement;
    expect(within(payments).getAllByRole('columnheader')).toHaveLength(4);
    expect(within(payments).getByText('service')).toBeInTheDocument();
  });

  it('searches by person, squad or service through the backend', async () => {
    const onCallApi = mockOnCallApi({
      getOnCallNow: jest
        .fn()
        .mockResolvedValueOnce({ status: sandboxStatus, items: [achSquadOnCall(), gatewayOnCall()], total: 2 })
        .mockResolvedValue({ status: sandboxStatus, items: [], total: 0 }),
    });
    await renderInTestApp(<OnCallNowPage />, {
      apis: [[onCallApiRef, onCallApi], catalogApiMock()],
      mountedRoutes,
    });
    expect(await screen.findByText('Priya Payments')).toBeInTheDocument();

    await userEvent.type(
      screen.getByRole('searchbox', { name: /search on-call/i }),
      'nobody',
    );
    await waitFor(() =>
      expect(onCallApi.getOnCallNow).toHaveBeenLastCalledWith({
        q: 'nobody',
        offset: 0,
        limit: 20,
      }),
    );
    expect(
      await screen.findByText('Nobody and nothing on call matches "nobody"'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Priya Payments')).not.toBeInTheDocument();
  });

  it('asks the backend for one page at a time and moves between pages', async () => {
    const onCallApi = mockOnCallApi({
      getOnCallNow: jest.fn().mockResolvedValue({
        status: sandboxStatus,
        items: [achSquadOnCall()],
        total: 45,
      }),
    });
    await renderInTestApp(<OnCallNowPage />, {
      apis: [[onCallApiRef, onCallApi], catalogApiMock()],
      mountedRoutes,
    });
    expect(await screen.findByText('1–20 of 45 squads and services')).toBeInTheDocument();
    expect(onCallApi.getOnCallNow).toHaveBeenLastCalledWith({
      q: undefined,
      offset: 0,
      limit: 20,
    });
    await userEvent.click(screen.getByRole('button', { name: /next/i }));
    expect(await screen.findByText('21–40 of 45 squads and services')).toBeInTheDocument();
    expect(onCallApi.getOnCallNow).toHaveBeenLastCalledWith({
      q: undefined,
      offset: 20,
      limit: 20,
    });
    await userEvent.click(screen.getByRole('button', { name: /next/i }));
    expect(await screen.findByText('41–45 of 45 squads and services')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /next/i })).toBeDisabled();
  });

  it('explains a failing backend', async () => {
    const onCallApi = mockOnCallApi({
      getOnCallNow: jest.fn().mockRejectedValue(new Error('On-call backend unavailable')),
    });
    await renderInTestApp(<OnCallNowPage />, {
      apis: [[onCallApiRef, onCallApi], catalogApiMock()],
      mountedRoutes,
    });
    expect(
      await screen.findByText('Error: On-call backend unavailable'),
    ).toBeInTheDocument();
  });
});
