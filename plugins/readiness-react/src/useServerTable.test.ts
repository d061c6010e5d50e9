import { act, renderHook, waitFor } from '@testing-library/react';
import type {
  ListPage,
  ListRequest,
} from '@readiness/plugin-readiness-api-common';
import { useServerTable } from './useServerTable';

interface Row {
  ref: string;
  title: string;
}

/** A list of 45 rows, answered a page at a time as the backend does. */
function listOf45() {
  const rows: Row[] = Array.from({ length: 45 }, (_, i) => ({
    ref: `postmortem:default/p${i}`,
    title: `P${i}`,
  }));
  return jest.fn(
    async (request: ListRequest): Promise<ListPage<Row>> => ({
      items: rows.slice(request.offset, request.offset! + request.limit!),
      total: rows.length,
      offset: request.offset!,
      limit: request.limit!,
    }),
  );
}

const rowId = (row: Row) => row.ref;

// The table waits 200 ms before it asks again; slow machines get longer.
const SLOW = { timeout: 5_000 };

describe('useServerTable', () => {
  jest.setTimeout(20_000);

  it('asks for the first page in the default sort, on top of the outside filters', async () => {
    const fetchPage = listOf45();
    const { result } = renderHook(() =>
      useServerTable(fetchPage, {
        base: { filters: { squad: ['group:default/ach'] }, q: 'fedach' },
        rowId,
        defaultSort: { sort: 'startedAt', order: 'desc' },
      }),
    );
    await waitFor(
      () => expect(result.current.tableProps.data).toHaveLength(20),
      SLOW,
    );
    expect(fetchPage).toHaveBeenCalledTimes(1);
    expect(fetchPage).toHaveBeenLastCalledWith({
      filters: { squad: ['group:default/ach'] },
      q: 'fedach',
      sort: 'startedAt',
      order: 'desc',
      offset: 0,
      limit: 20,
    });
    expect(result.current.tableProps.data![0]).toEqual({
      ref: 'postmortem:default/p0',
      title: 'P0',
      id: 'postmortem:default/p0',
    });
    expect(result.current.tableProps.sort?.descriptor).toEqual({
      column: 'startedAt',
      direction: 'descending',
    });
    expect(result.current.lastRequest()).toEqual(fetchPage.mock.calls[0][0]);
  });

  it('pages and sorts on the backend as the table asks', async () => {
    const fetchPage = listOf45();
    const { result } = renderHook(() =>
      useServerTable(fetchPage, { base: {}, rowId, pageSize: 10 }),
    );
    await waitFor(
      () => expect(result.current.tableProps.data).toHaveLength(10),
      SLOW,
    );
    const pagination = result.current.tableProps.pagination;
    expect(pagination).toMatchObject({
      type: 'page',
      totalCount: 45,
      hasNextPage: true,
    });

    act(() => {
      if (pagination.type === 'page') pagination.onNextPage();
    });
    await waitFor(
      () =>
        expect(fetchPage).toHaveBeenLastCalledWith(
          expect.objectContaining({ offset: 10, limit: 10 }),
        ),
      SLOW,
    );

    act(() =>
      result.current.tableProps.sort!.onSortChange({
        column: 'title',
        direction: 'ascending',
      }),
    );
    await waitFor(
      () =>
        expect(fetchPage).toHaveBeenLastCalledWith({
          sort: 'title',
          order: 'asc',
          offset: 0,
          limit: 10,
        }),
      SLOW,
    );
  });

  it('starts again from the first page when the outside request changes in value, and only then', async () => {
    const fetchPage = listOf45();
    const { result, rerender } = renderHook(
      ({ squad }) =>
        useServerTable(fetchPage, { base: { filters: { squad } }, rowId }),
      { initialProps: { squad: ['a'] } },
    );
    await waitFor(
      () => expect(result.current.tableProps.data).toHaveLength(20),
      SLOW,
    );
    const pagination = result.current.tableProps.pagination;
    act(() => {
      if (pagination.type === 'page') pagination.onNextPage();
    });
    await waitFor(() => expect(fetchPage).toHaveBeenCalledTimes(2), SLOW);

    // The same filters in a new object ask nothing.
    rerender({ squad: ['a'] });
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(fetchPage).toHaveBeenCalledTimes(2);

    rerender({ squad: ['b'] });
    await waitFor(
      () =>
        expect(fetchPage).toHaveBeenLastCalledWith({
          filters: { squad: ['b'] },
          sort: undefined,
          order: undefined,
          offset: 0,
          limit: 20,
        }),
      SLOW,
    );
  });
});
