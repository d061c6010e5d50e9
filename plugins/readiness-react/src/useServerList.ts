import { useCallback, useRef } from 'react';
import type {
  ListPage,
  ListRequest,
} from '@readiness/plugin-readiness-api-common';

/**
 * The part of material-table's remote query a server-side list uses.
 *
 * @public
 */
export interface TableQuery {
  page: number;
  pageSize: number;
  search?: string;
  orderBy?: { field?: unknown };
  orderDirection: string;
}

/**
 * The paging every readiness list offers, as Backstage `Table` options: 20 rows a page, or 50 or
 * 100. Spread into a table's `options`.
 *
 * @public
 */
export const LIST_PAGING = {
  pageSize: 20,
  pageSizeOptions: [20, 50, 100],
};

/**
 * Server-side paging, sorting and search for a Backstage Table: the table asks for one page at
 * a time, its sorted column's `field` (a sort the endpoint knows) and its search text (when the
 * table has a search box), on top of `base`, the filters, period and search chosen outside it.
 * `lastRequest` is what is on screen, for exports.
 *
 * @public
 */
export function useServerList<
  T extends object,
  R extends ListRequest = ListRequest,
>(
  fetchPage: (request: R) => Promise<ListPage<T>>,
  base: R,
  defaultSort?: { sort: string; order: 'asc' | 'desc' },
) {
  // The request's own value, not the object's identity, decides when the table asks again.
  const key = JSON.stringify(base);
  const last = useRef<R>(base);
  const data = useCallback(
    async (query: TableQuery) => {
      const field =
        typeof query.orderBy?.field === 'string'
          ? query.orderBy.field
          : undefined;
      const outside = JSON.parse(key) as R;
      const request: R = {
        ...outside,
        q: query.search || outside.q,
        sort: field ?? defaultSort?.sort,
        order: field
          ? (query.orderDirection as 'asc' | 'desc') || 'asc'
          : defaultSort?.order,
        offset: query.page * query.pageSize,
        limit: query.pageSize,
      };
      last.current = request;
      const page = await fetchPage(request);
      return { data: page.items, page: query.page, totalCount: page.total };
    },
    [fetchPage, key, defaultSort?.sort, defaultSort?.order],
  );
  return {
    data,
    lastRequest: () => last.current,
    // A new key remounts the table, so that changed filters start again from the first page.
    tableKey: key,
  };
}
