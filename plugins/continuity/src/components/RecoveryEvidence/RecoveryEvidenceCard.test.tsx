import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { continuityApiRef } from '../../api/ContinuityApi';
import { recoveryEvidence } from '../../__testUtils__/testData';
import { RecoveryEvidenceCard } from './RecoveryEvidenceCard';

describe('RecoveryEvidenceCard', () => {
  jest.setTimeout(30_000);

  it('shows the status with its reason, declared against measured, and the evidence with links', async () => {
    const getRecovery = jest.fn(async () => recoveryEvidence);
    await renderInTestApp(
      <RecoveryEvidenceCard
        namespace="default"
        name="card-payments-continuity"
      />,
      {
        apis: [[continuityApiRef, { getRecovery } as any]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    expect(await screen.findByText('Breached')).toHaveAttribute(
      'data-recovery-status',
      'breached',
    );
    expect(screen.getByTestId('recovery-reason')).toHaveTextContent(
      'Mastercard settlement report late took 1 h 45 min against an RTO of 1 hour.',
    );
    expect(getRecovery).toHaveBeenCalledWith(
      { namespace: 'default', name: 'card-payments-continuity' },
      { months: 12 },
    );
    expect(
      screen.getByText('RTO 1 hour, RPO 5 minutes, MTPD 4 hours'),
    ).toBeInTheDocument();
    expect(screen.getByText(/2 incidents: worst/)).toHaveTextContent(
      '2 incidents: worst 1 h 45 min (longer than the RTO), 90th percentile 1 h 45 min',
    );
    const evidence = within(
      screen.getByRole('list', { name: 'Evidence behind the status' }),
    );
    expect(evidence.getAllByRole('listitem')).toHaveLength(4);
    expect(
      evidence.getByRole('link', { name: /PagerDuty PQUICK1/ }),
    ).toHaveAttribute(
      'href',
      'https://meridianpay.pagerduty.com/incidents/PQUICK1',
    );
    expect(
      evidence.getByText(/reviews PagerDuty YNRYHFADRT1JKB/),
    ).toBeInTheDocument();
    expect(evidence.getByText('may take 4 hours')).toBeInTheDocument();
  });

  it('says when PagerDuty could not be read', async () => {
    const getRecovery = jest.fn(async () => ({
      ...recoveryEvidence,
      pagerDuty: {
        available: false as const,
        reason: 'The on-call backend answered 503',
      },
    }));
    await renderInTestApp(
      <RecoveryEvidenceCard namespace="default" name="x" />,
      {
        apis: [[continuityApiRef, { getRecovery } as any]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    expect(
      await screen.findByText(
        "Judged without PagerDuty's incidents: The on-call backend answered 503.",
      ),
    ).toBeInTheDocument();
  });
});
