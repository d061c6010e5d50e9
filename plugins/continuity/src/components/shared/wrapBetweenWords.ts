import { TableColumn } from '@backstage/core-components';

/**
 * Backstage's theme lets table cells break words anywhere ("Cryptogr aphic"); here cells and
 * headers wrap only between words, so each column is at least as wide as its longest word.
 */
export function wrapBetweenWords<Row extends object>(
  column: TableColumn<Row>,
): TableColumn<Row> {
  const words = { wordBreak: 'normal', overflowWrap: 'normal' } as const;
  return {
    ...column,
    cellStyle:
      typeof column.cellStyle === 'function'
        ? column.cellStyle
        : { ...words, ...column.cellStyle },
    headerStyle: { ...words, ...column.headerStyle },
  };
}
