import { promises as fs } from 'node:fs';
import { LoggerService } from '@backstage/backend-plugin-api';
import {
  formatRecordProblem,
  parseTaxonomy,
  RootCauseTaxonomy,
} from '@readiness/plugin-readiness-common';

/**
 * Reads the taxonomy file and re-reads it when it changes, so an edit merged in git applies at
 * the next catalog refresh without a restart. A broken file is logged and tags go unchecked
 * rather than rejecting every post-mortem.
 */
export function createTaxonomyLoader(
  path: string | undefined,
  logger: LoggerService,
) {
  let cached: { mtimeMs: number; taxonomy?: RootCauseTaxonomy } | undefined;
  return async (): Promise<RootCauseTaxonomy | undefined> => {
    if (!path) {
      return undefined;
    }
    const { mtimeMs } = await fs.stat(path);
    if (cached?.mtimeMs !== mtimeMs) {
      const { taxonomy, problems } = parseTaxonomy(await fs.readFile(path, 'utf8'));
      for (const problem of problems) {
        logger.error(
          `${path}:${problem.line}: ${formatRecordProblem(problem)}; post-mortem tags are not checked until it is fixed`,
        );
      }
      cached = { mtimeMs, taxonomy };
    }
    return cached.taxonomy;
  };
}
