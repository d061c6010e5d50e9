import { useCallback, useRef } from 'react';
import type { ListPage, ListRequest } from '../../api/PostmortemsApi';

/** The part of material-table's remote query a server-side list uses. */
interface TableQuery {
  page: number;
  pageSize: number;
  orderBy?: { field?: unknown };
  orderDirection: string;
}

/**
 * Server-side paging and sorting for a Backstage Table: the table asks for one page at a time
 * and the sorted column's `field` (a sort the endpoint knows), on top of the filters, period and
 * search chosen outside it. `lastRequest` is what is on screen, for exports.
 */
export function useServerList<T extends object>(
  fetchPage: (request: ListRequest) => Promise<ListPage<T>>,
  base: ListRequest,
  defaultSort?: { sort: string; order: 'asc' | 'desc' },
) {
  const last = useRef<ListRequest>(base);
  const data = useCallback(
    async (query: TableQuery) => {
      const field =
        typeof query.orderBy?.field === 'string'
          ? query.orderBy.field
          : undefined;
      const request: ListRequest = {
        ...base,
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
    [fetchPage, base, defaultSort?.sort, defaultSort?.order],
  );
  return {
    data,
    lastRequest: () => last.current,
    // A new key remounts the table, so that changed filters start again from the first page.
    tableKey: JSON.stringify(base),
  };
}
