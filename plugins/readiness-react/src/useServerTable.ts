import { useMemo, useRef } from 'react';
import { SortDescriptor, useTable } from '@backstage/ui';
import type {
  ListPage,
  ListRequest,
} from '@readiness/plugin-readiness-api-common';

/**
 * The paging every readiness list offers: 20 rows a page, or 50 or 100.
 *
 * @public
 */
export const LIST_PAGING = {
  pageSize: 20,
  pageSizeOptions: [20, 50, 100],
};

/**
 * A row of a readiness table as a Backstage UI table keys it.
 *
 * @public
 */
export type TableRow<T> = T & { id: string };

/**
 * Server-side paging and sorting for a Backstage UI `Table` over a readiness list endpoint: the
 * table asks for one page at a time and for its sorted column (a sortable column's id is the name
 * of the endpoint's sort), on top of `base`, the filters, period and search chosen outside it. A
 * change of `base` in value starts again from the first page. `lastRequest` is what is on screen,
 * for exports. Spread `tableProps` into the table.
 *
 * @public
 */
export function useServerTable<T extends object, R extends ListRequest>(
  fetchPage: (request: R) => Promise<ListPage<T>>,
  options: {
    base: R;
    /** The row's key, unique in the list: its entity ref, say. */
    rowId: (row: T) => string;
    defaultSort?: { sort: string; order: 'asc' | 'desc' };
    /** Rows a page; the portal's lists show 20 unless they sit in a tab. */
    pageSize?: number;
  },
) {
  const { base, rowId, defaultSort, pageSize = LIST_PAGING.pageSize } = options;
  // The request's own value, not the object's identity, decides when the table asks again.
  const key = JSON.stringify(base);
  const filter = useMemo(() => JSON.parse(key) as R, [key]);
  const last = useRef<R>(filter);
  const initialSort: SortDescriptor | undefined = defaultSort && {
    column: defaultSort.sort,
    direction: defaultSort.order === 'desc' ? 'descending' : 'ascending',
  };
  const { tableProps } = useTable<TableRow<T>, R>({
    mode: 'offset',
    filter,
    initialSort,
    paginationOptions: {
      pageSize,
      // A size of its own (a tab's ten) is fixed: the table offers no other.
      pageSizeOptions: LIST_PAGING.pageSizeOptions.includes(pageSize)
        ? LIST_PAGING.pageSizeOptions
        : [],
    },
    getData: async ({ offset, pageSize: limit, sort, filter: outside }) => {
      const order = sort?.direction === 'descending' ? 'desc' : 'asc';
      const request: R = {
        ...(outside ?? filter),
        sort: sort ? String(sort.column) : undefined,
        order: sort ? order : undefined,
        offset,
        limit,
      };
      last.current = request;
      const page = await fetchPage(request);
      return {
        data: page.items.map(row => ({ ...row, id: rowId(row) })),
        totalCount: page.total,
      };
    },
  });
  return { tableProps, lastRequest: () => last.current };
}
