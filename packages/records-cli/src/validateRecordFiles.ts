import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  checkReferences,
  isReadinessKind,
  isVendorEntity,
  parseRecordFile,
  RecordDocument,
  RootCauseTaxonomy,
  validateEntityLinks,
  validateRecord,
} from '@readiness/plugin-readiness-common';
import {
  checkConfidentialVendorReferences,
  parseConfidentialVendorFile,
} from '@readiness/plugin-continuity-common';

/** One problem, located the way editors and CI annotations read it. */
export interface FileProblem {
  path: string;
  line: number;
  field: string;
  message: string;
}

export interface RecordFileText {
  path: string;
  text: string;
}

/**
 * Validates the records in `files`: YAML syntax, each readiness record's schema and rules, the
 * links of every entity whatever its kind, and every reference against all entities in `files`
 * and `context` (the rest of the records repository, which is read for its entity names only).
 */
export function validateRecordFiles(options: {
  files: RecordFileText[];
  context?: RecordFileText[];
  taxonomy?: RootCauseTaxonomy;
}): { records: number; problems: FileProblem[] } {
  const { files, context = [], taxonomy } = options;
  const problems: FileProblem[] = [];
  const checked: Array<{ path: string; document: RecordDocument }> = [];

  for (const { path, text } of files) {
    const parsed = parseRecordFile(path, text);
    for (const problem of parsed.problems) {
      problems.push({ path, line: problem.line, field: '', message: problem.message });
    }
    for (const document of parsed.documents) {
      const isRecord =
        document.entity.apiVersion?.startsWith('readiness.dev/') || isReadinessKind(document.entity.kind);
      if (isRecord) {
        checked.push({ path, document });
      }
      // Entities of other kinds are Backstage's to validate, except their links: a script URL
      // there would break their entity page.
      const entityProblems = isRecord
        ? validateRecord(document.entity, { taxonomy })
        : validateEntityLinks(document.entity);
      for (const problem of entityProblems) {
        problems.push({ path, line: document.lineOf(problem.field), ...problem });
      }
    }
  }

  const knownRefs = [...files, ...context].flatMap(({ path, text }) =>
    parseRecordFile(path, text).documents.flatMap(({ entity }) =>
      entity?.kind && entity.metadata?.name ? [stringifyEntityRef(entity)] : [],
    ),
  );
  const locate = new Map(checked.map(item => [item.document.entity, item]));
  for (const problem of checkReferences(
    checked.map(item => item.document.entity),
    knownRefs,
  )) {
    const { path, document } = locate.get(problem.entity)!;
    problems.push({
      path,
      line: document.lineOf(problem.field),
      field: problem.field,
      message: problem.message,
    });
  }

  problems.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
  return { records: checked.length, problems };
}

/**
 * Validates the confidential vendor file: its schema, and that each entry names a vendor and a
 * financial review found in `records` (every record file of the repository).
 */
export function validateConfidentialVendorFile(
  file: RecordFileText,
  records: RecordFileText[],
): FileProblem[] {
  const { path, text } = file;
  const parsed = parseConfidentialVendorFile(text);
  if (!parsed.file) {
    return parsed.problems.map(problem => ({ path, ...problem }));
  }
  const vendors = records.flatMap(record =>
    parseRecordFile(record.path, record.text).documents.flatMap(({ entity }) =>
      isVendorEntity(entity) ? [entity] : [],
    ),
  );
  return checkConfidentialVendorReferences(parsed.file, vendors).map(problem => ({
    path,
    line: parsed.lineOf(problem.field),
    ...problem,
  }));
}

/** `file:line: field: reason`, one line per problem. */
export function formatFileProblem(problem: FileProblem): string {
  const where = `${problem.path}:${problem.line}`;
  return problem.field
    ? `${where}: ${problem.field}: ${problem.message}`
    : `${where}: ${problem.message}`;
}
