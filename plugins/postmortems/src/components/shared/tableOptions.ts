import type { TableOptions } from '@backstage/core-components';
import { LIST_PAGING } from '@readiness/plugin-readiness-react';

/** A list the backend pages and searches, under the view's own filter bar. */
export const SERVER_LIST_OPTIONS: TableOptions = {
  ...LIST_PAGING,
  search: false,
  padding: 'dense',
  emptyRowsWhenPaging: false,
};

/** An entity's post-mortems or actions are shown ten at a time, in its tab. */
export const ENTITY_LIST_PAGE_SIZE = 10;

/** An entity's actions, as a Backstage Table. */
export const ENTITY_LIST_OPTIONS: TableOptions = {
  pageSize: ENTITY_LIST_PAGE_SIZE,
  search: false,
  padding: 'dense',
  emptyRowsWhenPaging: false,
};

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
