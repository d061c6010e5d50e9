import type { Waiver } from '@readiness/plugin-scorecards-common';
import type { CheckOutcome } from './results';
import { applyWaiver, isWaiverActive, validateWaiverInput } from './waivers';

const waiver: Waiver = {
  squadRef: 'group:default/wires-squad',
  checkId: 'recent-game-day',
  reason: 'Game day moved after the core migration',
  approvedBy: 'user:default/catherine.wright',
  createdAt: '2026-10-01T09:00:00.000Z',
  expiresAt: '2026-12-31T23:59:59.999Z',
};
const failing: CheckOutcome = {
  status: 'fail',
  summary: 'Last game day 200 days ago, more than 90.',
  items: [
    { title: 'Wires game day', entityRef: 'exercise:default/wires-game-day' },
  ],
};

// The display name the catalog gives the approver.
const nameOf = (ref: string) =>
  ref === 'user:default/catherine.wright' ? 'Catherine Wright' : ref;

describe('waivers', () => {
  it('are in force until their expiry', () => {
    expect(isWaiverActive(waiver, new Date('2026-12-31T12:00:00Z'))).toBe(true);
    expect(isWaiverActive(waiver, new Date('2027-01-01T00:00:00Z'))).toBe(
      false,
    );
    expect(isWaiverActive(undefined, new Date('2026-12-31T12:00:00Z'))).toBe(
      false,
    );
  });

  it('turn a failing outcome into waived, keeping its items, while in force', () => {
    expect(
      applyWaiver(
        'recent-game-day',
        failing,
        waiver,
        new Date('2026-11-01T00:00:00Z'),
        nameOf,
      ),
    ).toEqual({
      checkId: 'recent-game-day',
      status: 'waived',
      summary:
        'Waived by Catherine Wright until 2026-12-31: Game day moved after the core migration (Last game day 200 days ago, more than 90.)',
      items: failing.items,
    });
    expect(
      applyWaiver(
        'recent-game-day',
        failing,
        waiver,
        new Date('2027-01-02T00:00:00Z'),
        nameOf,
      ).status,
    ).toBe('fail');
  });

  it('leave passes and no-data after expiry alone', () => {
    const passing: CheckOutcome = { status: 'pass', summary: 'ok', items: [] };
    expect(
      applyWaiver(
        'x',
        passing,
        waiver,
        new Date('2026-11-01T00:00:00Z'),
        nameOf,
      ).status,
    ).toBe('pass');
    const noData: CheckOutcome = {
      status: 'no-data',
      summary: 'PagerDuty unreachable',
      items: [],
    };
    expect(
      applyWaiver('x', noData, waiver, new Date('2026-11-01T00:00:00Z'), nameOf)
        .status,
    ).toBe('waived');
  });
});

describe('validateWaiverInput', () => {
  const now = new Date('2026-11-22T10:00:00Z');

  it('returns the end of the expiry day for a good waiver', () => {
    expect(
      validateWaiverInput(
        { reason: 'Migration', expiresOn: '2027-01-31' },
        now,
      ),
    ).toEqual({
      problems: [],
      expiresAt: '2027-01-31T23:59:59.999Z',
    });
  });

  it('names the reason and the expiry when they are wrong', () => {
    expect(
      validateWaiverInput({ reason: '', expiresOn: '31/01/2027' }, now)
        .problems,
    ).toEqual([
      { field: 'reason', message: 'must say why the check is waived' },
      { field: 'expiresOn', message: 'must be a date YYYY-MM-DD' },
    ]);
    expect(
      validateWaiverInput({ reason: 'x', expiresOn: '2026-11-22' }, now)
        .problems,
    ).toEqual([{ field: 'expiresOn', message: 'must be after today' }]);
    expect(
      validateWaiverInput({ reason: 'x', expiresOn: '2028-01-01' }, now)
        .problems,
    ).toEqual([{ field: 'expiresOn', message: 'must be within 366 days' }]);
    expect(
      validateWaiverInput({ reason: 'x', expiresOn: '2027-02-30' }, now)
        .problems,
    ).toEqual([{ field: 'expiresOn', message: 'must be a date YYYY-MM-DD' }]);
  });
});
