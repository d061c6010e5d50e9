import { screen } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { continuityApiRef } from './api/ContinuityApi';
import { continuityPlugin } from './plugin';

describe('continuity plugin', () => {
  jest.setTimeout(30_000);

  it('opens on the vendor register, with a tab per view', async () => {
    const listVendors = jest.fn(async () => ({ items: [], total: 0, offset: 0, limit: 20 }));
    renderTestApp({
      features: [continuityPlugin],
      apis: [[continuityApiRef, { listVendors } as any]],
      initialRouteEntries: ['/continuity'],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    expect(await screen.findByText('Vendor register', undefined, { timeout: 15_000 })).toBeInTheDocument();
    for (const tab of ['Vendors', 'Continuity plans', 'Exercises', 'Reviews due', 'Auditor exports']) {
      expect(screen.getByRole('tab', { name: tab })).toBeInTheDocument();
    }
    expect(listVendors).toHaveBeenCalled();
  });
});
