import { FieldPathSegment, formatFieldPath, valueAtPath } from '../fieldPath';
import type { RecordProblem } from '../problems';
import type { RootCauseTaxonomy } from '../taxonomy';

/**
 * What a semantic check sees of a record. Checks read values only through
 * `valueAt`, which hides whatever the schema rejected, so a malformed value
 * is reported once (by the schema) and never compared.
 *
 * @public
 */
export interface CheckContext {
  /** The value at a path if present and accepted by the schema; otherwise undefined. */
  valueAt(...path: FieldPathSegment[]): unknown;
  /** The indexes of the list at a path, if it is an accepted list. */
  indexesAt(...path: FieldPathSegment[]): number[];
  taxonomy?: RootCauseTaxonomy;
}

export type RecordCheck = (context: CheckContext) => RecordProblem[];

/**
 * The check context of data a schema has judged: `schemaProblems` are what it rejected.
 *
 * @public
 */
export function createCheckContext(
  data: unknown,
  schemaProblems: RecordProblem[],
  taxonomy?: RootCauseTaxonomy,
): CheckContext {
  const rejected = schemaProblems.map(problem => problem.field);
  const isRejected = (field: string) =>
    rejected.some(
      problemField =>
        field === problemField ||
        field.startsWith(`${problemField}.`) ||
        field.startsWith(`${problemField}[`),
    );
  const valueAt = (...path: FieldPathSegment[]) =>
    isRejected(formatFieldPath(path)) ? undefined : valueAtPath(data, path);
  return {
    valueAt,
    indexesAt(...path) {
      const list = valueAt(...path);
      return Array.isArray(list) ? list.map((_, index) => index) : [];
    },
    taxonomy,
  };
}

/** A problem at a field path. @public */
export function problemAt(
  path: FieldPathSegment[],
  message: string,
): RecordProblem {
  return { field: formatFieldPath(path), message };
}

/**
 * Reports every item whose value repeats an earlier item's, e.g. a second
 * check with the same id.
 *
 * @public
 */
export function checkUnique(
  { valueAt, indexesAt }: CheckContext,
  listPath: FieldPathSegment[],
  key: string,
): RecordProblem[] {
  const firstIndex = new Map<unknown, number>();
  const problems: RecordProblem[] = [];
  for (const index of indexesAt(...listPath)) {
    const value = valueAt(...listPath, index, key);
    if (value === undefined) {
      continue;
    }
    const first = firstIndex.get(value);
    if (first === undefined) {
      firstIndex.set(value, index);
    } else {
      problems.push(
        problemAt(
          [...listPath, index, key],
          `${JSON.stringify(value)} is already used by ${formatFieldPath([
            ...listPath,
            first,
          ])}`,
        ),
      );
    }
  }
  return problems;
}
