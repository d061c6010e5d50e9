import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { scorecardsApiRef } from '../../api';
import { approvalQueue, mockScorecardsApi } from '../../testing/fixtures';
import { ApprovalsPage } from './ApprovalsPage';
import { entityRouteRef } from '@backstage/plugin-catalog-react';

describe('the approvals page', () => {
  jest.setTimeout(30_000);

  it('lists the attestations awaiting approval by name and rejects one with a reason', async () => {
    const api = mockScorecardsApi();
    await renderInTestApp(<ApprovalsPage />, {
      apis: [[scorecardsApiRef, api]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    expect(
      await screen.findByText('Awaiting your approval (1)'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'ACH Operations Squad' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/group/ach-operations-squad/scorecard',
    );
    expect(
      screen.getByRole('gridcell', { name: 'Sam Patel on 2026-11-21' }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByLabelText(/Reason/),
      'The board counts two squads',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Reject' }),
    );
    expect(api.decide).toHaveBeenCalledWith({
      squad: 'group:default/ach-operations-squad',
      checkId: 'tech-debt-time',
      decision: 'reject',
      reason: 'The board counts two squads',
    });
    expect(api.getApprovalQueue).toHaveBeenCalledTimes(2);
  });

  it('tells someone who may not approve that they have nothing to approve', async () => {
    const api = mockScorecardsApi({
      getApprovalQueue: jest.fn().mockResolvedValue({
        ...approvalQueue,
        canApprove: false,
        pending: [],
      }),
    });
    await renderInTestApp(<ApprovalsPage />, {
      apis: [[scorecardsApiRef, api]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    expect(
      await screen.findByText(
        'Leadership approves attestations; you have none to approve.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
  });
});
