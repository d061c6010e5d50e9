import { waitFor } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { continuityApiRef } from '../../api/ContinuityApi';
import { printRouteRef } from '../../routes';
import { planDetail } from '../../__testUtils__/testData';
import {
  allowDownloads,
  browseServerList,
  pagedList,
} from '../../__testUtils__/serverList';
import { PlansPage } from './PlansPage';

const [conflict] = planDetail.rtoConflicts;

/** The plans page on a backend of 45 plans and 45 RTO conflicts. */
async function renderPlansPage(path: string) {
  const api = {
    listPlans: pagedList(45, index => ({
      ...planDetail.status,
      ref: `continuityplan:default/plan-${index}`,
      title: `Plan ${index}`,
    })),
    listRtoConflicts: pagedList(45, index => ({
      ...conflict,
      dependency: `vendor:default/vendor-${index}`,
      path: [conflict.plan, `vendor:default/vendor-${index}`],
    })),
    exportCsv: jest.fn(async () => 'Plan\r\n'),
  };
  allowDownloads();
  await renderInTestApp(<PlansPage />, {
    apis: [[continuityApiRef, api as any]],
    mountedRoutes: {
      '/continuity/print': printRouteRef,
      '/catalog/:namespace/:kind/:name': entityRouteRef,
    },
    initialRouteEntries: [path],
  });
  return api;
}

describe('PlansPage', () => {
  jest.setTimeout(60_000);

  it('pages, sorts and searches the plans on the server within the filters of the address, and exports what it shows', async () => {
    const api = await renderPlansPage('/continuity/plans?recovery=breached');
    const shown = await browseServerList({
      region: 'Continuity plans',
      fetchPage: api.listPlans,
      firstRequest: {
        filters: { recovery: ['breached'] },
        offset: 0,
        limit: 20,
      },
      sort: { header: /^Recovery/, name: 'recovery' },
      unsortableHeader: /^Owner/,
      search: { label: 'Search plans', text: 'card' },
    });
    await waitFor(() =>
      expect(api.exportCsv).toHaveBeenCalledWith('plans', shown),
    );
  });

  it('pages the RTO conflicts on the server, widest gap first, and exports what it shows', async () => {
    const api = await renderPlansPage('/continuity/plans');
    const shown = await browseServerList({
      region:
        'RTO conflicts: dependencies slower than the plan that needs them',
      fetchPage: api.listRtoConflicts,
      firstRequest: { sort: 'gap', order: 'desc', offset: 0, limit: 20 },
      unsortableHeader: /^Depends on/,
    });
    await waitFor(() =>
      expect(api.exportCsv).toHaveBeenCalledWith('rto-conflicts', shown),
    );
  });
});
