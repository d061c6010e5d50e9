/**
 * A page of a server-side list, as every readiness list endpoint answers.
 *
 * @public
 */
export interface ListPage<T> {
  items: T[];
  /** How many rows the filters matched, on every page. */
  total: number;
  offset: number;
  limit: number;
}

/**
 * The most rows a readiness list endpoint sends in one page (`limit`).
 *
 * @public
 */
export const LIST_LIMIT_MAX = 500;

/**
 * What a request to a readiness list endpoint asks for: `filter[<field>]=`, `q`, `sort`,
 * `order`, `offset` and `limit`.
 *
 * @public
 */
export interface ListRequest {
  /** `filter[<field>]` values; several values of one field match any of them. */
  filters?: Record<string, string[]>;
  q?: string;
  sort?: string;
  order?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
}

/**
 * The query string of a list request, as every readiness list endpoint reads it
 * (`?filter[severity]=critical&q=ach&sort=title&order=desc&offset=40&limit=20`), or `''` when
 * the request asks for nothing. `extra` adds an endpoint's own parameters (a period, a grouping);
 * empty values are left out.
 *
 * @public
 */
export function listQueryString(
  request: ListRequest = {},
  extra: Record<string, string | undefined> = {},
): string {
  const params = new URLSearchParams();
  for (const [field, values] of Object.entries(request.filters ?? {})) {
    for (const value of values) params.append(`filter[${field}]`, value);
  }
  const scalars = {
    q: request.q,
    sort: request.sort,
    order: request.order,
    offset: request.offset?.toString(),
    limit: request.limit?.toString(),
    ...extra,
  };
  for (const [name, value] of Object.entries(scalars)) {
    if (value !== undefined && value !== '') params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
