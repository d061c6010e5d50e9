import { DoraTable, DoraTableCode } from '@readiness/plugin-continuity-common';
import { demoDoraTables, DEMO_REFERENCE_DATE } from '../../__testUtils__/demoDoraRegister';
import { withholdConfidentialValues } from '../doraRegister';
import { lintDoraRegister } from './doraLinter';

const context = { referenceDate: DEMO_REFERENCE_DATE, baseCurrency: 'EUR' };
const demo = demoDoraTables();

/** The demo register with one cell changed: `row` counts from 1, as findings do. */
function withCell(column: string, row: number, value: string | number | undefined): DoraTable[] {
  const code = column.slice(0, 7) as DoraTableCode;
  return demo.map(table => {
    if (table.code !== code) return table;
    const index = table.columns.findIndex(c => c.code === column);
    expect(index).toBeGreaterThanOrEqual(0);
    return {
      ...table,
      rows: table.rows.map((r, i) =>
        i === row - 1 ? { ...r, values: r.values.map((v, j) => (j === index ? value : v)) } : r,
      ),
    };
  });
}

const errorsOf = (tables: readonly DoraTable[]) =>
  lintDoraRegister(tables, context).filter(finding => finding.severity === 'error');

describe('the DORA pre-submission linter', () => {
  it('finds no error in the demo register, only warnings that do not block', () => {
    const findings = lintDoraRegister(demo, context);
    expect(findings.filter(finding => finding.severity === 'error')).toEqual([]);
    // The contracts are in dollars and the package's base currency is the euro.
    expect(findings.map(finding => finding.rule)).toContain('DORA-BASE-CURRENCY');
  });

  it('DORA-LEI: refuses a wrong check digit and an LEI of the wrong shape', () => {
    expect(errorsOf(withCell('B_05.01.0010', 1, '549300VGEJKB7Y4ZJB43'))).toContainEqual(
      expect.objectContaining({
        rule: 'DORA-LEI',
        template: 'B_05.01',
        row: 1,
        column: 'B_05.01.0010',
        message: expect.stringContaining('has check digits 43 where ISO 17442 gives 42'),
      }),
    );
    expect(errorsOf(withCell('B_01.01.0010', 1, 'MERIDIAN'))).toContainEqual(
      expect.objectContaining({ rule: 'DORA-LEI', template: 'B_01.01', row: 1, column: 'B_01.01.0010' }),
    );
  });

  it('DORA-COUNTRY and DORA-CURRENCY: only assigned ISO codes', () => {
    expect(errorsOf(withCell('B_05.01.0080', 2, 'UK'))).toContainEqual({
      rule: 'DORA-COUNTRY',
      severity: 'error',
      template: 'B_05.01',
      row: 2,
      column: 'B_05.01.0080',
      subject: demo.find(t => t.code === 'B_05.01')!.rows[1].subject,
      message: 'UK is not an ISO 3166-1 alpha-2 country code.',
    });
    expect(errorsOf(withCell('B_02.01.0040', 3, 'EURO'))).toContainEqual(
      expect.objectContaining({ rule: 'DORA-CURRENCY', template: 'B_02.01', row: 3, column: 'B_02.01.0040' }),
    );
  });

  it('DORA-LIST: a closed-list value that is not one of its options', () => {
    expect(errorsOf(withCell('B_07.01.0050', 4, 'Hard to replace'))).toContainEqual(
      expect.objectContaining({
        rule: 'DORA-LIST',
        template: 'B_07.01',
        row: 4,
        column: 'B_07.01.0050',
        message: expect.stringContaining('"Hard to replace" is not an option of LIST0701050'),
      }),
    );
  });

  it('DORA-MANDATORY: a required value left empty names the record and field to fill', () => {
    const records = demoDoraTables();
    const providers = records.find(table => table.code === 'B_05.01')!;
    providers.missing.push({
      column: 'B_05.01.0080',
      columnName: "Country of the ICT third-party service provider's headquarters",
      subject: providers.rows[4].subject,
      row: 5,
      source: 'spec.country',
      reason: 'mandatory; spec.country is empty',
    });
    expect(errorsOf(records)).toContainEqual({
      rule: 'DORA-MANDATORY',
      severity: 'error',
      template: 'B_05.01',
      row: 5,
      column: 'B_05.01.0080',
      subject: providers.rows[4].subject,
      message: "Country of the ICT third-party service provider's headquarters is empty: mandatory. Record spec.country.",
    });
  });

  it('DORA-REF: a contract whose provider is not in B_05.01, a function not in B_06.01, an assessment of no contract', () => {
    expect(errorsOf(withCell('B_02.02.0030', 1, '529900T8BM49AURSDO55'))).toContainEqual(
      expect.objectContaining({
        rule: 'DORA-REF',
        template: 'B_02.02',
        row: 1,
        column: 'B_02.02.0030',
        message: '529900T8BM49AURSDO55 is not in B_05.01.0010: every contract\'s provider is in B_05.01.',
      }),
    );
    expect(errorsOf(withCell('B_02.02.0050', 2, 'no-such-function'))).toContainEqual(
      expect.objectContaining({ rule: 'DORA-REF', template: 'B_02.02', row: 2, column: 'B_02.02.0050' }),
    );
    expect(errorsOf(withCell('B_07.01.0010', 3, 'NO-SUCH-CONTRACT'))).toContainEqual(
      expect.objectContaining({ rule: 'DORA-REF', template: 'B_07.01', row: 3, column: 'B_07.01.0010' }),
    );
  });

  it('DORA-DUPLICATE: two rows with the same key', () => {
    const providers = demo.find(table => table.code === 'B_05.01')!;
    const secondLei = providers.rows[1].values[0];
    expect(errorsOf(withCell('B_05.01.0010', 3, secondLei))).toContainEqual(
      expect.objectContaining({
        rule: 'DORA-DUPLICATE',
        template: 'B_05.01',
        row: 3,
        column: 'B_05.01.0010',
        message: expect.stringContaining('Row 3 repeats the key of row 2'),
      }),
    );
  });

  it('DORA-DATE-ORDER: a contract that ends before it starts; an audit after the reference date', () => {
    expect(errorsOf(withCell('B_02.02.0080', 1, '2001-01-01'))).toContainEqual(
      expect.objectContaining({
        rule: 'DORA-DATE-ORDER',
        template: 'B_02.02',
        row: 1,
        column: 'B_02.02.0080',
        message: expect.stringContaining('The contract ends before it starts: 2001-01-01'),
      }),
    );
    expect(lintDoraRegister(withCell('B_07.01.0070', 2, '2027-01-05'), context)).toContainEqual(
      expect.objectContaining({
        rule: 'DORA-DATE-ORDER',
        severity: 'warning',
        template: 'B_07.01',
        row: 2,
        column: 'B_07.01.0070',
      }),
    );
  });

  it('DORA-DATE and DORA-NUMBER: a date that is no date, a negative amount, hours that are not whole', () => {
    expect(errorsOf(withCell('B_06.01.0070', 1, '2026-02-30'))).toContainEqual(
      expect.objectContaining({ rule: 'DORA-DATE', template: 'B_06.01', row: 1, column: 'B_06.01.0070' }),
    );
    expect(errorsOf(withCell('B_02.01.0050', 2, -5))).toContainEqual(
      expect.objectContaining({ rule: 'DORA-NUMBER', template: 'B_02.01', row: 2, column: 'B_02.01.0050' }),
    );
    expect(errorsOf(withCell('B_06.01.0090', 3, 0.08))).toContainEqual(
      expect.objectContaining({
        rule: 'DORA-NUMBER',
        template: 'B_06.01',
        row: 3,
        column: 'B_06.01.0090',
        message: '0.08 is not a whole number of zero or more.',
      }),
    );
  });

  it('DORA-BASE-CURRENCY warns, and DORA-WITHHELD blocks a reader who may not see the amounts', () => {
    expect(lintDoraRegister(demo, context)).toContainEqual(
      expect.objectContaining({
        rule: 'DORA-BASE-CURRENCY',
        severity: 'warning',
        template: 'B_02.01',
        column: 'B_02.01.0040',
      }),
    );
    const asSeen = demo.map(table => withholdConfidentialValues(table, () => false));
    expect(errorsOf(asSeen)).toContainEqual(
      expect.objectContaining({ rule: 'DORA-WITHHELD', template: 'B_02.01' }),
    );
  });
});
