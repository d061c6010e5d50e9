import { QueryParams } from './params';

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;

export interface Page<T> {
  items: T[];
  meta: { limit: number; offset: number; more: boolean; total: number | null };
}

/**
 * PagerDuty's classic offset pagination: `limit` (default 25, at most 100),
 * `offset`, `more`, and `total` only when asked with `total=true`.
 */
export function paginate<T>(items: T[], query: QueryParams): Page<T> {
  const limit = Math.min(query.integer('limit', 1) ?? DEFAULT_LIMIT, MAX_LIMIT);
  const offset = query.integer('offset', 0) ?? 0;
  return {
    items: items.slice(offset, offset + limit),
    meta: {
      limit,
      offset,
      more: offset + limit < items.length,
      total: query.boolean('total') ? items.length : null,
    },
  };
}
