import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  ListPage,
  ListRequest,
} from '@readiness/plugin-readiness-api-common';

/** A list endpoint holding `total` rows, made by `row`, answering a page at a time. */
export function pagedList<T>(total: number, row: (index: number) => T) {
  return jest.fn(async (request: ListRequest): Promise<ListPage<T>> => {
    const offset = request.offset ?? 0;
    const limit = request.limit ?? 20;
    const count = Math.max(0, Math.min(limit, total - offset));
    return {
      items: Array.from({ length: count }, (_, index) => row(offset + index)),
      total,
      offset,
      limit,
    };
  });
}

/** Lets the CSV button save its file in jsdom, which has no object URLs. */
export function allowDownloads() {
  URL.createObjectURL = jest.fn(() => 'blob:csv');
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
}

// The table waits before it asks again, and the search box until typing pauses.
const SLOW = { timeout: 10_000 };

/**
 * Uses a server-side list of 45 rows (see {@link pagedList}) as a person would, checking what
 * each step asks of the backend: the first page in the default sort, the next page, a sortable
 * header (from the first page again) and one that sorts nothing, the search box. Then clicks the
 * CSV download, and returns the request on screen, which the download should export.
 */
export async function browseServerList(options: {
  /** The name of the list's region: its title. */
  region: string;
  fetchPage: jest.Mock;
  /** The first request: the outside filters, the default sort, offset 0 and 20 rows. */
  firstRequest: ListRequest;
  /** A header that sorts, and the backend's name of its sort. */
  sort?: { header: RegExp; name: string };
  unsortableHeader?: RegExp;
  /** The search box's label, and what to type into it. */
  search?: { label: string; text: string };
}): Promise<ListRequest> {
  const { fetchPage, firstRequest } = options;
  const list = () =>
    within(screen.getByRole('region', { name: options.region }));

  await waitFor(
    () => expect(fetchPage).toHaveBeenCalledWith(firstRequest),
    SLOW,
  );
  expect(
    await list().findByText('1 - 20 of 45', undefined, SLOW),
  ).toBeInTheDocument();

  await userEvent.click(
    list().getByRole('button', { name: 'Next table page' }),
  );
  await waitFor(
    () =>
      expect(fetchPage).toHaveBeenLastCalledWith({
        ...firstRequest,
        offset: 20,
      }),
    SLOW,
  );
  expect(
    await list().findByText('21 - 40 of 45', undefined, SLOW),
  ).toBeInTheDocument();

  let shown: ListRequest = { ...firstRequest, offset: 20 };
  if (options.sort) {
    await userEvent.click(
      list().getByRole('columnheader', { name: options.sort.header }),
    );
    shown = {
      ...firstRequest,
      sort: options.sort.name,
      order: 'asc',
      offset: 0,
    };
    await waitFor(
      () => expect(fetchPage).toHaveBeenLastCalledWith(shown),
      SLOW,
    );
  }

  if (options.unsortableHeader) {
    const calls = fetchPage.mock.calls.length;
    await userEvent.click(
      list().getByRole('columnheader', { name: options.unsortableHeader }),
    );
    await new Promise(resolve => setTimeout(resolve, 500));
    expect(fetchPage).toHaveBeenCalledTimes(calls);
  }

  if (options.search) {
    const { label, text } = options.search;
    await userEvent.type(list().getByRole('searchbox', { name: label }), text);
    shown = { ...shown, q: text, offset: 0 };
    await waitFor(
      () => expect(fetchPage).toHaveBeenLastCalledWith(shown),
      SLOW,
    );
    // Asked once typing paused, not once per key.
    expect(fetchPage).not.toHaveBeenCalledWith(
      expect.objectContaining({ q: text.slice(0, -1) }),
    );
  }

  await userEvent.click(list().getByRole('button', { name: 'Download CSV' }));
  return shown;
}
