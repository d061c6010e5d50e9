import type {
  PostmortemAnalytics,
  ReliabilityDimension,
  ReliabilityFigures,
} from './analytics';
import type { PostmortemSummary } from './summary';
import type { RootCauseTaxonomy } from '@readiness/plugin-readiness-common';
import type { ListPage } from '@readiness/plugin-readiness-api-common';
import {
  createJsonFetcher,
  JsonFetcher,
  JsonFetcherOptions,
  listQueryString,
} from '@readiness/plugin-readiness-api-common';
import type { ActionItem } from './actionItems';
import type { DoraReportFormat } from './doraReport';
import type { PostmortemFacetField } from './fields';
import type {
  CsvList,
  FacetSearch,
  PostmortemFacets,
  PostmortemsApi,
  PostmortemsListRequest,
  ReliabilityRequest,
} from './types';

/** The query string of a request: the list parameters, the period and the grouping. */
export function queryString(
  request: PostmortemsListRequest & { by?: ReliabilityDimension } = {},
): string {
  return listQueryString(request, {
    from: request.from,
    to: request.to,
    by: request.by,
  });
}

const CSV_PATHS: Record<CsvList, string> = {
  postmortems: '/export.csv',
  actions: '/actions/export.csv',
  reliability: '/analytics/reliability/export.csv',
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

  async searchFacet(
    field: PostmortemFacetField,
    text: string,
  ): Promise<FacetSearch> {
    const query = new URLSearchParams({ q: text });
    return (
      await this.get(`/facets/${encodeURIComponent(field)}?${query}`)
    ).json();
  }

  async getTaxonomy(): Promise<RootCauseTaxonomy> {
    return (await this.get('/taxonomy')).json();
  }

  async getAnalytics(
    request: PostmortemsListRequest,
  ): Promise<PostmortemAnalytics> {
    return (await this.get(`/analytics${queryString(request)}`)).json();
  }

  async listReliability(
    request: ReliabilityRequest,
  ): Promise<ListPage<ReliabilityFigures>> {
    return (
      await this.get(`/analytics/reliability${queryString(request)}`)
    ).json();
  }

  async listActions(
    request: PostmortemsListRequest,
  ): Promise<ListPage<ActionItem>> {
    return (await this.get(`/actions${queryString(request)}`)).json();
  }

  async exportCsv(
    list: CsvList,
    request: PostmortemsListRequest | ReliabilityRequest,
  ): Promise<string> {
    // An export holds every row the filters select, not the page on screen.
    const { offset, limit, ...everything } = request;
    return (
      await this.get(`${CSV_PATHS[list]}${queryString(everything)}`)
    ).text();
  }

  async exportDoraReport(
    postmortem: { namespace?: string; name: string },
    format: DoraReportFormat,
  ): Promise<string> {
    const namespace = encodeURIComponent(postmortem.namespace ?? 'default');
    const name = encodeURIComponent(postmortem.name);
    return (
      await this.get(`/dora-report/${namespace}/${name}?format=${format}`)
    ).text();
  }

  private get(path: string): Promise<Response> {
    return this.backend.send(path);
  }
}
