import type { CapabilityCheck } from '@readiness/plugin-readiness-common';
import type { Attestation } from '@readiness/plugin-scorecards-common';
import {
  approvalRecipients,
  attestationExpiry,
  attestationState,
  attestationValidity,
  evaluateAttestation,
  listAttestationsDue,
  validateAttestationInput,
} from './attestations';
import {
  automaticCheck,
  testCapabilityModel,
} from '../__testUtils__/capabilityModel';

const ci: CapabilityCheck = {
  id: 'continuous-integration',
  title: 'CI',
  level: 1,
  category: 'delivery',
  type: 'attestation',
  evidence: 'Link to the pipeline.',
  validity: 'P6M',
  approval: 'optional',
};
const techDebt: CapabilityCheck = {
  id: 'tech-debt-time',
  title: 'Tech debt',
  level: 3,
  category: 'delivery',
  type: 'attestation',
  approval: 'required',
};
const model = testCapabilityModel(
  1,
  [
    ci,
    techDebt,
    automaticCheck('escalation', 'Escalation', 1, 'operations', 'x'),
  ],
  { version: '2026.2', attestationValidity: 'P3M' },
);

function attest(
  check: CapabilityCheck,
  attestedAt: string,
  extra: Partial<Attestation> = {},
): Attestation {
  return {
    squadRef: 'group:default/ach-operations-squad',
    checkId: check.id,
    evidenceUrl: 'https://ci.example/ach',
    comment: 'Builds on every pull request',
    attestedBy: 'user:default/ada.engineer',
    attestedAt,
    expiresAt: attestationExpiry(
      new Date(attestedAt),
      attestationValidity(model, check),
    )?.toISOString(),
    ...extra,
  };
}

// The display names the catalog gives the people who attest and decide.
const displayNames: Record<string, string> = {
  'user:default/ada.engineer': 'Ada Engineer',
  'user:default/catherine.wright': 'Catherine Wright',
};
const nameOf = (ref: string) => displayNames[ref] ?? ref;

describe('attestation validity', () => {
  it("takes the check's validity, else the model's", () => {
    expect(attestationValidity(model, ci)).toBe('P6M');
    expect(attestationValidity(model, techDebt)).toBe('P3M');
  });

  it('expires by calendar months, and never without a validity', () => {
    expect(
      attestationExpiry(new Date('2026-01-31T09:00:00Z'), 'P3M')?.toISOString(),
    ).toBe('2026-04-30T09:00:00.000Z');
    expect(
      attestationExpiry(new Date('2026-01-31T09:00:00Z'), undefined),
    ).toBeUndefined();
  });

  it('is valid, then expiring soon, then expired as the clock moves', () => {
    const attestation = attest(ci, '2026-03-01T10:00:00Z'); // expires 2026-09-01
    expect(
      attestationState(ci, attestation, new Date('2026-05-01T00:00:00Z')),
    ).toBe('valid');
    expect(
      attestationState(ci, attestation, new Date('2026-08-15T00:00:00Z')),
    ).toBe('expiring-soon');
    expect(
      attestationState(ci, attestation, new Date('2026-09-01T10:00:00Z')),
    ).toBe('expired');
    expect(
      attestationState(ci, undefined, new Date('2026-05-01T00:00:00Z')),
    ).toBe('missing');
  });

  it('waits for approval only where the check requires it', () => {
    const now = new Date('2026-03-02T00:00:00Z');
    expect(
      attestationState(techDebt, attest(techDebt, '2026-03-01T10:00:00Z'), now),
    ).toBe('awaiting-approval');
    expect(
      attestationState(
        techDebt,
        attest(techDebt, '2026-03-01T10:00:00Z', {
          approvedBy: 'user:default/catherine.wright',
          approvedAt: '2026-03-01T12:00:00Z',
        }),
        now,
      ),
    ).toBe('valid');
    expect(attestationState(ci, attest(ci, '2026-03-01T10:00:00Z'), now)).toBe(
      'valid',
    );
  });

  it('counts a rejected attestation of a check that requires approval as rejected', () => {
    const rejected = attest(techDebt, '2026-03-01T10:00:00Z', {
      rejectedBy: 'user:default/catherine.wright',
      rejectedAt: '2026-03-01T12:00:00Z',
      decisionReason: 'The board shows another squad',
    });
    const now = new Date('2026-03-02T00:00:00Z');
    expect(attestationState(techDebt, rejected, now)).toBe('rejected');
    expect(evaluateAttestation(techDebt, rejected, now, nameOf)).toMatchObject({
      status: 'fail',
      summary:
        'Attested by Ada Engineer on 2026-03-01; rejected by Catherine Wright on 2026-03-01: The board shows another squad',
    });
  });
});

describe('approvalRecipients', () => {
  const ada = 'user:default/ada.engineer';

  it('tells the group the model names as its owner, whoever that is, but not the attester', () => {
    const governed = testCapabilityModel(3, [ci, techDebt], {
      owner: 'group:engineering-governance',
    });
    expect(approvalRecipients(governed, techDebt, ada)).toEqual({
      type: 'entity',
      entityRef: 'group:default/engineering-governance',
      excludeEntityRef: ada,
    });
    const elsewhere = testCapabilityModel(3, [ci, techDebt], {
      owner: 'risk/Model-Board',
    });
    expect(approvalRecipients(elsewhere, techDebt, ada)).toMatchObject({
      entityRef: 'group:risk/model-board',
    });
  });

  it('tells nobody of an attestation that takes effect without approval', () => {
    expect(approvalRecipients(model, ci, ada)).toBeUndefined();
    expect(
      approvalRecipients(model, { ...ci, approval: undefined }, ada),
    ).toBeUndefined();
  });
});

describe('evaluateAttestation', () => {
  it('passes with the evidence link while valid', () => {
    expect(
      evaluateAttestation(
        ci,
        attest(ci, '2026-03-01T10:00:00Z'),
        new Date('2026-04-01T00:00:00Z'),
        nameOf,
      ),
    ).toEqual({
      status: 'pass',
      summary:
        'Attested by Ada Engineer on 2026-03-01, valid until 2026-09-01.',
      items: [
        {
          title: 'Evidence attested by Ada Engineer',
          url: 'https://ci.example/ach',
          detail: 'Builds on every pull request',
        },
      ],
    });
  });

  it('fails when missing, expired or awaiting a required approval', () => {
    expect(
      evaluateAttestation(
        ci,
        undefined,
        new Date('2026-04-01T00:00:00Z'),
        nameOf,
      ),
    ).toMatchObject({
      status: 'fail',
      summary: 'Not attested yet.',
      items: [{ title: 'Evidence needed', detail: 'Link to the pipeline.' }],
    });
    expect(
      evaluateAttestation(
        ci,
        attest(ci, '2026-03-01T10:00:00Z'),
        new Date('2026-10-01T00:00:00Z'),
        nameOf,
      ).summary,
    ).toBe('Attested by Ada Engineer on 2026-03-01; expired on 2026-09-01.');
    expect(
      evaluateAttestation(
        techDebt,
        attest(techDebt, '2026-03-01T10:00:00Z'),
        new Date('2026-03-02T00:00:00Z'),
        nameOf,
      ),
    ).toMatchObject({
      status: 'fail',
      summary: expect.stringContaining('awaiting approval'),
    });
  });
});

describe('listAttestationsDue', () => {
  it('lists the attestation checks that are missing, expired, expiring or awaiting approval', () => {
    const due = listAttestationsDue(
      model,
      [
        attest(ci, '2026-03-01T10:00:00Z'),
        attest(techDebt, '2026-08-01T10:00:00Z'),
      ],
      new Date('2026-08-20T00:00:00Z'),
    );
    expect(due.map(d => [d.checkId, d.state])).toEqual([
      ['continuous-integration', 'expiring-soon'],
      ['tech-debt-time', 'awaiting-approval'],
    ]);
    expect(
      listAttestationsDue(model, [], new Date('2026-08-20T00:00:00Z')).map(
        d => d.state,
      ),
    ).toEqual(['missing', 'missing']);
  });
});

describe('validateAttestationInput', () => {
  it('accepts an http(s) link and a comment', () => {
    expect(
      validateAttestationInput({
        evidenceUrl: 'https://ci.example/x',
        comment: 'Green',
      }),
    ).toEqual([]);
  });

  it('names each bad field', () => {
    expect(
      validateAttestationInput({
        evidenceUrl: 'ftp://files.example/ci.log',
        comment: ' ',
      }),
    ).toEqual([
      {
        field: 'evidenceUrl',
        message: 'must be an http or https link to the evidence',
      },
      { field: 'comment', message: 'must say what the evidence shows' },
    ]);
    expect(
      validateAttestationInput({
        evidenceUrl: 'https://x.example',
        comment: 'x'.repeat(2001),
      }),
    ).toEqual([
      { field: 'comment', message: 'must be at most 2000 characters' },
    ]);
  });
});
