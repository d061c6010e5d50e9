import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import { facets, summaryRow, taxonomy } from '../testData';
import { LibraryPage } from './LibraryPage';

describe('LibraryPage', () => {
  jest.setTimeout(30_000);

  it('lists post-mortems from the server with impact, duration and timeliness, filtered as the address says', async () => {
    const listPostmortems = jest.fn(async () => ({
      items: [summaryRow],
      total: 1,
      offset: 0,
      limit: 20,
    }));
    await renderInTestApp(<LibraryPage />, {
      apis: [
        [
          postmortemsApiRef,
          {
            listPostmortems,
            getFacets: async () => facets,
            getTaxonomy: async () => taxonomy,
          } as any,
        ],
      ],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      initialRouteEntries: [
        '/postmortems/library?squad=group:default/ach-operations-squad&severity=high&doraReports=overdue&period=12m&q=ach',
      ],
    });
    expect(await screen.findByText(summaryRow.title)).toBeInTheDocument();
    expect(await screen.findByText('Third-party outage')).toBeInTheDocument();
    expect(screen.getByText('10-25% of users')).toBeInTheDocument();
    expect(screen.getByText('lasted 1 h 24 min')).toBeInTheDocument();
    expect(screen.getByText('Within 3 days (2 d)')).toBeInTheDocument();
    expect(screen.getByText('1 (1 overdue)')).toBeInTheDocument();
    expect(
      screen.getByText('DORA major, a report overdue'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Start a post-mortem' }),
    ).toHaveAttribute('href', '/create/templates/default/start-postmortem');
    await waitFor(() =>
      expect(listPostmortems).toHaveBeenLastCalledWith({
        filters: {
          severity: ['high'],
          squad: ['group:default/ach-operations-squad'],
          doraReports: ['overdue'],
        },
        q: 'ach',
        from: '2025-11-21',
        to: '2026-11-21',
        sort: 'startedAt',
        order: 'desc',
        offset: 0,
        limit: 20,
      }),
    );

    // A column header sorts on the server, within the same filters.
    fireEvent.click(screen.getByRole('columnheader', { name: /Severity/ }));
    await waitFor(
      () =>
        expect(listPostmortems).toHaveBeenLastCalledWith(
          expect.objectContaining({
            q: 'ach',
            sort: 'severity',
            order: 'asc',
            offset: 0,
          }),
        ),
      { timeout: 10_000 },
    );

    // The search box shows the address's search, and a new one asks again from the first page.
    const search = screen.getByRole('searchbox', {
      name: 'Search post-mortems',
    });
    expect(search).toHaveValue('ach');
    fireEvent.change(search, { target: { value: 'sftp' } });
    await waitFor(
      () =>
        expect(listPostmortems).toHaveBeenLastCalledWith(
          expect.objectContaining({ q: 'sftp', offset: 0 }),
        ),
      { timeout: 10_000 },
    );
  });

  it("offers a filter's most common values and searches the server for the others", async () => {
    const searchFacet = jest.fn(async () => ({
      field: 'service',
      values: [
        { value: 'component:default/fx-rates', title: 'FX Rates', count: 4 },
      ],
      total: 1,
    }));
    await renderInTestApp(<LibraryPage />, {
      apis: [
        [
          postmortemsApiRef,
          {
            listPostmortems: async () => ({
              items: [summaryRow],
              total: 1,
              offset: 0,
              limit: 20,
            }),
            getFacets: async () => facets,
            getTaxonomy: async () => taxonomy,
            searchFacet,
          } as any,
        ],
      ],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    await screen.findByText(summaryRow.title);
    fireEvent.mouseDown(screen.getByRole('button', { name: /^Service/ }));
    const box = await screen.findByRole('textbox', { name: 'Search Service' });
    expect(box).toHaveAttribute('placeholder', 'Search all 120 values');
    fireEvent.change(box, { target: { value: 'fx' } });
    expect(
      await within(screen.getByRole('listbox')).findByText('FX Rates'),
    ).toBeInTheDocument();
    expect(searchFacet).toHaveBeenCalledWith('service', 'fx');
  });
});
