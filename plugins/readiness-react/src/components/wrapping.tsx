import { ReactNode } from 'react';
import { Cell, Column, ColumnConfig, TableItem, Text } from '@backstage/ui';

/**
 * The column with a header that wraps between words. Backstage UI cuts a header that does not fit
 * its column short with an ellipsis; a sentence such as a check's title, or a figure's name over a
 * narrow column of numbers, reads better on two lines.
 *
 * @public
 */
export function withWrappingHeader<T extends TableItem>(
  column: ColumnConfig<T>,
): ColumnConfig<T> {
  const { id, label, isRowHeader, isSortable, width, defaultWidth } = column;
  const { minWidth, maxWidth } = column;
  return {
    ...column,
    header: () => (
      <Column
        id={id}
        textValue={label}
        isRowHeader={isRowHeader}
        allowsSorting={isSortable}
        width={width}
        defaultWidth={defaultWidth}
        minWidth={minWidth}
        maxWidth={maxWidth}
      >
        <span style={{ whiteSpace: 'normal' }}>{label}</span>
      </Column>
    ),
  };
}

/**
 * A cell whose text wraps between words rather than being cut short, as Backstage UI's `CellText`
 * does: a role, a message, a figure with its unit.
 *
 * @public
 */
export function WrappingTextCell(props: { children?: ReactNode }) {
  return (
    <Cell>
      <Text as="div" variant="body-medium">
        {props.children}
      </Text>
    </Cell>
  );
}
