import {
  ApiBlueprint,
  ApiRef,
  DiscoveryApi,
  discoveryApiRef,
  FetchApi,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';

/**
 * The app extension that provides a capability's typed client (the `-common` package's
 * client) under its API ref, built from the app's discovery and its fetch, which signs each
 * request in as the user.
 *
 * @public
 */
export function capabilityClientApi<TApi>(
  api: ApiRef<TApi>,
  Client: new (options: {
    discoveryApi: DiscoveryApi;
    fetchApi: FetchApi;
  }) => TApi,
) {
  return ApiBlueprint.make({
    params: defineParams =>
      defineParams({
        api,
        deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
        factory: deps => new Client(deps),
      }),
  });
}
