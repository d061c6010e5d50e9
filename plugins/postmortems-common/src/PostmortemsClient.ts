import type { PostmortemAnalytics } from './analytics';
import type { PostmortemSummary } from './summary';
import type {
  ListPage,
  RootCauseTaxonomy,
} from '@readiness/plugin-readiness-common';
import {
  createJsonFetcher,
  JsonFetcher,
  JsonFetcherOptions,
} from '@readiness/plugin-readiness-common';
import type { ActionItem } from './actionItems';
import type {
  CsvList,
  PostmortemFacets,
  PostmortemsApi,
  PostmortemsListRequest,
} from './types';

/** The query string of a request, as the post-mortems backend's list endpoints read it. */
export function queryString(request: PostmortemsListRequest = {}): string {
  const params = new URLSearchParams();
  for (const [field, values] of Object.entries(request.filters ?? {})) {
    for (const value of values) params.append(`filter[${field}]`, value);
  }
  const scalars: Array<keyof PostmortemsListRequest> = [
    'q',
    'sort',
    'order',
    'offset',
    'limit',
    'from',
    'to',
  ];
  for (const name of scalars) {
    const value = request[name];
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  if (request.by?.length) params.set('by', request.by.join(','));
  const text = params.toString();
  return text ? `?${text}` : '';
}

const CSV_PATHS: Record<CsvList, string> = {
  postmortems: '/export.csv',
  actions: '/actions/export.csv',
};

/**
 * Calls the post-mortems API (`/api/postmortems`), from a browser or a backend: give it the
 * app's `fetchApi` (which signs requests in as the user) or, on a backend, a fetch that adds
 * a token.
 *
 * @public
 */
export class PostmortemsClient implements PostmortemsApi {
  private readonly backend: JsonFetcher;

  constructor(options: Omit<JsonFetcherOptions, 'pluginId'>) {
    this.backend = createJsonFetcher({ ...options, pluginId: 'postmortems' });
  }

  async listPostmortems(
    request: PostmortemsListRequest,
  ): Promise<ListPage<PostmortemSummary>> {
    return (await this.get(queryString(request))).json();
  }

  async getFacets(): Promise<PostmortemFacets> {
    return (await this.get('/facets')).json();
  }

  async getTaxonomy(): Promise<RootCauseTaxonomy> {
    return (await this.get('/taxonomy')).json();
  }

  async getAnalytics(
    request: PostmortemsListRequest,
  ): Promise<PostmortemAnalytics> {
    return (await this.get(`/analytics${queryString(request)}`)).json();
  }

  async listActions(
    request: PostmortemsListRequest,
  ): Promise<ListPage<ActionItem>> {
    return (await this.get(`/actions${queryString(request)}`)).json();
  }

  async exportCsv(
    list: CsvList,
    request: PostmortemsListRequest,
  ): Promise<string> {
    // An export holds every row the filters select, not the page on screen.
    const { offset, limit, ...everything } = request;
    return (
      await this.get(`${CSV_PATHS[list]}${queryString(everything)}`)
    ).text();
  }

  private get(path: string): Promise<Response> {
    return this.backend.send(path);
  }
}
