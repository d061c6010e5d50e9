import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { continuityApiRef } from '../../api/ContinuityApi';
import { reviewItem } from '../../__testUtils__/testData';
import {
  allowDownloads,
  browseServerList,
  pagedList,
} from '../../__testUtils__/serverList';
import { ReviewsDuePage } from './ReviewsDuePage';

const DUE = ['overdue', 'due-30', 'due-60', 'due-90'];

const squad = 'group:default/ach-operations-squad';

/** The reviews due page on a backend of 45 reviews, all of one squad. */
async function renderReviewsDuePage() {
  const api = {
    listReviews: pagedList(45, index => ({
      ...reviewItem,
      id: `review-${index}`,
      subjectTitle: `Record ${index}`,
    })),
    reviewOwners: jest.fn(async () => [
      {
        owner: squad,
        counts: { overdue: 2, 'due-30': 1, 'due-60': 0, 'due-90': 0, later: 0 },
      },
    ]),
    exportCsv: jest.fn(async () => 'Review\r\n'),
  };
  await renderInTestApp(<ReviewsDuePage />, {
    apis: [[continuityApiRef, api as any]],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
  return api;
}

describe('ReviewsDuePage', () => {
  jest.setTimeout(60_000);

  it('pages, sorts and searches the reviews due on the server, and exports what it shows', async () => {
    allowDownloads();
    const api = await renderReviewsDuePage();
    const shown = await browseServerList({
      region: 'Reviews due',
      fetchPage: api.listReviews,
      firstRequest: { filters: { standing: DUE }, offset: 0, limit: 20 },
      sort: { header: /^Review$/, name: 'kind' },
      unsortableHeader: /^Days/,
      search: { label: 'Search reviews', text: 'clearing' },
    });
    await waitFor(() =>
      expect(api.exportCsv).toHaveBeenCalledWith('reviews', shown),
    );
  });

  it("counts the reviews by owner, and lists one owner's on demand", async () => {
    const api = await renderReviewsDuePage();
    const byOwner = await screen.findByRole('region', { name: 'By owner' });
    expect(
      await within(byOwner).findByText('2', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(api.reviewOwners).toHaveBeenCalledWith({
      filters: { standing: DUE, owner: [] },
    });

    await userEvent.click(
      within(byOwner).getByRole('button', { name: 'Show' }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Reviews due for one owner' }),
    ).toBeInTheDocument();
    await waitFor(
      () =>
        expect(api.listReviews).toHaveBeenLastCalledWith({
          filters: { standing: DUE, owner: [squad] },
          offset: 0,
          limit: 20,
        }),
      { timeout: 10_000 },
    );

    await userEvent.click(screen.getByRole('button', { name: 'All owners' }));
    expect(
      await screen.findByRole('heading', { name: 'Reviews due' }),
    ).toBeInTheDocument();
  });
});
