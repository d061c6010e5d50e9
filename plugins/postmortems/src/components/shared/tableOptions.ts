import type { TableOptions } from '@backstage/core-components';

/** An entity's post-mortems or actions are shown ten at a time, in its tab. */
export const ENTITY_LIST_PAGE_SIZE = 10;

/** The table behind a chart: no toolbar, and pages only when the rows need more than one. */
export function figureTableOptions(
  rows: number,
  pageSize: number,
): TableOptions {
  return {
    paging: rows > pageSize,
    pageSize,
    emptyRowsWhenPaging: false,
    search: false,
    toolbar: false,
    padding: 'dense',
  };
}
