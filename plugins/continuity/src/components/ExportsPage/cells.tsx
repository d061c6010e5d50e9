import { Cell, Flex, Text } from '@backstage/ui';
import { RefList } from '../shared/RefList';

/** Where a value is fixed: the records (entity refs) or the configuration, as written. */
export function WhereToFix({
  subjects,
  count,
}: {
  subjects: string[];
  count?: number;
}) {
  const records = subjects.filter(subject => subject.includes(':'));
  const other = subjects.filter(subject => !subject.includes(':'));
  return (
    <Flex direction="column" gap="1">
      {records.length > 0 && <RefList refs={records} max={3} />}
      {other.map(subject => (
        <Text key={subject} variant="body-small">
          {subject.startsWith('readiness.')
            ? `app-config: ${subject}`
            : subject}
        </Text>
      ))}
      {count !== undefined && count > subjects.length && (
        <Text variant="body-x-small" color="secondary">
          ({count} records in all)
        </Text>
      )}
    </Flex>
  );
}

/** A cell whose title and description wrap instead of being cut off. */
export function WrappingCell({
  title,
  description,
}: {
  title: string;
  description?: string;
}) {
  return (
    <Cell>
      <Text variant="body-medium" as="div">
        {title}
      </Text>
      {description && (
        <Text variant="body-small" color="secondary" as="div">
          {description}
        </Text>
      )}
    </Cell>
  );
}
