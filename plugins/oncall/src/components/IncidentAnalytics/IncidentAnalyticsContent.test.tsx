import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { EntityProvider, entityRouteRef } from '@backstage/plugin-catalog-react';
import { onCallApiRef } from '../../api';
import { freshStatus, mockOnCallApi } from '../../testing/fixtures';
import { IncidentAnalyticsContent } from './IncidentAnalyticsContent';

const squad: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'ach-operations-squad', namespace: 'default' },
  spec: { type: 'team' },
};

/** The cells of a month's row in the table of months, the month first. */
async function monthCells(month: string) {
  const row = within(
    (await screen.findByRole('rowheader', { name: month })).closest('tr')!,
  );
  return [row.getByRole('rowheader'), ...row.getAllByRole('gridcell')].map(
    cell => cell.textContent,
  );
}

describe('IncidentAnalyticsContent', () => {
  jest.setTimeout(30_000);

  it('shows incidents per month with MTTA and MTTR, and the totals', async () => {
    const onCallApi = mockOnCallApi({
      getIncidentAnalytics: jest.fn().mockResolvedValue({
        status: freshStatus,
        months: [
          { month: '2026-01', count: 4, mttaSeconds: 240, mttrSeconds: 5400 },
          { month: '2026-02', count: 0 },
          { month: '2026-03', count: 2, mttaSeconds: 90, mttrSeconds: 1800 },
        ],
        totals: { count: 6, mttaSeconds: 190, mttrSeconds: 4200 },
      }),
    });
    await renderInTestApp(
      <EntityProvider entity={squad}>
        <IncidentAnalyticsContent />
      </EntityProvider>,
      {
        apis: [[onCallApiRef, onCallApi]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    expect(await monthCells('2026-01')).toEqual([
      '2026-01',
      '4',
      '4 min',
      '1 h 30 min',
    ]);
    expect(await monthCells('2026-02')).toEqual(['2026-02', '0', '—', '—']);
    // Newest month first in the table.
    expect(
      screen.getAllByRole('rowheader').map(month => month.textContent),
    ).toEqual(['2026-03', '2026-02', '2026-01']);

    expect(screen.getByText('Last 3 months')).toBeInTheDocument();
    expect(screen.getByText('6')).toBeInTheDocument();
    expect(screen.getByText('3 min')).toBeInTheDocument();
    expect(screen.getByText('1 h 10 min')).toBeInTheDocument();
    expect(screen.getByText('Incidents per month')).toBeInTheDocument();
    expect(onCallApi.getIncidentAnalytics).toHaveBeenCalledWith({
      entityRef: 'group:default/ach-operations-squad',
      months: 12,
    });
  });

  it('asks for another period', async () => {
    const onCallApi = mockOnCallApi();
    await renderInTestApp(
      <EntityProvider entity={squad}>
        <IncidentAnalyticsContent />
      </EntityProvider>,
      {
        apis: [[onCallApiRef, onCallApi]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Period' }));
    await userEvent.click(screen.getByRole('option', { name: 'Last 18 months' }));
    await waitFor(() =>
      expect(onCallApi.getIncidentAnalytics).toHaveBeenLastCalledWith({
        entityRef: 'group:default/ach-operations-squad',
        months: 18,
      }),
    );
  });
});
