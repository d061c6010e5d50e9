import { formatIsoDuration } from '@readiness/plugin-readiness-react';
import { Text } from '@backstage/ui';

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
