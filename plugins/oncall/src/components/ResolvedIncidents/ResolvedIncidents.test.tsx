import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { onCallApiRef } from '../../api';
import { freshStatus, mockOnCallApi } from '../../testing/fixtures';
import { ResolvedIncidents } from './ResolvedIncidents';

function resolved(number: number) {
  return {
    id: `PI${number}`,
    number,
    title: `Card payments failing ${number}`,
    status: 'resolved' as const,
    urgency: 'high',
    serviceId: 'PXA6126',
    entityRef: 'component:default/payment-gateway',
    createdAt: `2026-03-1${number}T10:00:00Z`,
    resolvedAt: `2026-03-1${number}T11:00:00Z`,
  };
}

describe('ResolvedIncidents', () => {
  jest.setTimeout(30_000);

  it('links each resolved incident to its post-mortem, or starts one with the incident picked', async () => {
    const onCallApi = mockOnCallApi({
      getIncidents: jest.fn().mockResolvedValue({
        status: freshStatus,
        items: [resolved(2), resolved(1)],
        total: 2,
      }),
    });
    const fetch = jest.fn(async () =>
      Response.json({
        items: [
          {
            ref: 'postmortem:default/2026-03-11-card-payments-failing',
            title: 'Card payments failing review',
            incidents: ['PI1'],
          },
        ],
        total: 1,
      }),
    );
    await renderInTestApp(
      <ResolvedIncidents entityRef="component:default/payment-gateway" limit={3} />,
      {
        apis: [
          [onCallApiRef, onCallApi],
          [discoveryApiRef, { getBaseUrl: async () => 'http://portal/api/postmortems' }],
          [fetchApiRef, { fetch }],
        ],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    const start = await screen.findByRole('button', {
      name: 'Start a post-mortem of incident #2',
    });
    expect(onCallApi.getIncidents).toHaveBeenCalledWith({
      entityRef: 'component:default/payment-gateway',
      status: 'resolved',
      limit: 3,
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://portal/api/postmortems?filter%5Bincident%5D=PI2&filter%5Bincident%5D=PI1&limit=3',
    );
    const href = start.getAttribute('href')!;
    expect(href).toMatch(/^\/create\/templates\/default\/start-postmortem\?formData=/);
    const formData = JSON.parse(new URL(href, 'http://portal').searchParams.get('formData')!);
    expect(formData.incident).toEqual(resolved(2));
    expect(
      screen.getByRole('link', { name: 'Card payments failing review' }),
    ).toHaveAttribute('href', '/catalog/default/postmortem/2026-03-11-card-payments-failing');
    expect(
      screen.queryByRole('button', { name: 'Start a post-mortem of incident #1' }),
    ).toBeNull();
  });

  it('says when there is no resolved incident', async () => {
    await renderInTestApp(
      <ResolvedIncidents entityRef="component:default/payment-gateway" limit={3} />,
      { apis: [[onCallApiRef, mockOnCallApi()]] },
    );
    expect(await screen.findByText('No resolved incidents.')).toBeInTheDocument();
  });
});
