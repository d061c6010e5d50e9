import { screen } from '@testing-library/react';
import {
  createExtensionTester,
  mockApis,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { ApiBlueprint } from '@backstage/frontend-plugin-api';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { PagerDutyApi, pagerDutyApiRef } from '@backstage/plugin-pagerduty';
import { pagerDutyCardApi, pagerDutyCardPlugin } from '../../pagerDutyCard';
import { mockPagerDutyApi, paymentGateway } from '../../testing/fixtures';

describe('the PagerDuty card', () => {
  jest.setTimeout(30_000);

  it('shows on-call and incidents read-only, and leads those who may raise incidents to "Report a problem"', async () => {
    renderTestApp({
      features: [pagerDutyCardPlugin],
      extensions: [createTestEntityPage({ entity: paymentGateway })],
      apis: [[pagerDutyApiRef, mockPagerDutyApi()], mockApis.permission()],
    });
    expect(
      await screen.findByText('Card payments failing', undefined, {
        timeout: 15_000,
      }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Priya Payments')).toBeInTheDocument();
    // A link drawn as a button (Material UI gives it the button role).
    expect(
      (await screen.findByRole('button', { name: 'Report a problem' })).closest(
        'a',
      ),
    ).toHaveAttribute(
      'href',
      '/report-a-problem?entity=component%3Adefault%2Fpayment-gateway',
    );
    expect(screen.queryByText('Create Incident')).not.toBeInTheDocument();
  });

  it("reads PagerDuty through the on-call backend's card routes", async () => {
    const fetch = jest.fn(
      async (_url: string) =>
        new Response(JSON.stringify({ service: { id: 'PXA6126' } }), {
          status: 200,
        }),
    );
    const api = createExtensionTester(pagerDutyCardApi)
      .get(ApiBlueprint.dataRefs.factory)
      .factory({
        discoveryApi: mockApis.discovery({
          baseUrl: 'https://portal.example',
        }),
        fetchApi: { fetch },
      } as any) as PagerDutyApi;
    await api.getServiceByPagerDutyEntity({
      serviceId: 'PXA6126',
      name: 'payment-gateway',
    });
    expect(fetch.mock.calls[0][0]).toMatch(
      /^https:\/\/portal\.example\/api\/oncall\/pagerduty\/services\/PXA6126\?/,
    );
  });
});
