import { ResponseError } from '@backstage/errors';

/**
 * What a readiness client needs to reach a backend plugin: the discovery API (or service) that
 * knows its base URL, and the fetch that signs requests in. The browser's `fetchApi` signs in as
 * the user; a backend passes a fetch that adds its token, or a token per request.
 *
 * @public
 */
export interface JsonFetcherOptions {
  /** Knows the base URL of each backend plugin. */
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  /** Defaults to the global `fetch`. */
  fetchApi?: { fetch: typeof fetch };
  /** The backend plugin called, as discovery knows it: `oncall`, `scorecards`… */
  pluginId: string;
}

/**
 * One request to a backend plugin.
 *
 * @public
 */
export interface JsonFetcherRequest {
  /** Defaults to `GET`. */
  method?: string;
  /** Query parameters; those left undefined are not sent. */
  query?: Record<string, string | number | undefined>;
  /** Sent as JSON. */
  body?: unknown;
  /** A token sent as `Authorization: Bearer`, for a backend calling on someone's behalf. */
  token?: string;
}

/**
 * Sends requests to one backend plugin and reads its answers; refusals are thrown as
 * `ResponseError`, with the backend's status, message and headers.
 *
 * @public
 */
export interface JsonFetcher {
  /** Sends a request to a path of the plugin and returns its successful response. */
  send(path: string, request?: JsonFetcherRequest): Promise<Response>;
  /** Sends a request to a path of the plugin and returns the JSON it answers. */
  json<T>(path: string, request?: JsonFetcherRequest): Promise<T>;
}

function withQuery(url: string, query: JsonFetcherRequest['query'] = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

/**
 * Makes the fetcher the readiness clients share, in the browser and in backends.
 *
 * @public
 */
export function createJsonFetcher(options: JsonFetcherOptions): JsonFetcher {
  const fetchApi = options.fetchApi ?? { fetch };
  const send = async (
    path: string,
    { method, query, body, token }: JsonFetcherRequest = {},
  ) => {
    const baseUrl = await options.discoveryApi.getBaseUrl(options.pluginId);
    const url = withQuery(`${baseUrl}${path}`, query);
    const headers: Record<string, string> = {};
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await (method || body !== undefined || token
      ? fetchApi.fetch(url, {
          method: method ?? 'GET',
          headers,
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        })
      : fetchApi.fetch(url));
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  };
  return {
    send,
    json: async (path, request) => (await send(path, request)).json(),
  };
}
