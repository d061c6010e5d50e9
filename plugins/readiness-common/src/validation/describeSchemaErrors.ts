// Turns ajv's errors into one plain problem per real issue: the field that is
// wrong and what it must be, instead of schema paths and keyword noise.
import type { ErrorObject } from 'ajv';
import { closestMatch } from '../closestMatch';
import { FieldPathSegment, formatFieldPath, valueAtPath } from '../fieldPath';
import type { RecordProblem } from '../problems';
import { JsonSchema, SCHEMA_PATTERNS } from '../schemas';
import { describeValue } from './describeValue';
import { FORMAT_EXPECTATIONS } from './formats';

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  boolean: 'true or false',
  integer: 'a whole number',
  number: 'a number',
  array: 'a list',
  object: 'a mapping of fields',
  null: 'empty',
};

const PATTERN_EXPECTATIONS = new Map<string, string>(
  Object.values(SCHEMA_PATTERNS).map(({ pattern, expected }) => [
    pattern,
    expected,
  ]),
);

const formatCount = (count: number) => count.toLocaleString('en-US');

interface DescribedError {
  keyword: string;
  path: FieldPathSegment[];
  message: string;
  /** For unknown fields: the known field it is probably a typo of. */
  suggestion?: string;
}

function decodePointer(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The instance path as field segments, with list indexes as numbers. */
function fieldSegments(instancePath: string, data: unknown) {
  const path: FieldPathSegment[] = [];
  for (const part of decodePointer(instancePath)) {
    const parent = valueAtPath(data, path);
    path.push(Array.isArray(parent) ? Number(part) : part);
  }
  return path;
}

/**
 * For an error inside the `then` of an if/then rule, says which values made
 * the rule apply, e.g. " when type is script-template".
 */
function describeCondition(
  error: ErrorObject,
  schema: JsonSchema,
  data: unknown,
  objectPath: FieldPathSegment[],
): string {
  const schemaPath = decodePointer(error.schemaPath.replace(/^#/, ''));
  const thenIndex = schemaPath.lastIndexOf('then');
  if (thenIndex < 0) {
    return '';
  }
  const rule = valueAtPath(schema, schemaPath.slice(0, thenIndex)) as {
    if?: { properties?: Record<string, unknown> };
  };
  const target = valueAtPath(data, objectPath) as Record<string, unknown>;
  const values = Object.keys(rule.if?.properties ?? {}).map(
    field => `${field} is ${String(target[field])}`,
  );
  return values.length ? ` when ${values.join(' and ')}` : '';
}

function describeError(
  error: ErrorObject,
  schema: JsonSchema,
  data: unknown,
): DescribedError | undefined {
  const { keyword, params } = error;
  const path = fieldSegments(error.instancePath, data);
  const got = `(got ${describeValue(error.data)})`;
  switch (keyword) {
    case 'if':
      // Only says the `then` failed; the `then` errors themselves are reported.
      return undefined;
    case 'required':
      return {
        keyword,
        path: [...path, params.missingProperty],
        message: `is required${describeCondition(error, schema, data, path)}`,
      };
    case 'additionalProperties': {
      const known = Object.keys(error.parentSchema?.properties ?? {});
      const suggestion = closestMatch(params.additionalProperty, known);
      return {
        keyword,
        path: [...path, params.additionalProperty],
        message: suggestion
          ? `is not a known field (did you mean "${suggestion}"?)`
          : `is not a known field`,
        suggestion,
      };
    }
    case 'false schema': {
      const condition = describeCondition(
        error,
        schema,
        data,
        path.slice(0, -1),
      );
      return {
        keyword,
        path,
        message: condition ? `does not apply${condition}` : 'is not allowed',
      };
    }
    case 'not': {
      // Only `forbidden` fields use `not`; their description says why and where they belong.
      const condition = describeCondition(
        error,
        schema,
        data,
        path.slice(0, -1),
      );
      const reason = (error.parentSchema as JsonSchema | undefined)
        ?.description;
      return {
        keyword,
        path,
        message: `is not allowed${condition}${reason ? `: ${reason}` : ''}`,
      };
    }
    case 'type': {
      const types = ([] as string[]).concat(error.schema as string | string[]);
      const expected = types.map(type => TYPE_NAMES[type] ?? type);
      return {
        keyword,
        path,
        message: `must be ${expected.join(' or ')} ${got}`,
      };
    }
    case 'enum':
      return {
        keyword,
        path,
        message: `must be one of ${(error.schema as unknown[]).join(
          ', ',
        )} ${got}`,
      };
    case 'const':
      return {
        keyword,
        path,
        message: `must be ${String(error.schema)} ${got}`,
      };
    case 'format':
      return {
        keyword,
        path,
        message: `must be ${
          FORMAT_EXPECTATIONS[params.format] ?? `in ${params.format} format`
        } ${got}`,
      };
    case 'pattern':
      return {
        keyword,
        path,
        message: `must be ${
          PATTERN_EXPECTATIONS.get(params.pattern) ??
          `text matching ${params.pattern}`
        } ${got}`,
      };
    case 'minItems':
      return {
        keyword,
        path,
        message: `must have at least ${
          params.limit === 1 ? 'one entry' : `${params.limit} entries`
        }`,
      };
    case 'maxItems':
      return {
        keyword,
        path,
        message: `must have at most ${params.limit} entries (got ${
          (error.data as unknown[]).length
        })`,
      };
    case 'minLength':
      return { keyword, path, message: 'must not be empty' };
    case 'maxLength':
      return {
        keyword,
        path,
        // Counted as the schema counts: characters, not UTF-16 code units.
        message: `must be at most ${formatCount(
          params.limit,
        )} characters (got ${formatCount(
          Array.from(error.data as string).length,
        )})`,
      };
    case 'minimum':
      return {
        keyword,
        path,
        message: `must be at least ${params.limit} ${got}`,
      };
    case 'uniqueItems': {
      const index = Math.max(params.i, params.j);
      return {
        keyword,
        path: [...path, index],
        message: `${describeValue(
          (error.data as unknown[])[index],
        )} is listed twice`,
      };
    }
    default:
      return { keyword, path, message: error.message ?? 'is not valid' };
  }
}

/** Describes ajv errors (allErrors, verbose) as record problems. */
export function describeSchemaErrors(
  errors: ErrorObject[],
  schema: JsonSchema,
  data: unknown,
): RecordProblem[] {
  const described = errors.flatMap(error => {
    const description = describeError(error, schema, data);
    return description ? [description] : [];
  });

  // A value of the wrong type also fails its enum or format: one problem is enough.
  const mistyped = new Set(
    described
      .filter(({ keyword }) => keyword === 'type')
      .map(({ path }) => formatFieldPath(path)),
  );
  // A misspelt required field is also missing: the typo is the problem.
  const misspelt = new Set(
    described.flatMap(({ path, suggestion }) =>
      suggestion ? [formatFieldPath([...path.slice(0, -1), suggestion])] : [],
    ),
  );

  const problems = new Map<string, RecordProblem>();
  for (const { keyword, path, message } of described) {
    const field = formatFieldPath(path);
    const redundant =
      (keyword !== 'type' && mistyped.has(field)) ||
      (keyword === 'required' && misspelt.has(field));
    if (!redundant) {
      problems.set(`${field}: ${message}`, { field, message });
    }
  }
  return [...problems.values()];
}
