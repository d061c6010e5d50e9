import { screen } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { postmortemsApiRef } from './api/PostmortemsApi';
import {
  facets,
  postmortem,
  summaryRow,
  taxonomy,
} from './components/testData';
import {
  entityPostmortemsContent,
  postmortemContent,
  postmortemsPlugin,
  showsPostmortemsTab,
} from './plugin';

describe('postmortems plugin', () => {
  jest.setTimeout(30_000);

  it('opens on the library, with the analytics and action items as tabs', async () => {
    const api = {
      getFacets: async () => facets,
      getTaxonomy: async () => taxonomy,
      listPostmortems: jest.fn(async () => ({
        items: [summaryRow],
        total: 1,
        offset: 0,
        limit: 20,
      })),
    };
    renderTestApp({
      features: [postmortemsPlugin],
      apis: [[postmortemsApiRef, api as any]],
      initialRouteEntries: ['/postmortems'],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    expect(
      await screen.findByText('Post-mortem library', undefined, {
        timeout: 15_000,
      }),
    ).toBeInTheDocument();
    for (const tab of ['Library', 'Analytics', 'Action items']) {
      expect(screen.getByRole('tab', { name: tab })).toBeInTheDocument();
    }
    expect(api.listPostmortems).toHaveBeenCalled();
  });

  it('renders the post-mortem tab on a post-mortem, and not the post-mortems tab', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: postmortem }),
        postmortemContent,
        entityPostmortemsContent,
      ],
    });
    expect(
      await screen.findByText(postmortem.spec.summary, undefined, {
        timeout: 15_000,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Post-mortems')).not.toBeInTheDocument();
  });

  it('offers the post-mortems tab on services and jobs, squads and domains only', () => {
    const entity = (kind: string, type?: string) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name: 'x' },
      spec: { type },
    });
    expect(showsPostmortemsTab(entity('Component', 'service'))).toBe(true);
    expect(showsPostmortemsTab(entity('Component', 'job'))).toBe(true);
    expect(showsPostmortemsTab(entity('Component', 'website'))).toBe(false);
    expect(showsPostmortemsTab(entity('Group', 'team'))).toBe(true);
    expect(showsPostmortemsTab(entity('Group', 'organization'))).toBe(false);
    expect(showsPostmortemsTab(entity('Domain'))).toBe(true);
    expect(showsPostmortemsTab(postmortem)).toBe(false);
  });
});
