import { screen } from '@testing-library/react';
import { mockApis, renderTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { pagerDutyApiRef } from '@backstage/plugin-pagerduty';
import { pagerDutyCardPlugin } from '../../pagerDutyCard';
import { mockPagerDutyApi, paymentGateway } from '../../testing/fixtures';

// A file of its own: usePermission caches decisions per permission for the whole module.
describe('the PagerDuty card for someone the policy refuses (an auditor)', () => {
  jest.setTimeout(30_000);

  it('offers no control that raises an incident', async () => {
    renderTestApp({
      features: [pagerDutyCardPlugin],
      extensions: [createTestEntityPage({ entity: paymentGateway })],
      apis: [
        [pagerDutyApiRef, mockPagerDutyApi()],
        mockApis.permission({ authorize: AuthorizeResult.DENY }),
      ],
    });
    expect(
      await screen.findByText('Card payments failing', undefined, {
        timeout: 15_000,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Report a problem')).not.toBeInTheDocument();
    expect(screen.queryByText('Create Incident')).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
