import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { CatalogService } from '@backstage/plugin-catalog-node';

const TECHDOCS_REF = 'backstage.io/techdocs-ref';

/**
 * Asks the TechDocs backend to build (or refresh) the docs of every entity that has them, one
 * site at a time. TechDocs itself builds only when a reader opens a page, which makes the first
 * reader wait for mkdocs and leaves unread docs out of search.
 */
export async function prebuildDocs(options: {
  catalog: CatalogService;
  auth: AuthService;
  discovery: DiscoveryService;
  logger: LoggerService;
  /** Build only sites that were never built, e.g. while the catalog still fills up. */
  onlyMissing?: boolean;
  fetch?: typeof globalThis.fetch;
}): Promise<{ built: number; failed: number }> {
  const {
    catalog,
    auth,
    discovery,
    logger,
    onlyMissing = false,
    fetch = globalThis.fetch,
  } = options;
  const credentials = await auth.getOwnServiceCredentials();
  const { items } = await catalog.getEntities(
    {
      filter: { [`metadata.annotations.${TECHDOCS_REF}`]: CATALOG_FILTER_EXISTS },
      fields: ['kind', 'metadata.namespace', 'metadata.name'],
    },
    { credentials },
  );
  const baseUrl = await discovery.getBaseUrl('techdocs');
  let built = 0;
  let failed = 0;
  for (const entity of items) {
    const path = [
      entity.metadata.namespace ?? 'default',
      entity.kind.toLocaleLowerCase('en-US'),
      entity.metadata.name,
    ]
      .map(encodeURIComponent)
      .join('/');
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: credentials,
      targetPluginId: 'techdocs',
    });
    const headers = { Authorization: `Bearer ${token}` };
    if (
      onlyMissing &&
      (await fetch(`${baseUrl}/metadata/techdocs/${path}`, { headers })).ok
    ) {
      continue;
    }
    // The sync endpoint streams build progress and ends the stream when the site is ready.
    const response = await fetch(`${baseUrl}/sync/${path}`, { headers });
    const log = await response.text();
    if (response.ok && !/event: error/.test(log)) {
      built += 1;
    } else {
      failed += 1;
      logger.warn(
        `TechDocs of ${path} could not be built (HTTP ${response.status}): ${log.slice(-500)}`,
      );
    }
  }
  if (built + failed > 0) {
    logger.info(`TechDocs prebuild: ${built} sites built, ${failed} failed`);
  }
  return { built, failed };
}
