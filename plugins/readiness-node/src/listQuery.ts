import { InputError } from '@backstage/errors';
import {
  LIST_LIMIT_MAX,
  ListPage,
} from '@readiness/plugin-readiness-api-common';
import type { Request } from 'express';

/**
 * How a list endpoint reads its rows: the fields it can be filtered and sorted by.
 *
 * @public
 */
export interface ListFields<T> {
  /** Filterable fields: `?filter[severity]=critical&filter[severity]=high`. */
  filters: Record<string, (row: T) => string | string[] | boolean | undefined>;
  /** Sortable fields: `?sort=severity&order=desc`. */
  sorts: Record<string, (row: T) => string | number | undefined>;
  /** The text free-text search `?q=` looks in. */
  text: (row: T) => string;
  defaultSort?: string;
}

/**
 * A list request as read by `parseListQuery`.
 *
 * @public
 */
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

function asStrings(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap(item =>
    String(item)
      .split(',')
      .map(part => part.trim())
      .filter(Boolean),
  );
}

function nonNegativeInteger(
  value: unknown,
  name: string,
  fallback: number,
): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    throw new InputError(
      `${name} must be a whole number of 0 or more (got "${value}")`,
    );
  }
  return number;
}

/**
 * Reads and checks `filter[...]`, `q`, `sort`, `order`, `offset` and `limit` from a request,
 * against the names of a list's filters and sorts: a list's `ListFields`, or, for figures
 * computed over filtered rows, the rows' filters with the figures' sorts.
 *
 * @public
 */
export function parseListQuery(
  request: Request,
  fields: {
    filters: Record<string, unknown>;
    sorts: Record<string, unknown>;
    defaultSort?: string;
  },
): ListQuery {
  const query = request.query as Record<string, unknown>;
  const filters: Record<string, string[]> = {};
  const rawFilters = (query.filter ?? {}) as Record<string, unknown>;
  if (typeof rawFilters !== 'object' || Array.isArray(rawFilters)) {
    throw new InputError('filter must be given as filter[<field>]=<value>');
  }
  for (const [field, value] of Object.entries(rawFilters)) {
    if (!fields.filters[field]) {
      throw new InputError(
        `filter[${field}] is not a filter here; use one of ${Object.keys(
          fields.filters,
        ).join(', ')}`,
      );
    }
    filters[field] = asStrings(value).map(item =>
      item.toLocaleLowerCase('en-US'),
    );
  }
  const sort =
    query.sort === undefined ? fields.defaultSort : String(query.sort);
  if (sort !== undefined && !fields.sorts[sort]) {
    throw new InputError(
      `sort must be one of ${Object.keys(fields.sorts).join(
        ', ',
      )} (got "${sort}")`,
    );
  }
  const order = query.order === undefined ? 'asc' : String(query.order);
  if (order !== 'asc' && order !== 'desc') {
    throw new InputError(`order must be asc or desc (got "${order}")`);
  }
  const limit = nonNegativeInteger(query.limit, 'limit', 50);
  if (limit > LIST_LIMIT_MAX) {
    throw new InputError(
      `limit must be at most ${LIST_LIMIT_MAX} (got ${limit})`,
    );
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

type SortKey = string | number | undefined;

const MAX_CACHED_ANSWERS = 50;

/**
 * What filtering one rows array needs, derived from it once and kept as long as the array lives:
 * the rows of each value of each filter, the lower-case search text of each row and the order of
 * each sort. A request then intersects row positions and walks a sorted order instead of reading
 * every field of every row. Built piece by piece as queries ask for them.
 */
class RowIndex<T> {
  private readonly postings = new Map<string, Map<string, number[]>>();
  private readonly orders = new Map<string, number[]>();
  private texts?: string[];
  /** Recent answers by normalized query: paging through one filtered list filters once. */
  private readonly answers = new Map<string, readonly T[]>();

  constructor(
    private readonly rows: readonly T[],
    private readonly fields: ListFields<T>,
  ) {}

  /** The positions of the rows with each lower-case value of a filter field. */
  private postingsOf(field: string): Map<string, number[]> {
    let byValue = this.postings.get(field);
    if (!byValue) {
      byValue = new Map();
      const valueOf = this.fields.filters[field];
      this.rows.forEach((row, position) => {
        const value = valueOf(row);
        for (const item of Array.isArray(value) ? value : [value]) {
          const key = String(item).toLocaleLowerCase('en-US');
          const positions = byValue!.get(key);
          if (!positions) byValue!.set(key, [position]);
          else if (positions[positions.length - 1] !== position)
            positions.push(position);
        }
      });
      this.postings.set(field, byValue);
    }
    return byValue;
  }

  private textsOf(): string[] {
    this.texts ??= this.rows.map(row =>
      this.fields.text(row).toLocaleLowerCase('en-US'),
    );
    return this.texts;
  }

  /** Row positions in the order of a sort; equal keys keep the rows' order, missing keys last. */
  private orderOf(sort: string, order: 'asc' | 'desc'): number[] {
    const name = `${order} ${sort}`;
    let positions = this.orders.get(name);
    if (!positions) {
      const keys: SortKey[] = this.rows.map(this.fields.sorts[sort]);
      const direction = order === 'desc' ? -1 : 1;
      positions = keys.map((_, position) => position);
      positions.sort((a, b) => {
        const left = keys[a];
        const right = keys[b];
        if (left === right) return 0;
        if (left === undefined) return 1;
        if (right === undefined) return -1;
        return (left < right ? -1 : 1) * direction;
      });
      this.orders.set(name, positions);
    }
    return positions;
  }

  filter(query: ListQuery): readonly T[] {
    const active = Object.entries(query.filters)
      .filter(([, wanted]) => wanted.length > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    const key = JSON.stringify([
      active.map(([field, wanted]) => [field, [...new Set(wanted)].sort()]),
      query.q,
      query.sort,
      query.sort && query.order,
    ]);
    let answer = this.answers.get(key);
    if (answer) {
      this.answers.delete(key); // re-inserted below as the most recently used
    } else {
      answer = this.match(active, query);
      if (this.answers.size >= MAX_CACHED_ANSWERS) {
        this.answers.delete(this.answers.keys().next().value!);
      }
    }
    this.answers.set(key, answer);
    return answer;
  }

  private match(active: Array<[string, string[]]>, query: ListQuery): T[] {
    // hits[p] counts the filters row p passed so far; a row passes a filter with any wanted value.
    const hits =
      active.length > 0 ? new Uint8Array(this.rows.length) : undefined;
    active.forEach(([field, wanted], passed) => {
      const byValue = this.postingsOf(field);
      for (const value of wanted) {
        for (const position of byValue.get(value) ?? []) {
          if (hits![position] === passed) hits![position] = passed + 1;
        }
      }
    });
    const texts = query.q ? this.textsOf() : undefined;
    const matches = (position: number) =>
      (!hits || hits[position] === active.length) &&
      (!texts || texts[position].includes(query.q!));
    const matching: T[] = [];
    if (query.sort) {
      for (const position of this.orderOf(query.sort, query.order)) {
        if (matches(position)) matching.push(this.rows[position]);
      }
    } else {
      this.rows.forEach((row, position) => {
        if (matches(position)) matching.push(row);
      });
    }
    return matching;
  }
}

const indexes = new WeakMap<
  readonly unknown[],
  Map<ListFields<any>, RowIndex<any>>
>();

/**
 * The rows that match the query's filters and text, sorted, unpaged; the same array for the same
 * question, so never modified by callers. The rows array is indexed
 * on first use and the index kept while the array lives, so pass arrays derived once per
 * snapshot (or per snapshot and query key), not ones built for a single request.
 *
 * @public
 */
export function filterRows<T>(
  rows: readonly T[],
  query: ListQuery,
  fields: ListFields<T>,
): readonly T[] {
  let byFields = indexes.get(rows);
  if (!byFields) {
    byFields = new Map();
    indexes.set(rows, byFields);
  }
  let index = byFields.get(fields) as RowIndex<T> | undefined;
  if (!index) {
    index = new RowIndex(rows, fields);
    byFields.set(fields, index);
  }
  return index.filter(query);
}

const MAX_CACHED_PAGES = 20;
const pages = new WeakMap<readonly unknown[], Map<string, ListPage<unknown>>>();

/**
 * Filters, sorts and pages rows as the query asks. The same question gets the same page object
 * (kept with its filtered rows), so routes can send it with `sendSharedJson` and serialize a
 * page once rather than per request; callers must not modify it.
 *
 * @public
 */
export function applyListQuery<T>(
  rows: readonly T[],
  query: ListQuery,
  fields: ListFields<T>,
): ListPage<T> {
  const matching = filterRows(rows, query, fields);
  let byRange = pages.get(matching);
  if (!byRange) {
    byRange = new Map();
    pages.set(matching, byRange);
  }
  const key = `${query.offset} ${query.limit}`;
  let page = byRange.get(key) as ListPage<T> | undefined;
  if (!page) {
    page = {
      items: matching.slice(query.offset, query.offset + query.limit),
      total: matching.length,
      offset: query.offset,
      limit: query.limit,
    };
    if (byRange.size >= MAX_CACHED_PAGES) {
      byRange.delete(byRange.keys().next().value!);
    }
    byRange.set(key, page);
  }
  return page;
}
