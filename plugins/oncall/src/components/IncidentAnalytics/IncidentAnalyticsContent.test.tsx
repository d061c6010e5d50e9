import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { onCallApiRef } from '../../api';
import { freshStatus, mockOnCallApi } from '../../testing/fixtures';
import { IncidentAnalyticsContent } from './IncidentAnalyticsContent';

const squad: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'ach-operations-squad', namespace: 'default' },
  spec: { type: 'team' },
};

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
      { apis: [[onCallApiRef, onCallApi]] },
    );

    const january = (await screen.findByText('2026-01')).closest('tr') as HTMLElement;
    expect(within(january).getAllByRole('cell').map(c => c.textContent)).toEqual([
      '2026-01',
      '4',
      '4 min',
      '1 h 30 min',
    ]);
    const february = screen.getByText('2026-02').closest('tr') as HTMLElement;
    expect(within(february).getAllByRole('cell').map(c => c.textContent)).toEqual([
      '2026-02',
      '0',
      '—',
      '—',
    ]);
    // Newest month first in the table.
    const months = screen.getAllByText(/^2026-0\d$/).map(e => e.textContent);
    expect(months.indexOf('2026-03')).toBeLessThan(months.indexOf('2026-01'));

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
      { apis: [[onCallApiRef, onCallApi]] },
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
