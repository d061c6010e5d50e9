import { InputError } from '@backstage/errors';
import { Request } from 'express';

/** A page of a list, with the total the filters matched. */
export interface ListPage<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

/** How a list endpoint reads its rows: the fields it can be filtered and sorted by. */
export interface ListFields<T> {
  /** Filterable fields: `?filter[severity]=critical&filter[severity]=high`. */
  filters: Record<string, (row: T) => string | string[] | boolean | undefined>;
  /** Sortable fields: `?sort=severity&order=desc`. */
  sorts: Record<string, (row: T) => string | number | undefined>;
  /** The text free-text search `?q=` looks in. */
  text: (row: T) => string;
  defaultSort?: string;
}

export interface ListQuery {
  /** The wanted values of each field, lower-case: filters match regardless of case. */
  filters: Record<string, string[]>;
  /** Lower-case free text. */
  q?: string;
  sort?: string;
  order: 'asc' | 'desc';
  offset: number;
  limit: number;
}

const MAX_LIMIT = 500;

function asStrings(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap(item =>
    String(item)
      .split(',')
      .map(part => part.trim())
      .filter(Boolean),
  );
}

function nonNegativeInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    throw new InputError(`${name} must be a whole number of 0 or more (got "${value}")`);
  }
  return number;
}

/** Reads and checks `filter[...]`, `q`, `sort`, `order`, `offset` and `limit` from a request. */
export function parseListQuery<T>(request: Request, fields: ListFields<T>): ListQuery {
  const query = request.query as Record<string, unknown>;
  const filters: Record<string, string[]> = {};
  const rawFilters = (query.filter ?? {}) as Record<string, unknown>;
  if (typeof rawFilters !== 'object' || Array.isArray(rawFilters)) {
    throw new InputError('filter must be given as filter[<field>]=<value>');
  }
  for (const [field, value] of Object.entries(rawFilters)) {
    if (!fields.filters[field]) {
      throw new InputError(
        `filter[${field}] is not a filter here; use one of ${Object.keys(fields.filters).join(', ')}`,
      );
    }
    filters[field] = asStrings(value).map(item => item.toLocaleLowerCase('en-US'));
  }
  const sort = query.sort === undefined ? fields.defaultSort : String(query.sort);
  if (sort !== undefined && !fields.sorts[sort]) {
    throw new InputError(
      `sort must be one of ${Object.keys(fields.sorts).join(', ')} (got "${sort}")`,
    );
  }
  const order = query.order === undefined ? 'asc' : String(query.order);
  if (order !== 'asc' && order !== 'desc') {
    throw new InputError(`order must be asc or desc (got "${order}")`);
  }
  const limit = nonNegativeInteger(query.limit, 'limit', 50);
  if (limit > MAX_LIMIT) {
    throw new InputError(`limit must be at most ${MAX_LIMIT} (got ${limit})`);
  }
  return {
    filters,
    q: query.q ? String(query.q).trim().toLocaleLowerCase('en-US') : undefined,
    sort,
    order,
    offset: nonNegativeInteger(query.offset, 'offset', 0),
    limit,
  };
}

/** The rows that match the query's filters and text, sorted, unpaged. */
export function filterRows<T>(rows: readonly T[], query: ListQuery, fields: ListFields<T>): T[] {
  const matching = rows.filter(row => {
    for (const [field, wanted] of Object.entries(query.filters)) {
      if (wanted.length === 0) continue;
      const value = fields.filters[field](row);
      const values = (Array.isArray(value) ? value : [value]).map(item =>
        String(item).toLocaleLowerCase('en-US'),
      );
      if (!wanted.some(item => values.includes(item))) {
        return false;
      }
    }
    return !query.q || fields.text(row).toLocaleLowerCase('en-US').includes(query.q);
  });
  if (query.sort) {
    const key = fields.sorts[query.sort];
    const direction = query.order === 'desc' ? -1 : 1;
    matching.sort((a, b) => {
      const left = key(a);
      const right = key(b);
      if (left === right) return 0;
      if (left === undefined) return 1;
      if (right === undefined) return -1;
      return (left < right ? -1 : 1) * direction;
    });
  }
  return matching;
}

/** Filters, sorts and pages rows as the query asks. */
export function applyListQuery<T>(
  rows: readonly T[],
  query: ListQuery,
  fields: ListFields<T>,
): ListPage<T> {
  const matching = filterRows(rows, query, fields);
  return {
    items: matching.slice(query.offset, query.offset + query.limit),
    total: matching.length,
    offset: query.offset,
    limit: query.limit,
  };
}
