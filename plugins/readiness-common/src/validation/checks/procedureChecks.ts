import { valueAtPath } from '../../fieldPath';
import { RELATIVE_DATE_DEFAULTS } from '../../kinds';
import type { RecordProblem } from '../../problems';
import {
  CheckContext,
  checkUnique,
  problemAt,
  RecordCheck,
} from '../checkContext';
import { describeValue } from '../describeValue';
import { matchesFormat } from '../schemaValidation';

const PLACEHOLDER = /\{\{\s*(.*?)\s*\}\}/g;

/** Why a default does not suit its parameter, or undefined if it does. */
function describeBadDefault(
  type: unknown,
  value: unknown,
  allowed: unknown,
  pattern: RegExp | undefined,
): string | undefined {
  switch (type) {
    case 'date':
      return typeof value === 'string' &&
        ((RELATIVE_DATE_DEFAULTS as readonly string[]).includes(value) ||
          matchesFormat('date', value))
        ? undefined
        : 'must be today, yesterday or a date YYYY-MM-DD';
    case 'integer':
      return Number.isInteger(value) ? undefined : 'must be a whole number';
    case 'enum':
      return !Array.isArray(allowed) || allowed.includes(value)
        ? undefined
        : `must be one of the allowed values ${allowed.join(', ')}`;
    case 'string':
      if (typeof value !== 'string') {
        return 'must be a string (put it in quotes)';
      }
      return pattern && !pattern.test(value)
        ? `must match the parameter's pattern ${pattern.source}`
        : undefined;
    default:
      // An unknown type is the schema's to report.
      return undefined;
  }
}

function checkParameter(
  { valueAt }: CheckContext,
  index: number,
): RecordProblem[] {
  const path = ['spec', 'parameters', index];
  const problems: RecordProblem[] = [];

  const patternSource = valueAt(...path, 'pattern');
  let pattern: RegExp | undefined;
  if (typeof patternSource === 'string') {
    try {
      pattern = new RegExp(patternSource);
    } catch (error) {
      problems.push(
        problemAt(
          [...path, 'pattern'],
          `is not a valid regular expression (${(error as Error).message})`,
        ),
      );
    }
  }

  const value = valueAt(...path, 'default');
  if (value !== undefined) {
    const reason = describeBadDefault(
      valueAt(...path, 'type'),
      value,
      valueAt(...path, 'allowed'),
      pattern,
    );
    if (reason) {
      problems.push(
        problemAt(
          [...path, 'default'],
          `${reason} (got ${describeValue(value)})`,
        ),
      );
    }
  }
  return problems;
}

function checkPlaceholders({ valueAt }: CheckContext): RecordProblem[] {
  const script = valueAt('spec', 'script');
  const parameters = valueAt('spec', 'parameters');
  if (typeof script !== 'string' || !Array.isArray(parameters)) {
    return [];
  }
  // Names the schema rejected still count as declared: their problem is
  // reported already and must not echo here.
  const declared = parameters.flatMap(parameter => {
    const name = valueAtPath(parameter, ['name']);
    return typeof name === 'string' ? [name] : [];
  });
  const undeclared = new Set(
    [...script.matchAll(PLACEHOLDER)]
      .map(([, name]) => name)
      .filter(name => !declared.includes(name)),
  );
  return [...undeclared].map(name =>
    problemAt(
      ['spec', 'script'],
      `{{${name}}} is not a declared parameter (declared: ${
        declared.join(', ') || 'none'
      })`,
    ),
  );
}

/** Script templates: every placeholder declared, every default usable. */
export const checkProcedure: RecordCheck = context => [
  ...checkUnique(context, ['spec', 'parameters'], 'name'),
  ...context
    .indexesAt('spec', 'parameters')
    .flatMap(index => checkParameter(context, index)),
  ...checkPlaceholders(context),
];
