import { promises as fs } from 'node:fs';
import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  checkReferences,
  formatRecordProblem,
  isReadinessEntity,
  listRecordRefs,
  parseRecordFile,
  parseTaxonomy,
  RootCauseTaxonomy,
  validateRecord,
} from '@readiness/plugin-readiness-common';
import { readWorkspaceFiles, workspaceFilesInput } from './workspaceFiles';

async function loadTaxonomy(
  path: string | undefined,
  logger: LoggerService,
): Promise<RootCauseTaxonomy | undefined> {
  if (!path) return undefined;
  try {
    const { taxonomy, problems } = parseTaxonomy(
      await fs.readFile(path, 'utf8'),
    );
    if (problems.length) {
      logger.warn(`${path} has problems; post-mortem tags are not checked`);
    }
    return taxonomy;
  } catch (error) {
    logger.warn(
      `Cannot read ${path} (${error}); post-mortem tags are not checked`,
    );
    return undefined;
  }
}

/**
 * Creates the `readiness:records:validate` action: checks generated record files against their
 * kind's schema, the rules beyond it, and the catalog (every ref points at an entity that exists
 * and the new records do not exist yet). Fails the task with one `file: field: reason` line per
 * problem, so nothing invalid is published.
 *
 * @public
 */
export function createValidateRecordsAction(options: {
  catalog: CatalogService;
  /** The root-cause taxonomy file post-mortem tags are checked against (`readiness.taxonomyFile`). */
  taxonomyFile?: string;
}) {
  const { catalog, taxonomyFile } = options;
  return createTemplateAction({
    id: 'readiness:records:validate',
    description:
      'Validates readiness records (YAML files in the workspace) against their schemas and the catalog',
    supportsDryRun: true,
    schema: {
      input: {
        files: workspaceFilesInput,
        allowExisting: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Whether records may replace ones the catalog has already',
            ),
      },
      output: {
        records: z =>
          z
            .array(z.string())
            .describe('The refs of the valid records, like alert:default/x'),
      },
    },
    async handler(ctx) {
      const files = await readWorkspaceFiles(
        ctx.workspacePath,
        ctx.input.files,
      );
      const taxonomy = await loadTaxonomy(taxonomyFile, ctx.logger);
      const problems: string[] = [];
      const records: Entity[] = [];
      const fileOf = new Map<Entity, string>();

      for (const file of files) {
        const parsed = parseRecordFile(file.path, file.text);
        for (const problem of parsed.problems) {
          problems.push(`${file.path}:${problem.line}: ${problem.message}`);
        }
        for (const { entity, lineOf } of parsed.documents) {
          const recordProblems = validateRecord(entity, { taxonomy });
          for (const problem of recordProblems) {
            problems.push(
              `${file.path}:${lineOf(problem.field)}: ${formatRecordProblem(
                problem,
              )}`,
            );
          }
          if (recordProblems.length === 0 && isReadinessEntity(entity)) {
            records.push(entity);
            fileOf.set(entity, file.path);
          }
        }
      }

      const credentials = await ctx.getInitiatorCredentials();
      const wanted = [
        ...new Set([
          ...records.map(record => stringifyEntityRef(record)),
          ...records.flatMap(record =>
            listRecordRefs(record).flatMap(ref =>
              ref.target ? [stringifyEntityRef(ref.target)] : [],
            ),
          ),
        ]),
      ];
      const { items } = await catalog.getEntitiesByRefs(
        {
          entityRefs: wanted,
          fields: ['kind', 'metadata.namespace', 'metadata.name'],
        },
        { credentials },
      );
      const known = new Set(
        items.flatMap(item => (item ? [stringifyEntityRef(item)] : [])),
      );

      if (!ctx.input.allowExisting) {
        for (const record of records) {
          if (known.has(stringifyEntityRef(record))) {
            problems.push(
              `${fileOf.get(record)}: metadata.name: ${stringifyEntityRef(
                record,
              )} exists already; choose another name`,
            );
          }
        }
      }
      for (const problem of checkReferences(records, known)) {
        problems.push(
          `${fileOf.get(problem.entity)}: ${formatRecordProblem(problem)}`,
        );
      }

      if (problems.length) {
        for (const problem of problems) ctx.logger.error(problem);
        throw new InputError(
          `The generated records are not valid:\n${problems.join('\n')}`,
        );
      }
      ctx.logger.info(
        `${records.length} valid records: ${records
          .map(r => stringifyEntityRef(r))
          .join(', ')}`,
      );
      ctx.output(
        'records',
        records.map(record => stringifyEntityRef(record)),
      );
    },
  });
}
