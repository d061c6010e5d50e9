import {
  ALERT_CATALOG_FIELDS,
  AlertCatalogField,
} from '@readiness/plugin-alerts-common';
import type { ListRequest } from '@readiness/plugin-readiness-api-common';

/** What the catalog page shows, kept in its URL so a filtered view can be shared. */
export interface CatalogState {
  filters: Partial<Record<AlertCatalogField, string[]>>;
  q: string;
  sort?: string;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [20, 50, 100];

function wholeNumber(value: string | null, fallback: number): number {
  const number = Number(value);
  return value !== null && Number.isInteger(number) && number >= 0
    ? number
    : fallback;
}

/** Reads the page state from `?severity=critical&paging=true&q=ach&page=2&...`. */
export function readCatalogState(params: URLSearchParams): CatalogState {
  const filters: CatalogState['filters'] = {};
  for (const field of ALERT_CATALOG_FIELDS) {
    const values = params.getAll(field).filter(Boolean);
    if (values.length) filters[field] = values;
  }
  const pageSize = wholeNumber(params.get('pageSize'), PAGE_SIZES[0]);
  return {
    filters,
    q: params.get('q') ?? '',
    sort: params.get('sort') ?? undefined,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: wholeNumber(params.get('page'), 0),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : PAGE_SIZES[0],
  };
}

/** The URL query of a page state, leaving out defaults. */
export function writeCatalogState(state: CatalogState): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of ALERT_CATALOG_FIELDS) {
    for (const value of state.filters[field] ?? []) params.append(field, value);
  }
  if (state.q) params.set('q', state.q);
  if (state.sort) params.set('sort', state.sort);
  if (state.order === 'desc') params.set('order', 'desc');
  if (state.page) params.set('page', String(state.page));
  if (state.pageSize !== PAGE_SIZES[0])
    params.set('pageSize', String(state.pageSize));
  return params;
}

/** The list request of a page state. */
export function catalogRequest(state: CatalogState): ListRequest {
  return {
    filters: state.filters,
    q: state.q.trim() || undefined,
    sort: state.sort,
    order: state.sort ? state.order : undefined,
    offset: state.page * state.pageSize,
    limit: state.pageSize,
  };
}
