import { screen, waitFor } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import { actionItem, facets } from '../testData';
import { ActionItemsPage } from './ActionItemsPage';

describe('ActionItemsPage', () => {
  jest.setTimeout(30_000);

  it('lists open actions overdue first, as the server orders them, with filters from the address', async () => {
    const listActions = jest.fn(async () => ({
      items: [actionItem],
      total: 1,
      offset: 0,
      limit: 20,
    }));
    await renderInTestApp(<ActionItemsPage />, {
      apis: [
        [
          postmortemsApiRef,
          { listActions, getFacets: async () => facets } as any,
        ],
      ],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      initialRouteEntries: [
        '/postmortems/actions?category=monitoring&overdue=true',
      ],
    });
    expect(await screen.findByText(actionItem.title)).toBeInTheDocument();
    expect(screen.getByText('234 days')).toBeInTheDocument();
    expect(screen.getByText('short-term')).toBeInTheDocument();
    await waitFor(() =>
      expect(listActions).toHaveBeenLastCalledWith({
        filters: { category: ['monitoring'], overdue: ['true'] },
        q: undefined,
        sort: undefined,
        order: undefined,
        offset: 0,
        limit: 20,
      }),
    );
  });
});
