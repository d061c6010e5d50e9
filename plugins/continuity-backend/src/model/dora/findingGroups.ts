import {
  DORA_TABLE_CODES,
  DoraFindingGroup,
  DoraLintFinding,
} from '@readiness/plugin-continuity-common';

/**
 * The linter's findings by rule and severity, errors first, then by rule: how many, in which
 * templates and columns, and the first `maxExamples` of each. At scale a rule such as
 * DORA-MANDATORY has thousands of findings; the register's answer carries this instead.
 */
export function groupDoraFindings(
  findings: readonly DoraLintFinding[],
  maxExamples: number,
): DoraFindingGroup[] {
  const groups = new Map<
    string,
    DoraFindingGroup & { templateSet: Set<string>; columnSet: Set<string> }
  >();
  for (const finding of findings) {
    const key = `${finding.severity} ${finding.rule}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        rule: finding.rule,
        severity: finding.severity,
        count: 0,
        templates: [],
        columns: [],
        message: finding.message,
        examples: [],
        templateSet: new Set(),
        columnSet: new Set(),
      };
      groups.set(key, group);
    }
    group.count += 1;
    group.templateSet.add(finding.template);
    if (finding.column) group.columnSet.add(finding.column);
    if (group.examples.length < maxExamples) group.examples.push(finding);
  }
  return [...groups.values()]
    .map(({ templateSet, columnSet, ...group }) => ({
      ...group,
      templates: DORA_TABLE_CODES.filter(code => templateSet.has(code)),
      columns: [...columnSet],
    }))
    .sort(
      (a, b) =>
        Number(a.severity !== 'error') - Number(b.severity !== 'error') ||
        a.rule.localeCompare(b.rule),
    );
}
