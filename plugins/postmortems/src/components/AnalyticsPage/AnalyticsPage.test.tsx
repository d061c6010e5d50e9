import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import type { ReliabilityRequest } from '@readiness/plugin-postmortems-common';
import { analytics, facets, reliability, taxonomy } from '../testData';
import { AnalyticsPage } from './AnalyticsPage';
import { DEFINITIONS } from './definitions';

/** The figures of a row of a chart's table, after the month or quarter that names it. */
const figuresOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('gridcell')
    .map(cell => cell.textContent);

describe('AnalyticsPage', () => {
  jest.setTimeout(30_000);

  it('shows each figure with its definition, and the numbers of each chart as a table', async () => {
    const getAnalytics = jest.fn(async () => analytics);
    const listReliability = jest.fn(async (request: ReliabilityRequest) => {
      const { offset = 0, limit = 50 } = request;
      const items = reliability[request.by];
      return {
        items: items.slice(offset, offset + limit),
        total: items.length,
        offset,
        limit,
      };
    });
    await renderInTestApp(<AnalyticsPage />, {
      apis: [
        [
          postmortemsApiRef,
          {
            getAnalytics,
            listReliability,
            getFacets: async () => facets,
            getTaxonomy: async () => taxonomy,
          } as any,
        ],
      ],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      initialRouteEntries: [
        '/postmortems/analytics?domain=domain:default/transfers',
      ],
    });
    expect(await screen.findByText('9 days')).toBeInTheDocument();
    // Root causes by their titles in the taxonomy.
    expect(await screen.findByText('Third-party outage')).toBeInTheDocument();
    expect(screen.getAllByText('Dependency').length).toBeGreaterThan(0);
    expect(
      screen.getByLabelText('Published within three days'),
    ).toHaveTextContent('75%');
    expect(screen.getByLabelText('MTTD')).toHaveTextContent('5 min');
    expect(screen.getByLabelText('MTTR')).toHaveTextContent('1 h 24 min');
    expect(screen.getByLabelText('MTBF')).toHaveTextContent('12.3 days');
    for (const definition of [
      DEFINITIONS.sinceLastCustomerImpact,
      DEFINITIONS.publication,
      DEFINITIONS.incidentsPerMonth,
      DEFINITIONS.taxonomy,
      DEFINITIONS.mttd,
      DEFINITIONS.mttr,
      DEFINITIONS.majorIncidentsPerQuarter,
    ]) {
      expect(
        screen.getAllByText(definition, { exact: false }).length,
      ).toBeGreaterThan(0);
    }
    const selection = {
      filters: { domain: ['domain:default/transfers'] },
      q: undefined,
      from: undefined,
      to: undefined,
    };
    await waitFor(() =>
      expect(getAnalytics).toHaveBeenLastCalledWith(selection),
    );

    // The reliability figures come a page at a time: the chart's busiest twelve, the table's ten.
    expect(
      await screen.findByRole('row', { name: /ach-operations-squad/ }),
    ).toBeInTheDocument();
    expect(listReliability).toHaveBeenCalledWith({
      ...selection,
      by: 'squad',
      limit: 12,
    });
    expect(listReliability).toHaveBeenCalledWith(
      expect.objectContaining({
        filters: selection.filters,
        by: 'squad',
        offset: 0,
        limit: 10,
      }),
    );

    // Sorting the table asks the server for the sort.
    await userEvent.click(screen.getByRole('columnheader', { name: /MTTR/ }));
    await waitFor(() =>
      expect(listReliability).toHaveBeenLastCalledWith(
        expect.objectContaining({ by: 'squad', sort: 'mttrMinutes' }),
      ),
    );

    // Another dimension of the reliability figures is asked of the server.
    await userEvent.click(screen.getByRole('tab', { name: 'By journey' }));
    expect(
      await screen.findByRole('row', { name: /ach-payments/ }),
    ).toBeInTheDocument();
    expect(listReliability).toHaveBeenCalledWith(
      expect.objectContaining({ by: 'journey', offset: 0, limit: 10 }),
    );

    // The chart of incidents per month, as a table: a month's row, named by the month.
    await userEvent.click(screen.getAllByRole('tab', { name: 'Table' })[0]);
    expect(
      figuresOf(await screen.findByRole('row', { name: '2026-03' })),
    ).toEqual(['1', '1', '0', '0', '2']);
    expect(
      screen.getAllByRole('button', { name: /Download .*\.csv/ }).length,
    ).toBeGreaterThanOrEqual(4);

    // Major incidents per quarter, as a table (the third chart).
    await userEvent.click(screen.getAllByRole('tab', { name: 'Table' })[2]);
    expect(
      figuresOf(await screen.findByRole('row', { name: '2026-Q1' })),
    ).toEqual(['1', '1']);
  });
});
