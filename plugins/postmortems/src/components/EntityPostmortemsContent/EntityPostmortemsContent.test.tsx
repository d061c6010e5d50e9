import { screen, waitFor } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import { actionItem, analytics, summaryRow, taxonomy } from '../testData';
import {
  EntityPostmortemsContent,
  postmortemFilterFor,
} from './EntityPostmortemsContent';

const squad = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'ach-operations-squad', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

describe('EntityPostmortemsContent', () => {
  jest.setTimeout(30_000);

  it('shows a squad its post-mortems, their figures and its open actions', async () => {
    const api = {
      getTaxonomy: async () => taxonomy,
      getAnalytics: jest.fn(async () => analytics),
      listPostmortems: jest.fn(async () => ({
        items: [summaryRow],
        total: 1,
        offset: 0,
        limit: 10,
      })),
      listActions: jest.fn(async () => ({
        items: [actionItem],
        total: 1,
        offset: 0,
        limit: 10,
      })),
    };
    await renderInTestApp(
      <EntityProvider entity={squad}>
        <EntityPostmortemsContent />
      </EntityProvider>,
      {
        apis: [[postmortemsApiRef, api as any]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    expect(
      await screen.findByText(actionItem.title, undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    // Once in the post-mortems, once as where the open action comes from.
    expect(
      await screen.findAllByText(summaryRow.title, undefined, {
        timeout: 10_000,
      }),
    ).toHaveLength(2);
    expect(screen.getByLabelText('MTTR')).toHaveTextContent('1 h 24 min');
    const squadFilter = {
      filters: { squad: ['group:default/ach-operations-squad'] },
    };
    expect(api.getAnalytics).toHaveBeenCalledWith(squadFilter);
    await waitFor(() =>
      expect(api.listPostmortems).toHaveBeenCalledWith(
        expect.objectContaining({ ...squadFilter, offset: 0, limit: 10 }),
      ),
    );
    expect(api.listActions).toHaveBeenCalledWith(
      expect.objectContaining(squadFilter),
    );
  });

  it('filters by service on components and by domain on domains', () => {
    expect(postmortemFilterFor({ ...squad, kind: 'Component' })).toBe(
      'service',
    );
    expect(postmortemFilterFor({ ...squad, kind: 'Domain' })).toBe('domain');
    expect(postmortemFilterFor({ ...squad, kind: 'System' })).toBeUndefined();
  });
});
