import type {
  ContinuityPlanRow,
  DoraTableSummary,
} from '@readiness/plugin-continuity-common';
import {
  describeRecordChange,
  doraCompleteness,
  unexercisedCriticalFunctions,
} from './auditRows';

const plan = (
  name: string,
  criticality: ContinuityPlanRow['criticality'],
  heldOn?: string,
) =>
  ({
    ref: `continuityplan:default/${name}`,
    name,
    title: `${name} plan`,
    function: `${name} function`,
    criticality,
    lastHeldExercise: heldOn && {
      ref: `exercise:default/${name}-drill`,
      date: heldOn,
      type: 'game-day',
    },
  } as ContinuityPlanRow);

describe('unexercisedCriticalFunctions', () => {
  it('lists critical functions with no exercise held within 12 months, never-exercised first', () => {
    const rows = unexercisedCriticalFunctions(
      [
        plan('wires', 'critical', '2025-11-22'),
        plan('cards', 'critical', '2025-11-21'),
        plan('ach', 'critical'),
        plan('sms', 'high', '2020-01-01'),
      ],
      '2026-11-22',
    );
    expect(rows).toEqual([
      {
        key: 'continuityplan:default/ach',
        title: 'ach function',
        detail: 'ach plan · never exercised',
        href: '/catalog/default/continuityplan/ach/continuity',
      },
      {
        key: 'continuityplan:default/cards',
        title: 'cards function',
        detail: 'cards plan · last exercised 2025-11-21 (game-day)',
        href: '/catalog/default/continuityplan/cards/continuity',
      },
    ]);
  });
});

describe('doraCompleteness', () => {
  const table = (
    code: string,
    rowCount: number,
    missing: Array<{ column: string; rows: number }>,
  ) =>
    ({
      code,
      name: `Table ${code}`,
      columns: [
        { code: `${code}.0010`, requirement: 'mandatory' },
        { code: `${code}.0020`, requirement: 'mandatory' },
        { code: `${code}.0030`, requirement: 'conditional' },
      ],
      rowCount,
      missingCount: missing.reduce((sum, m) => sum + m.rows, 0),
      missingByColumn: missing,
      withheld: 0,
    } as unknown as DoraTableSummary);

  it('counts mandatory values recorded and every missing value, by table', () => {
    expect(
      doraCompleteness([
        table('B_05.01', 10, [
          { column: 'B_05.01.0010', rows: 3 },
          { column: 'B_05.01.0030', rows: 2 },
        ]),
        table('B_02.01', 5, []),
      ]),
    ).toEqual({
      // 30 mandatory values, 3 missing: 90%.
      percentMandatory: 90,
      missingValues: 5,
      incompleteTables: [
        { code: 'B_05.01', name: 'Table B_05.01', missing: 5 },
      ],
    });
  });

  it('calls an empty register complete', () => {
    expect(doraCompleteness([]).percentMandatory).toBe(100);
  });
});

describe('describeRecordChange', () => {
  it('names the records, the day, the author, the commit and the file', () => {
    expect(
      describeRecordChange({
        path: 'catalog-info/continuity/plans.yaml',
        lastChange: {
          commit: '1c39955aa0b1',
          author: 'Alex Auditor',
          date: '2026-11-20T10:00:00+01:00',
          subject: 'Raise the wires RTO',
        },
        records: [
          { ref: 'continuityplan:default/wires', title: 'Wires continuity' },
          { ref: 'continuityplan:default/cards', title: 'Cards continuity' },
        ],
      }),
    ).toEqual({
      title: 'Wires continuity and 1 more record',
      detail:
        '2026-11-20 · Alex Auditor · 1c39955 “Raise the wires RTO” · catalog-info/continuity/plans.yaml',
      href: '/catalog/default/continuityplan/wires',
    });
  });
});
