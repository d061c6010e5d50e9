import { ReactNode } from 'react';
import { Text } from '@backstage/ui';

/**
 * What a table says when it has no row: one sentence in the table's body text.
 *
 * @public
 */
export function TableEmptyText(props: { children: ReactNode }) {
  return (
    <Text as="p" variant="body-medium">
      {props.children}
    </Text>
  );
}
