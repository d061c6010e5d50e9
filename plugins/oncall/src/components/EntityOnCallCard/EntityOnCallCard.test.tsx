import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { EntityProvider, entityRouteRef } from '@backstage/plugin-catalog-react';
import { onCallApiRef } from '../../api';
import {
  achSquadOnCall,
  freshStatus,
  gatewayOnCall,
  mockOnCallApi,
  sandboxStatus,
} from '../../testing/fixtures';
import { EntityOnCallCard } from './EntityOnCallCard';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

const squad: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'ach-operations-squad', namespace: 'default' },
  spec: { type: 'team' },
};

const service: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payment-gateway', namespace: 'default' },
  spec: { type: 'service' },
};

function incident(number: number, status: 'triggered' | 'acknowledged') {
  return {
    id: `PI${number}`,
    number,
    title: `Card payments failing ${number}`,
    status,
    urgency: 'high',
    serviceId: 'PXA6126',
    createdAt: `2026-03-15T1${number}:00:00Z`,
  };
}

describe('EntityOnCallCard', () => {
  jest.setTimeout(30_000);

  it("shows a squad's on-call per level, who is next, and its open incidents", async () => {
    const onCallApi = mockOnCallApi({
      getEntityOnCall: jest.fn().mockResolvedValue({ status: sandboxStatus, items: [achSquadOnCall()] }),
      getIncidents: jest.fn(async ({ status } = {}) =>
        status === 'triggered'
          ? { status: sandboxStatus, items: [incident(1, 'triggered'), incident(2, 'triggered')], total: 2 }
          : { status: sandboxStatus, items: [incident(3, 'acknowledged')], total: 1 },
      ),
    });
    await renderInTestApp(
      <EntityProvider entity={squad}>
        <EntityOnCallCard />
      </EntityProvider>,
      { apis: [[onCallApiRef, onCallApi]], mountedRoutes },
    );

    expect(await screen.findByText('Level 1 · primary')).toBeInTheDocument();
    expect(onCallApi.getEntityOnCall).toHaveBeenCalledWith('group:default/ach-operations-squad');
    expect(screen.getByRole('link', { name: 'Ada Engineer' })).toHaveAttribute(
      'href',
      '/catalog/default/user/ada.engineer',
    );
    expect(screen.getByText('Level 2 · secondary')).toBeInTheDocument();
    expect(screen.getByText(/^Next:/)).toHaveTextContent(/Next: Sam Lead from .*\(in 3 h\)/);
    expect(screen.getByRole('status')).toHaveTextContent(/local PagerDuty sandbox/);

    expect(await screen.findByText('3 open incidents')).toBeInTheDocument();
    expect(screen.getByText('2 triggered, 1 acknowledged')).toBeInTheDocument();
    expect(onCallApi.getIncidents).toHaveBeenCalledWith({
      entityRef: 'group:default/ach-operations-squad',
      status: 'acknowledged',
    });
    // Newest first.
    const listed = screen.getAllByText(/Card payments failing/).map(e => e.textContent);
    expect(listed[0]).toMatch(/^#3 Card payments failing 3 \(acknowledged\)$/);
    expect(listed).toHaveLength(3);
  });

  it('says when a service has no escalation policy and no open incident', async () => {
    // The answer carries the sync time; the card tells its age on the viewer's clock.
    const status = { ...freshStatus, lastSuccessAt: new Date(Date.now() - 180_000).toISOString() };
    const onCallApi = mockOnCallApi({
      getEntityOnCall: jest.fn().mockResolvedValue({ status, items: [] }),
    });
    await renderInTestApp(
      <EntityProvider entity={service}>
        <EntityOnCallCard />
      </EntityProvider>,
      { apis: [[onCallApiRef, onCallApi]], mountedRoutes },
    );
    expect(
      await screen.findByText('No PagerDuty escalation policy is linked to this service.'),
    ).toBeInTheDocument();
    expect(await screen.findByText('0 open incidents')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^PagerDuty data from 3 minutes ago\.$/);
  });

  it("shows a service's own escalation policy", async () => {
    const onCallApi = mockOnCallApi({
      getEntityOnCall: jest.fn().mockResolvedValue({ status: freshStatus, items: [gatewayOnCall()] }),
    });
    await renderInTestApp(
      <EntityProvider entity={service}>
        <EntityOnCallCard />
      </EntityProvider>,
      { apis: [[onCallApiRef, onCallApi]], mountedRoutes },
    );
    expect(await screen.findByRole('link', { name: 'Priya Payments' })).toBeInTheDocument();
    expect(screen.getByText(/Payments Core/)).toBeInTheDocument();
    expect(onCallApi.getEntityOnCall).toHaveBeenCalledWith('component:default/payment-gateway');
  });
});
