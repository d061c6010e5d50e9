import { formatIsoDuration, TableRow } from '@readiness/plugin-readiness-react';
import { Cell, ColumnConfig, Text } from '@backstage/ui';
import { ExerciseRow } from '@readiness/plugin-continuity-common';

/** A count and a noun, singular or plural: "1 finding", "3 findings". */
export function plural(
  count: number,
  noun: string,
  nouns = `${noun}s`,
): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** A measured recovery time against its target; a missed target is red. */
export function TargetVsMeasured({
  label,
  target,
  measured,
  met,
}: {
  label: string;
  target?: string;
  measured?: string;
  met?: boolean;
}) {
  if (!target && !measured) return null;
  let text = `target ${formatIsoDuration(target!, 'short')}, not measured`;
  if (measured) {
    text = target
      ? `${formatIsoDuration(measured, 'short')} of ${formatIsoDuration(
          target,
          'short',
        )}`
      : formatIsoDuration(measured, 'short');
  }
  return (
    <div>
      <Text variant="body-x-small" color="secondary">
        {label}{' '}
      </Text>
      <Text variant="body-small" color={met === false ? 'danger' : 'primary'}>
        {text}
        {met === false ? ' (missed)' : ''}
      </Text>
    </div>
  );
}

/** An exercise's measured RTO and RPO against their targets, in the plan's and the list's tables. */
export const recoveryTimesColumn: ColumnConfig<TableRow<ExerciseRow>> = {
  id: 'recoveryTimes',
  label: 'RTO / RPO',
  minWidth: 140,
  cell: row => (
    <Cell>
      <TargetVsMeasured
        label="RTO"
        target={row.targetRto}
        measured={row.measuredRto}
        met={row.rtoMet}
      />
      <TargetVsMeasured
        label="RPO"
        target={row.targetRpo}
        measured={row.measuredRpo}
        met={row.rpoMet}
      />
    </Cell>
  ),
};

/** What an exercise found, and how much of it is still to do. */
export const findingsAndActions = (row: ExerciseRow) =>
  `${plural(row.findings.length, 'finding')}, ${row.openActions} of ${plural(
    row.actions.length,
    'action',
  )} open`;
