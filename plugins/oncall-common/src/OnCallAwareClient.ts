import {
  createJsonFetcher,
  JsonFetcher,
  JsonFetcherOptions,
} from '@readiness/plugin-readiness-api-common';
import { OnCallClient } from './OnCallClient';

/**
 * The base of a client for a readiness backend plugin whose pages also say who is on call: it
 * reaches its own plugin and the on-call API with the same discovery and fetch, from a browser
 * (the app's `fetchApi` signs requests in as the user) or a backend (a fetch that adds a token).
 *
 * @public
 */
export abstract class OnCallAwareClient {
  /** The client's own backend plugin. */
  protected readonly backend: JsonFetcher;
  /** The on-call API, for who is on call. */
  protected readonly onCall: OnCallClient;

  protected constructor(
    pluginId: string,
    options: Omit<JsonFetcherOptions, 'pluginId'>,
  ) {
    this.backend = createJsonFetcher({ ...options, pluginId });
    this.onCall = new OnCallClient(options);
  }

  /** Reads the JSON answer of a path of the client's own plugin. */
  protected get<T>(path: string): Promise<T> {
    return this.backend.json(path);
  }
}
