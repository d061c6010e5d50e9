import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { AlertsApi } from '@readiness/plugin-alerts-common';
import { alertsApiRef } from '../../api';
import {
  alert,
  alertDetails,
  alertSummary,
  mockAlertsApi,
  mountedRoutes,
} from '../../testing/fixtures';
import { AlertResponseCard } from './AlertResponseCard';

/** Shows the card on the alert's page, reading the alerts API given. */
function renderCard(api: AlertsApi) {
  return renderInTestApp(
    <EntityProvider entity={alert}>
      <AlertResponseCard />
    </EntityProvider>,
    { apis: [[alertsApiRef, api]], mountedRoutes },
  );
}

describe('AlertResponseCard', () => {
  jest.setTimeout(30_000);

  it('shows meaning, schedule, SOP, script and post-mortems, and says when on-call data is missing', async () => {
    const api = mockAlertsApi({
      getAlert: jest.fn(async () => alertDetails),
      getOnCall: jest.fn(async () => ({
        available: false as const,
        reason: 'the on-call service answered 404 Not Found',
      })),
    });
    await renderCard(api);
    expect(
      await screen.findByText(
        'The Fed has not accepted the 06:00 window file.',
        undefined,
        {
          timeout: 15_000,
        },
      ),
    ).toBeInTheDocument();
    expect(api.getAlert).toHaveBeenCalledWith({
      namespace: 'default',
      name: 'ach-origination-file-0600-not-acknowledged',
    });
    expect(
      screen.getByText('Payroll credits settle a day late.'),
    ).toBeInTheDocument();
    expect(screen.getByText('06:00')).toBeInTheDocument();
    expect(screen.getByText('ACH-TX-017')).toBeInTheDocument();
    expect(
      await screen.findByText(
        /On-call data is not available: the on-call service answered 404/,
      ),
    ).toBeInTheDocument();
    expect(api.getOnCall).toHaveBeenCalledWith(
      'component:default/ach-origination-file-0600',
    );
    expect(
      screen.getByText('SOP: ACH origination file not acknowledged by FedACH'),
    ).toBeInTheDocument();
    expect(screen.getByText('file')).toBeInTheDocument();
    expect(
      screen.getByText('Full SOP in TechDocs').closest('a'),
    ).toHaveAttribute(
      'href',
      '/docs/default/procedure/ach-file-not-acknowledged-sop',
    );
    // The alert's job names the 06:00 window: the template starts with it filled in.
    expect(
      (
        screen.getByLabelText(
          'Filled script ach-resend-origination-file',
        ) as HTMLTextAreaElement
      ).value,
    ).toContain("window = '0600'");
    expect(screen.getAllByText('From the alert')).toHaveLength(2);
    expect(
      screen.getByText('06:00 ACH file reached the Fed 52 minutes late'),
    ).toBeInTheDocument();

    // Record text is rendered inert.
    expect(document.querySelector('[onerror]')).toBeNull();
    for (const link of document.querySelectorAll('a')) {
      expect(link.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
    }
    expect((window as any).hacked).toBeUndefined();
  });

  it('lists who is on call when the on-call backend answers', async () => {
    const api = mockAlertsApi({
      getAlert: jest.fn(async () => ({
        summary: alertSummary,
        scripts: [],
        postmortems: [],
      })),
      getOnCall: jest.fn(async () => ({
        available: true as const,
        source: 'sandbox' as const,
        stale: false,
        syncedAt: new Date(Date.now() - 120_000).toISOString(),
        groups: [
          {
            entityRef: 'group:default/ach-operations-squad',
            title: 'ACH Operations Squad',
            escalationPolicy: { id: 'P1', name: 'ACH Operations escalation' },
            levels: [
              {
                level: 1,
                now: [
                  {
                    userId: 'U1',
                    name: 'Ada Engineer',
                    scheduleName: 'ACH primary',
                  },
                ],
              },
              { level: 2, now: [] },
            ],
          },
        ],
      })),
    });
    await renderCard(api);
    expect(
      await screen.findByText('ACH Operations escalation', undefined, {
        timeout: 15_000,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Ada Engineer/)).toBeInTheDocument();
    expect(screen.getByText(/nobody on call/)).toBeInTheDocument();
    expect(
      screen.getByText(/From the PagerDuty sandbox \(demo data\), 2 min old/),
    ).toBeInTheDocument();
    expect(screen.getByText(/This alert has no SOP/)).toBeInTheDocument();
  });
});
