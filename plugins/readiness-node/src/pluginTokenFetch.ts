import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';

/**
 * A fetch for calling another backend plugin with a Backstage token, for the
 * typed clients of the `-common` packages: on behalf of the given credentials
 * (a person's, so their permissions apply), or of this plugin's own service
 * credentials. A timeout keeps a slow plugin from holding the caller.
 *
 * @public
 */
export function pluginTokenFetch(options: {
  auth: AuthService;
  targetPluginId: string;
  onBehalfOf?: BackstageCredentials;
  timeoutMs?: number;
}): { fetch: typeof fetch } {
  const { auth, targetPluginId, timeoutMs } = options;
  return {
    fetch: async (input, init) => {
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf:
          options.onBehalfOf ?? (await auth.getOwnServiceCredentials()),
        targetPluginId,
      });
      const headers = new Headers(init?.headers);
      headers.set('Authorization', `Bearer ${token}`);
      return fetch(input, {
        ...init,
        headers,
        signal: timeoutMs ? AbortSignal.timeout(timeoutMs) : init?.signal,
      });
    },
  };
}

/**
 * What a `-common` package's typed client needs to call another backend plugin from a backend:
 * the discovery service and a {@link pluginTokenFetch} for that plugin.
 *
 * @public
 */
export function pluginClientOptions(options: {
  discovery: DiscoveryService;
  auth: AuthService;
  targetPluginId: string;
  onBehalfOf?: BackstageCredentials;
  timeoutMs?: number;
}): { discoveryApi: DiscoveryService; fetchApi: { fetch: typeof fetch } } {
  return {
    discoveryApi: options.discovery,
    fetchApi: pluginTokenFetch(options),
  };
}
