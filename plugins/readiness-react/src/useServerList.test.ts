import { act, renderHook } from '@testing-library/react';
import type { ListRequest } from '@readiness/plugin-readiness-api-common';
import { useServerList } from './useServerList';

interface PeriodRequest extends ListRequest {
  from?: string;
}

const page = { items: [{ id: 1 }], total: 41, offset: 20, limit: 20 };

describe('useServerList', () => {
  it('asks for the page, sort and search the table shows, on top of the outside filters', async () => {
    const fetchPage = jest.fn(async (_request: PeriodRequest) => page);
    const { result } = renderHook(() =>
      useServerList(fetchPage, {
        filters: { severity: ['high'] },
        from: '2026-01-01',
        q: 'ach',
      }),
    );
    let answer: unknown;
    await act(async () => {
      answer = await result.current.data({
        page: 1,
        pageSize: 20,
        orderBy: { field: 'title' },
        orderDirection: 'desc',
      });
    });
    expect(fetchPage).toHaveBeenLastCalledWith({
      filters: { severity: ['high'] },
      from: '2026-01-01',
      q: 'ach',
      sort: 'title',
      order: 'desc',
      offset: 20,
      limit: 20,
    });
    expect(answer).toEqual({ data: page.items, page: 1, totalCount: 41 });
    expect(result.current.lastRequest()).toEqual(fetchPage.mock.calls[0][0]);

    // The table's own search box wins over the outside search.
    await act(async () => {
      await result.current.data({
        page: 0,
        pageSize: 20,
        search: 'fedwire',
        orderDirection: '',
      });
    });
    expect(fetchPage).toHaveBeenLastCalledWith(
      expect.objectContaining({ q: 'fedwire', offset: 0, sort: undefined }),
    );
  });

  it('sorts by the default unless a column is sorted', async () => {
    const fetchPage = jest.fn(async (_request: ListRequest) => page);
    const { result } = renderHook(() =>
      useServerList(fetchPage, {}, { sort: 'gap', order: 'desc' }),
    );
    await act(async () => {
      await result.current.data({ page: 0, pageSize: 10, orderDirection: '' });
    });
    expect(fetchPage).toHaveBeenLastCalledWith({
      q: undefined,
      sort: 'gap',
      order: 'desc',
      offset: 0,
      limit: 10,
    });
  });

  it('asks again only when the outside request changes in value', () => {
    const fetchPage = async (_request: ListRequest) => page;
    const { result, rerender } = renderHook(
      ({ filters }) => useServerList(fetchPage, { filters }),
      { initialProps: { filters: { squad: ['a'] } } },
    );
    const first = result.current;
    rerender({ filters: { squad: ['a'] } });
    expect(result.current.data).toBe(first.data);
    expect(result.current.tableKey).toBe(first.tableKey);
    rerender({ filters: { squad: ['b'] } });
    expect(result.current.data).not.toBe(first.data);
    expect(result.current.tableKey).not.toBe(first.tableKey);
  });
});
