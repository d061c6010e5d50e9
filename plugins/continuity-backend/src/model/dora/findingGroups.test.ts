import { DoraLintFinding } from '@readiness/plugin-continuity-common';
import { groupDoraFindings } from './findingGroups';

const finding = (overrides: Partial<DoraLintFinding>): DoraLintFinding => ({
  rule: 'DORA-MANDATORY',
  severity: 'error',
  template: 'B_05.01',
  message: 'A mandatory value is missing',
  ...overrides,
});

describe('groupDoraFindings', () => {
  it('counts each rule and severity once, with its templates, columns and first examples', () => {
    const findings = [
      finding({
        template: 'B_07.01',
        column: 'B_07.01.0050',
        row: 1,
        message: 'first',
      }),
      finding({ template: 'B_05.01', column: 'B_05.01.0010', row: 2 }),
      finding({ template: 'B_07.01', column: 'B_07.01.0050', row: 3 }),
      finding({
        rule: 'DORA-BASE-CURRENCY',
        severity: 'warning',
        column: 'B_05.01.0070',
        row: 4,
      }),
    ];
    expect(groupDoraFindings(findings, 2)).toEqual([
      {
        rule: 'DORA-MANDATORY',
        severity: 'error',
        count: 3,
        templates: ['B_05.01', 'B_07.01'],
        columns: ['B_07.01.0050', 'B_05.01.0010'],
        message: 'first',
        examples: findings.slice(0, 2),
      },
      {
        rule: 'DORA-BASE-CURRENCY',
        severity: 'warning',
        count: 1,
        templates: ['B_05.01'],
        columns: ['B_05.01.0070'],
        message: 'A mandatory value is missing',
        examples: [findings[3]],
      },
    ]);
  });

  it('puts errors before warnings, then orders by rule, and keeps the same rule apart by severity', () => {
    const groups = groupDoraFindings(
      [
        finding({ rule: 'DORA-Z', severity: 'warning' }),
        finding({ rule: 'DORA-Z', severity: 'error' }),
        finding({ rule: 'DORA-A', severity: 'warning', column: undefined }),
        finding({ rule: 'DORA-B', severity: 'error' }),
      ],
      3,
    );
    expect(groups.map(group => `${group.severity} ${group.rule}`)).toEqual([
      'error DORA-B',
      'error DORA-Z',
      'warning DORA-A',
      'warning DORA-Z',
    ]);
    expect(groups[2].columns).toEqual([]);
  });
});
