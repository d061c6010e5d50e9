import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { scorecardsApiRef } from '../../api';
import {
  mockScorecardsApi,
  pendingTechDebt,
  squadScorecard,
} from '../../testing/fixtures';
import { SquadScorecardContent } from './SquadScorecardContent';
import { SquadScorecardCard } from '../SquadScorecardCard';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };
const squad: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'ach-operations-squad', namespace: 'default' },
  spec: { type: 'team' },
};

/** The squad's scorecard tab, over the given API. */
function renderScorecard(api: ReturnType<typeof mockScorecardsApi>) {
  return renderInTestApp(
    <EntityProvider entity={squad}>
      <SquadScorecardContent />
    </EntityProvider>,
    { apis: [[scorecardsApiRef, api]], mountedRoutes },
  );
}

describe('the squad scorecard', () => {
  // The first test pays for loading the app on a shared, busy machine.
  jest.setTimeout(60_000);

  it('shows the level, what blocks the next level with how to fix, and lets a member attest', async () => {
    const api = mockScorecardsApi();
    await renderScorecard(api);
    expect(await screen.findByText('Level 0')).toBeInTheDocument();
    expect(api.getSquadScorecard).toHaveBeenCalledWith(
      'group:default/ach-operations-squad',
    );
    expect(
      screen.getByText('What blocks level 1 · Foundational'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('How to fix')).toHaveLength(2);
    expect(
      screen.getByRole('button', { name: 'Evaluate now' }),
    ).toBeInTheDocument();
    // In the blockers and in the table of all checks.
    for (const link of screen.getAllByRole('link', { name: 'Wire file' })) {
      expect(link).toHaveAttribute(
        'href',
        '/catalog/default/component/wire-file',
      );
    }

    await userEvent.click(screen.getByRole('button', { name: 'Attest' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText('Link to the CI pipeline.'),
    ).toBeInTheDocument();
    await userEvent.type(
      within(dialog).getByLabelText(/Evidence link/),
      'https://ci.example/ach',
    );
    await userEvent.type(
      within(dialog).getByLabelText(/Comment/),
      'Green on every PR',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Attest' }),
    );
    expect(api.attest).toHaveBeenCalledWith({
      squad: 'group:default/ach-operations-squad',
      checkId: 'continuous-integration',
      evidenceUrl: 'https://ci.example/ach',
      comment: 'Green on every PR',
    });
    expect(api.getSquadScorecard).toHaveBeenCalledTimes(2);
  });

  it('offers an auditor neither attestation nor evaluation', async () => {
    const api = mockScorecardsApi({
      getSquadScorecard: jest.fn().mockResolvedValue({
        ...squadScorecard,
        viewer: {
          userRef: 'user:default/alex.auditor',
          canAttest: false,
          canApprove: false,
          canWaive: false,
          canEvaluate: false,
        },
      }),
    });
    await renderScorecard(api);
    expect(
      await screen.findByText(
        'Only members of ACH Operations Squad can attest for it; auditors attest for no squad.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Attest' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Evaluate now' }),
    ).not.toBeInTheDocument();
  });

  it("says which attestations take effect without approval, and lets a leader approve the squad lead's with a reason", async () => {
    const api = mockScorecardsApi({
      getSquadScorecard: jest.fn().mockResolvedValue({
        ...squadScorecard,
        model: {
          ...squadScorecard.model,
          checks: [
            ...squadScorecard.model.checks,
            {
              ...pendingTechDebt.check,
              category: 'delivery',
              type: 'attestation',
              approval: 'required',
            },
          ],
        },
        attestationsDue: [
          ...squadScorecard.attestationsDue,
          {
            checkId: pendingTechDebt.check.id,
            title: pendingTechDebt.check.title,
            level: 3,
            state: 'awaiting-approval',
            approval: 'required',
            attestation: pendingTechDebt.attestation,
          },
        ],
        viewer: {
          userRef: 'user:default/lee.leader',
          canAttest: false,
          canApprove: true,
          canWaive: true,
          canEvaluate: true,
        },
        names: { 'user:default/sam.lead': 'Sam Patel' },
      }),
      getAuditTrail: jest.fn().mockResolvedValue({
        entries: [
          {
            subject: 'attestation',
            action: 'approved',
            squadRef: pendingTechDebt.squad.ref,
            checkId: 'tech-debt-time',
            actor: 'user:default/lee.leader',
            at: '2026-11-21T10:00:00.000Z',
            newValue: {
              ...pendingTechDebt.attestation,
              approvedBy: 'user:default/lee.leader',
              decisionReason: 'Within target',
            },
          },
        ],
        names: {
          'user:default/lee.leader': 'Lee Moreno',
          'user:default/sam.lead': 'Sam Patel',
        },
      }),
    });
    await renderScorecard(api);
    expect(
      await screen.findByText('Takes effect without approval'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Counts once leadership approves it'),
    ).toBeInTheDocument();
    expect(screen.getByText('by Sam Patel on 2026-11-21')).toBeInTheDocument();
    expect(await screen.findByText('Lee Moreno')).toBeInTheDocument();
    expect(
      screen.getByText(/approved by Lee Moreno, because: Within target/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/user:default/)).not.toBeInTheDocument();
    // The trail names the check by its title and the evidence by a label, not the raw URL.
    expect(screen.queryByText('tech-debt-time')).not.toBeInTheDocument();
    const approval = within(screen.getByText('Lee Moreno').closest('tr')!);
    expect(approval.getByText(pendingTechDebt.check.title)).toBeInTheDocument();
    expect(
      approval.getByRole('link', { name: /^tech debt on board\.example/ }),
    ).toHaveAttribute('href', 'https://board.example/ach/tech-debt');
    expect(
      screen.queryByText(/https:\/\/board\.example/),
    ).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog');
    const approve = within(dialog).getByRole('button', { name: 'Approve' });
    expect(approve).toBeDisabled();
    await userEvent.type(
      within(dialog).getByLabelText(/Reason/),
      'The board shows 19%',
    );
    await userEvent.click(approve);
    expect(api.decide).toHaveBeenCalledWith({
      squad: 'group:default/ach-operations-squad',
      checkId: 'tech-debt-time',
      decision: 'approve',
      reason: 'The board shows 19%',
    });
  });

  it('sums the level and blockers up on the overview card', async () => {
    await renderInTestApp(
      <EntityProvider entity={squad}>
        <SquadScorecardCard />
      </EntityProvider>,
      { apis: [[scorecardsApiRef, mockScorecardsApi()]], mountedRoutes },
    );
    expect(await screen.findByText('Level 0')).toBeInTheDocument();
    expect(screen.getByText(/1 attestation due/)).toBeInTheDocument();
    expect(
      screen.getByText('Blocking level 1 · Foundational (2)'),
    ).toBeInTheDocument();
  });
});
