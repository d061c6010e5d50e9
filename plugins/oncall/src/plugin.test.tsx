import { screen } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { onCallApiRef } from './api';
import { pagerDutyCardPlugin } from './pagerDutyCard';
import {
  incidentAnalyticsContent,
  isServiceOrJob,
  isSquad,
  oncallPlugin,
  serviceOnCallCard,
  squadOnCallCard,
} from './plugin';
import { gatewayOnCall, mockOnCallApi } from './testing/fixtures';

function entity(kind: string, type: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'x', namespace: 'default' },
    spec: { type },
  };
}

describe('oncall plugin', () => {
  jest.setTimeout(30_000);

  it('has its pages, cards, content and menu item under stable extension ids', () => {
    expect(oncallPlugin.pluginId).toBe('oncall');
    expect(
      [
        'api:oncall',
        'page:oncall',
        'page:oncall/report-a-problem',
        'entity-card:oncall/squad-on-call',
        'entity-card:oncall/service-on-call',
        'entity-content:oncall/incident-analytics',
        'entity-context-menu-item:oncall/report-a-problem',
      ].map(id => oncallPlugin.getExtension(id as any) !== undefined),
    ).toEqual([true, true, true, true, true, true, true]);
  });

  it('shows the on-call cards on squads, services and jobs only', () => {
    expect(isSquad(entity('Group', 'team'))).toBe(true);
    expect(isSquad(entity('Group', 'business-unit'))).toBe(false);
    expect(isServiceOrJob(entity('Component', 'service'))).toBe(true);
    expect(isServiceOrJob(entity('Component', 'job'))).toBe(true);
    expect(isServiceOrJob(entity('Component', 'website'))).toBe(false);
    expect(isServiceOrJob(entity('Group', 'team'))).toBe(false);
  });

  it("puts the service card on a service's page and the incidents tab on a squad's", async () => {
    const onCallApi = mockOnCallApi({
      getEntityOnCall: jest.fn().mockResolvedValue({
        status: { source: 'sandbox', baseUrl: 'http://127.0.0.1:7300', stale: false, lastSuccessAt: '2026-03-15T11:59:00Z' },
        items: [gatewayOnCall()],
      }),
    });
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: entity('Component', 'service') }),
        squadOnCallCard,
        serviceOnCallCard,
        incidentAnalyticsContent,
      ],
      apis: [[onCallApiRef, onCallApi]],
    });
    expect(await screen.findByText('Priya Payments', undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getAllByText('On call')).toHaveLength(1);
  });

  it('converts the third-party PagerDuty plugin with its card and a client of the portal\'s own', () => {
    expect(pagerDutyCardPlugin.pluginId).toBe('pagerduty');
    expect(
      ['api:pagerduty', 'entity-card:pagerduty'].map(
        id => pagerDutyCardPlugin.getExtension(id as any) !== undefined,
      ),
    ).toEqual([true, true]);
  });
});
