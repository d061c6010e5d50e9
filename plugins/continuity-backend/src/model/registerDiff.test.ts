import { ContinuityPlanEntity } from '@readiness/plugin-readiness-common';
import { testVendor as vendor } from '../__testUtils__/registerHistory';
import { withholdConfidentialValues } from './doraRegister';
import { diffRegisters } from './registerDiff';
import { RegisterContent, registerTablesOf } from './registerHistory';

const plan = (name: string, rto: string): ContinuityPlanEntity => ({
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'ContinuityPlan',
  metadata: { name, namespace: 'default' },
  spec: {
    function: `${name} function`,
    owner: 'group:ach-operations-squad',
    criticality: 'critical',
    covers: ['system:ach'],
    bia: { rto, rpo: 'PT5M' },
    lastReviewed: '2026-01-01',
  } as ContinuityPlanEntity['spec'],
});

const sms = vendor('sms', { reference: 'SMS-1', startDate: '2023-01-01' });
const mail = vendor('mail', { reference: 'MAIL-1', startDate: '2022-01-01' });
const ach = plan('ach', 'PT4H');
const cards = plan('cards', 'PT1H');

function content(overrides: Partial<RegisterContent>): RegisterContent {
  return {
    vendors: [sms, mail],
    plans: [ach, cards],
    plansDependingOn: {},
    confidential: {},
    ...overrides,
  };
}

const tables = (c: RegisterContent) => registerTablesOf(c, '2026-11-22');

describe('diffRegisters', () => {
  it('reports nothing between equal registers', () => {
    expect(diffRegisters(tables(content({})), tables(content({})))).toEqual({
      providers: [],
      contracts: [],
      functions: [],
    });
  });

  it('reports providers and their contracts added and removed, added first', () => {
    const diff = diffRegisters(
      tables(content({ vendors: [sms] })),
      tables(content({ vendors: [mail] })),
    );
    expect(diff.providers).toEqual([
      { key: 'vendor:default/mail', label: 'mail Ltd', subject: 'vendor:default/mail', change: 'added', fields: [] },
      { key: 'vendor:default/sms', label: 'sms Ltd', subject: 'vendor:default/sms', change: 'removed', fields: [] },
    ]);
    expect(diff.contracts.map(c => [c.change, c.key])).toEqual([
      ['added', 'MAIL-1'],
      ['removed', 'SMS-1'],
    ]);
  });

  it('tells a new contract with the same provider by its reference', () => {
    const renewed = vendor('sms', { reference: 'SMS-2', startDate: '2026-01-01' });
    const diff = diffRegisters(tables(content({})), tables(content({ vendors: [renewed, mail] })));
    expect(diff.providers).toEqual([]);
    expect(diff.contracts.map(c => [c.change, c.key, c.subject])).toEqual([
      ['added', 'SMS-2', 'vendor:default/sms'],
      ['removed', 'SMS-1', 'vendor:default/sms'],
    ]);
  });

  it('lists each changed value before and after, leaving out what is unchanged', () => {
    const extended = vendor('sms', { reference: 'SMS-1', startDate: '2023-01-01', endDate: '2027-12-31' });
    const diff = diffRegisters(
      tables(content({})),
      tables(content({ vendors: [extended, mail], plans: [plan('ach', 'PT2H'), cards] })),
    );
    expect(diff.contracts).toEqual([
      {
        key: 'SMS-1',
        label: 'SMS-1',
        subject: 'vendor:default/sms',
        change: 'changed',
        fields: [
          {
            column: 'B_02.02.0080',
            name: 'End date of the contractual arrangement',
            before: '9999-12-31',
            after: '2027-12-31',
          },
        ],
      },
    ]);
    expect(diff.functions).toEqual([
      expect.objectContaining({
        key: 'continuityplan:default/ach',
        label: 'ach function',
        change: 'changed',
        fields: [
          { column: 'B_06.01.0080', name: 'Recovery time objective of the function', before: 4, after: 2 },
        ],
      }),
    ]);
  });

  it('joins the functions an arrangement supports, so a new one is a change of the contract', () => {
    const before = content({ plansDependingOn: { 'vendor:default/sms': ['continuityplan:default/ach'] } });
    const after = content({
      plansDependingOn: {
        'vendor:default/sms': ['continuityplan:default/ach', 'continuityplan:default/cards'],
      },
    });
    const [change] = diffRegisters(tables(before), tables(after)).contracts;
    expect(change.fields).toEqual([
      { column: 'B_02.02.0050', name: 'Function identifier', before: 'ach', after: 'ach; cards' },
    ]);
  });

  it('shows a confidential value that appears as a value without a before', () => {
    const valued = content({
      confidential: { 'vendor:default/sms': { annualValue: { amount: 50000, currency: 'GBP' }, financialReviews: [] } },
    });
    const [change] = diffRegisters(tables(content({})), tables(valued)).contracts;
    expect(change.fields.map(f => [f.column, f.before, f.after])).toEqual([
      ['B_02.01.0040', undefined, 'GBP'],
      ['B_02.01.0050', undefined, 50000],
    ]);
  });

  it('neither shows nor counts a change in a value withheld from the reader', () => {
    const valued = (amount: number) =>
      content({
        confidential: { 'vendor:default/sms': { annualValue: { amount, currency: 'GBP' }, financialReviews: [] } },
      });
    const withheld = (c: RegisterContent) => {
      const all = tables(c);
      return Object.fromEntries(
        Object.entries(all).map(([code, table]) => [code, withholdConfidentialValues(table, () => false)]),
      ) as typeof all;
    };
    expect(diffRegisters(tables(valued(40000)), tables(valued(50000))).contracts).toHaveLength(1);
    expect(diffRegisters(withheld(valued(40000)), withheld(valued(50000))).contracts).toEqual([]);
  });
});
