import { useCallback, useRef } from 'react';
import { ListPage, ListRequest } from '../../api/ContinuityApi';

/** The part of material-table's remote query the lists use. */
interface TableQuery {
  page: number;
  pageSize: number;
  search: string;
  orderBy?: { field?: unknown };
  orderDirection: string;
}

/**
 * Server-side paging, sorting and search for a Backstage Table: the table asks for one page at
 * a time with its search text and sorted column (whose `field` must be a sort the endpoint
 * knows), plus the filters chosen outside the table. `currentRequest` is the last request, for
 * exporting what is on screen.
 */
export function useServerList<T extends object>(
  fetchPage: (request: ListRequest) => Promise<ListPage<T>>,
  filters: Record<string, string[]>,
  defaultSort?: { sort: string; order: 'asc' | 'desc' },
) {
  const last = useRef<ListRequest>({ filters });
  const data = useCallback(
    async (query: TableQuery) => {
      const field = typeof query.orderBy?.field === 'string' ? query.orderBy.field : undefined;
      const request: ListRequest = {
        filters,
        q: query.search || undefined,
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
    [fetchPage, filters, defaultSort?.sort, defaultSort?.order],
  );
  return {
    data,
    currentRequest: () => last.current,
    // A new key remounts the table, so that a filter change starts again from the first page.
    tableKey: JSON.stringify(filters),
  };
}
