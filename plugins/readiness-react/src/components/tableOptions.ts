import type { TableOptions } from '@backstage/core-components';

/**
 * Options of a short table inside a card: every row on one page, in the order given, with no
 * search or toolbar of its own (the card's title names it).
 *
 * @public
 */
export const SHORT_TABLE_OPTIONS: TableOptions<{}> = {
  paging: false,
  search: false,
  toolbar: false,
  padding: 'dense',
  sorting: false,
};
