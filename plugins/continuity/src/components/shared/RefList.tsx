import { Flex, Text } from '@backstage/ui';
import { RecordRef } from './RecordRef';

/**
 * Links to a few entities, and how many more there are; by the titles given (a record's answer
 * carries them), else by what the catalog presents.
 */
export function RefList({
  refs,
  max = 3,
  defaultKind,
  titles = {},
}: {
  refs: readonly string[];
  max?: number;
  defaultKind?: string;
  titles?: Readonly<Record<string, string>>;
}) {
  if (refs.length === 0) {
    return (
      <Text as="div" variant="body-small" color="secondary">
        none
      </Text>
    );
  }
  return (
    <Flex direction="column" align="start" gap="1">
      {refs.slice(0, max).map(ref => (
        <RecordRef key={ref} entityRef={ref} defaultKind={defaultKind}>
          {titles[ref]}
        </RecordRef>
      ))}
      {refs.length > max && (
        <Text as="div" variant="body-x-small" color="secondary">
          and {refs.length - max} more
        </Text>
      )}
    </Flex>
  );
}
