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
