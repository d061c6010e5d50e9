import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { continuityApiRef } from '../../api/ContinuityApi';
import { planDetail, recoveryEvidence } from '../../__testUtils__/testData';
import { impactSeries } from './BiaChart';
import { PlanDetails } from './PlanDetails';

describe('PlanDetails', () => {
  jest.setTimeout(30_000);

  it('shows the call tree with who is on call, and says so when the on-call service cannot', async () => {
    const onCallNow = jest.fn(async (group: string) => {
      if (group === 'group:payments-core-squad')
        throw new Error('Request failed with 404 Not Found');
      return [
        {
          entityRef: group,
          title: 'Card payments squad',
          escalationPolicy: { id: 'P1', name: 'Card payments' },
          levels: [{ level: 1, now: [{ userId: 'U1', name: 'Ryan OConnor' }] }],
        },
      ];
    });
    const getRecovery = jest.fn(async () => recoveryEvidence);
    await renderInTestApp(<PlanDetails detail={planDetail} />, {
      apis: [[continuityApiRef, { onCallNow, getRecovery } as any]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    expect(
      await screen.findByText('Ryan OConnor', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'On call now is not available (Request failed with 404 Not Found)',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('a person: call them directly'),
    ).toBeInTheDocument();
    expect(onCallNow).toHaveBeenCalledTimes(2);
    // The call tree in its order, whatever the record's.
    const callTree = within(screen.getByRole('region', { name: 'Call tree' }));
    expect(
      callTree
        .getAllByText(/^Squad lead$| on-call$/)
        .map(role => role.textContent),
    ).toEqual(['Card payments on-call', 'Squad lead', 'Payments core on-call']);
    // The RTO conflict is flagged, the scenario response rendered as markdown.
    expect(
      screen.getByText(
        /The RTO of 1 hour is shorter than the recovery time of 1/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('stand-in').tagName).toBe('STRONG');
    // In the emergency team and in the call tree.
    expect(
      screen.getAllByText('isabel.fernandez@meridianpay.example', {
        selector: 'a',
      }),
    ).toHaveLength(2);
    expect(
      screen.getByText(/Alex Auditor: “Review the card plan”/),
    ).toBeInTheDocument();
    // The recovery evidence sits on the plan.
    expect(await screen.findByTestId('recovery-reason')).toHaveTextContent(
      /against an RTO of 1 hour/,
    );
  });

  it('orders impacts over time and rates them by level', () => {
    expect(
      impactSeries([
        { after: 'PT4H', financial: 'severe' },
        { after: 'PT30M', financial: 'low', customer: 'medium' },
      ]),
    ).toEqual([
      {
        after: '30 minutes',
        financial: 1,
        customer: 2,
        regulatory: undefined,
        reputational: undefined,
      },
      {
        after: '4 hours',
        financial: 4,
        customer: undefined,
        regulatory: undefined,
        reputational: undefined,
      },
    ]);
  });
});
