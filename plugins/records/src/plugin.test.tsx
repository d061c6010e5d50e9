import { screen } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { Entity } from '@backstage/catalog-model';
import { operationalRecordsCard, recordDetailsCard } from './plugin';

const postmortem: Entity = {
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'Postmortem',
  metadata: { name: '2026-03-14-ach-0600-file-late' },
  spec: {
    reviewType: 'incident',
    severity: 'high',
    owner: 'group:ach-operations-squad',
    details:
      'Hostile text <script>window.hacked = true</script> <img src=x onerror="window.hacked = true"> [click](javascript:window.hacked=true)',
    actions: [
      {
        title: 'Alert 30 days before certificate expiry',
        category: 'monitoring',
        status: 'open',
      },
    ],
  },
};

const service: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'ach-origination-service' },
  spec: { type: 'service' },
  relations: [
    { type: 'monitoredBy', targetRef: 'alert:default/ach-file-late' },
    { type: 'hasPostmortem', targetRef: 'postmortem:default/2026-03-14-late' },
  ],
};

describe('records plugin', () => {
  jest.setTimeout(30_000);

  it('shows every field of a record, with markdown rendered inert', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: postmortem }),
        recordDetailsCard,
        operationalRecordsCard,
      ],
    });
    expect(await screen.findByText('Postmortem record', undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('Severity')).toBeInTheDocument();
    expect(screen.getByText('high')).toBeInTheDocument();
    expect(
      screen.getByText('Alert 30 days before certificate expiry'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Operational records')).not.toBeInTheDocument();

    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('[onerror]')).toBeNull();
    const link = screen.queryByText('click')?.closest('a');
    expect(link?.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
    expect((window as any).hacked).toBeUndefined();
  });

  it('lists the records linked to a service', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: service }),
        recordDetailsCard,
        operationalRecordsCard,
      ],
    });
    expect(await screen.findByText('Operational records', undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('Post-mortems (1)')).toBeInTheDocument();
    // A service's alerts are counted once, on its Operations tab, with those of its jobs.
    expect(screen.queryByText(/^Alerts \(/)).not.toBeInTheDocument();
    // The catalog binds the entity route in the app; this test page leaves it unbound.
    expect(
      screen.getByRole('link', { name: 'Operations tab' }).getAttribute('href'),
    ).toMatch(/\/operations$/);
    expect(screen.queryByText(/record$/)).not.toBeInTheDocument();
  });

  it('lists the alerts of an entity without an Operations tab', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({
          entity: { ...service, kind: 'Resource', spec: { type: 'database' } },
        }),
        operationalRecordsCard,
      ],
    });
    expect(await screen.findByText('Alerts (1)', undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByText('Operations tab')).not.toBeInTheDocument();
  });
});
