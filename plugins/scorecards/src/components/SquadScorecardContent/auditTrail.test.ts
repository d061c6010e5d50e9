import { personName } from '../common';
import { checkTitle, evidenceLabel, summarizeAuditValue } from './auditTrail';

const names = {
  'user:default/sam.lead': 'Sam Patel',
  'user:default/lee.leader': 'Lee Moreno',
};

describe('the attestation trail in words', () => {
  it('labels evidence by the last part of its path and its site', () => {
    expect(
      evidenceLabel(
        'https://board.meridianpay.example/ach-operations/tech-debt',
      ),
    ).toBe('tech debt on board.meridianpay.example');
    expect(
      evidenceLabel(
        'https://www.wiki.example/runbooks/Game_Day%202026.pdf?v=2',
      ),
    ).toBe('Game Day 2026 on wiki.example');
    expect(evidenceLabel('https://ci.meridianpay.example/')).toBe(
      'ci.meridianpay.example',
    );
    expect(evidenceLabel('see the board')).toBe('see the board');
  });

  it('names a check by its title, or by its id once the model no longer has it', () => {
    const checks = [
      {
        id: 'tech-debt-time',
        title: 'About 20% of time goes to technical debt',
      },
    ];
    expect(checkTitle(checks, 'tech-debt-time')).toBe(
      'About 20% of time goes to technical debt',
    );
    expect(checkTitle(checks, 'retired-check')).toBe('retired-check');
  });

  it('summarizes an attestation and a waiver with people by name and the evidence apart', () => {
    expect(
      summarizeAuditValue(
        {
          evidenceUrl: 'https://board.meridianpay.example/ach/tech-debt',
          attestedBy: 'user:default/sam.lead',
          approvedBy: 'user:default/lee.leader',
          decisionReason: 'Within target',
        },
        names,
      ),
    ).toEqual({
      evidence: {
        url: 'https://board.meridianpay.example/ach/tech-debt',
        label: 'tech debt on board.meridianpay.example',
      },
      text: 'approved by Lee Moreno, because: Within target',
    });
    expect(
      summarizeAuditValue(
        {
          reason: 'Game day moved to January',
          expiresAt: '2027-01-31T00:00:00.000Z',
          approvedBy: 'user:default/catherine.wright',
        },
        names,
      ),
    ).toEqual({
      evidence: undefined,
      text: 'Game day moved to January, until 2027-01-31, approved by catherine.wright',
    });
  });

  it('names someone the catalog no longer has by the name in their ref, never the ref', () => {
    expect(personName(names, 'user:default/sam.lead')).toBe('Sam Patel');
    expect(personName(names, 'user:default/kim.former')).toBe('kim.former');
  });
});
