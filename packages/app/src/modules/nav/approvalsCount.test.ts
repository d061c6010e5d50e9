import { approvalsLabel, awaitingApproval } from './approvalsCount';

describe('the approvals count in the sidebar', () => {
  it('counts what awaits an approver, none waiting included, and nothing for others', () => {
    expect(awaitingApproval({ canApprove: true, pending: [{}, {}] })).toBe(2);
    expect(awaitingApproval({ canApprove: true, pending: [] })).toBe(0);
    expect(
      awaitingApproval({ canApprove: false, pending: [] }),
    ).toBeUndefined();
  });

  it('labels the entry with the count only where there is one', () => {
    expect(approvalsLabel('Approvals', 2)).toBe('Approvals (2)');
    expect(approvalsLabel('Approvals', 0)).toBe('Approvals (0)');
    expect(approvalsLabel('Approvals', undefined)).toBe('Approvals');
  });
});
