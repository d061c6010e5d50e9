/*
 * Stock Backstage for the ingestion comparison: a backend with the catalog plugin and nothing
 * else, started by the benchmark with the same config, database server and working directory as
 * the portal's backend.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();
backend.add(import('@backstage/plugin-catalog-backend'));
backend.start();
