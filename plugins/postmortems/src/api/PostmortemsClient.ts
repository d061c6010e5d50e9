import { ResponseError } from '@backstage/errors';
import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import type {
  ActionItem,
  PostmortemAnalytics,
  PostmortemSummary,
  RootCauseTaxonomy,
} from '@readiness/plugin-readiness-common';
import type {
  CsvList,
  ListPage,
  ListRequest,
  PostmortemFacets,
  PostmortemsApi,
} from './PostmortemsApi';

/** The query string of a request, as the readiness backend's list endpoints read it. */
export function queryString(request: ListRequest = {}): string {
  const params = new URLSearchParams();
  for (const [field, values] of Object.entries(request.filters ?? {})) {
    for (const value of values) params.append(`filter[${field}]`, value);
  }
  const scalars: Array<keyof ListRequest> = [
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

/** Calls `/api/readiness/postmortems` with the signed-in user's token. */
export class PostmortemsClient implements PostmortemsApi {
  constructor(
    private readonly options: {
      discoveryApi: DiscoveryApi;
      fetchApi: FetchApi;
    },
  ) {}

  private async fetch(path: string): Promise<Response> {
    const base = await this.options.discoveryApi.getBaseUrl('readiness');
    const response = await this.options.fetchApi.fetch(
      `${base}/postmortems${path}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }

  async listPostmortems(
    request: ListRequest,
  ): Promise<ListPage<PostmortemSummary>> {
    return (await this.fetch(queryString(request))).json();
  }

  async getFacets(): Promise<PostmortemFacets> {
    return (await this.fetch('/facets')).json();
  }

  async getTaxonomy(): Promise<RootCauseTaxonomy> {
    return (await this.fetch('/taxonomy')).json();
  }

  async getAnalytics(request: ListRequest): Promise<PostmortemAnalytics> {
    return (await this.fetch(`/analytics${queryString(request)}`)).json();
  }

  async listActions(request: ListRequest): Promise<ListPage<ActionItem>> {
    return (await this.fetch(`/actions${queryString(request)}`)).json();
  }

  async exportCsv(list: CsvList, request: ListRequest): Promise<string> {
    const { offset, limit, ...everything } = request;
    return (
      await this.fetch(`${CSV_PATHS[list]}${queryString(everything)}`)
    ).text();
  }
}
