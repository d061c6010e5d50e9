import { promises as fs } from 'node:fs';
import { LoggerService } from '@backstage/backend-plugin-api';
import {
  formatRecordProblem,
  parseTaxonomy,
  RootCauseTaxonomy,
} from '@readiness/plugin-readiness-common';

/**
 * Reads the taxonomy file and re-reads it when it changes, so an edit merged in git applies
 * without a restart. A broken or missing file is logged once and gives no taxonomy, rather than
 * failing every caller.
 *
 * @public
 */
export function createTaxonomyLoader(
  path: string | undefined,
  logger: LoggerService,
): () => Promise<RootCauseTaxonomy | undefined> {
  // `mtimeMs` is undefined while the file cannot be read.
  let cached: { mtimeMs?: number; taxonomy?: RootCauseTaxonomy } | undefined;
  return async () => {
    if (!path) {
      return undefined;
    }
    let mtimeMs: number;
    try {
      mtimeMs = (await fs.stat(path)).mtimeMs;
      if (cached?.mtimeMs !== mtimeMs) {
        const { taxonomy, problems } = parseTaxonomy(
          await fs.readFile(path, 'utf8'),
        );
        for (const problem of problems) {
          logger.error(
            `${path}:${problem.line}: ${formatRecordProblem(
              problem,
            )}; root-cause tags are not checked or titled until it is fixed`,
          );
        }
        cached = { mtimeMs, taxonomy };
      }
    } catch (error) {
      if (!cached || cached.mtimeMs !== undefined) {
        logger.error(
          `Cannot read the root-cause taxonomy ${path}: ${error}; root-cause tags are not checked or titled until it can be read`,
        );
      }
      cached = {};
    }
    return cached.taxonomy;
  };
}
