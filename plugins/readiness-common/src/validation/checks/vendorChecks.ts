import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { FieldPathSegment } from '../../fieldPath';
import type { RecordProblem } from '../../problems';
import { CheckContext, problemAt, RecordCheck } from '../checkContext';
import { leiCheckProblem } from '../lei';

function checkDateAfter(
  { valueAt }: CheckContext,
  path: FieldPathSegment[],
  [earlierField, earlierName]: [string, string],
  laterField: string,
): RecordProblem[] {
  const earlier = valueAt(...path, earlierField);
  const later = valueAt(...path, laterField);
  // Valid YYYY-MM-DD dates compare correctly as text.
  return typeof earlier === 'string' &&
    typeof later === 'string' &&
    later <= earlier
    ? [
        problemAt(
          [...path, laterField],
          `must be after ${earlierName} ${earlier}`,
        ),
      ]
    : [];
}

const sameText = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('en-US') === b.trim().toLocaleLowerCase('en-US');

/** An alternative is another provider: neither a ref to the vendor itself nor its own name. */
function checkAlternativesExcludeSelf({
  valueAt,
  indexesAt,
}: CheckContext): RecordProblem[] {
  const name = valueAt('metadata', 'name');
  if (typeof name !== 'string') {
    return [];
  }
  const namespace = valueAt('metadata', 'namespace');
  const defaultNamespace =
    typeof namespace === 'string' ? namespace : undefined;
  const self = stringifyEntityRef({
    kind: 'Vendor',
    namespace: defaultNamespace,
    name,
  });
  const ownNames = [
    name,
    valueAt('metadata', 'title'),
    valueAt('spec', 'legalName'),
  ].filter((value): value is string => typeof value === 'string');
  const reason = 'an alternative must be another provider';
  return indexesAt('spec', 'alternatives').flatMap(index => {
    const path = ['spec', 'alternatives', index];
    const ref = valueAt(...path, 'vendor');
    const alternativeName = valueAt(...path, 'name');
    const problems: RecordProblem[] = [];
    if (
      typeof ref === 'string' &&
      sameText(
        stringifyEntityRef(parseEntityRef(ref, { defaultNamespace })),
        self,
      )
    ) {
      problems.push(
        problemAt(
          [...path, 'vendor'],
          `is this vendor itself (${self}): ${reason}`,
        ),
      );
    }
    if (
      typeof alternativeName === 'string' &&
      ownNames.some(own => sameText(own, alternativeName))
    ) {
      problems.push(
        problemAt([...path, 'name'], `is this vendor's own name: ${reason}`),
      );
    }
    return problems;
  });
}

/** The LEIs' check digits match the rest of them (the schema checks their shape). */
function checkLei({ valueAt }: CheckContext): RecordProblem[] {
  return (['lei', 'ultimateParentLei'] as const).flatMap(field => {
    const lei = valueAt('spec', field);
    const problem = typeof lei === 'string' ? leiCheckProblem(lei) : undefined;
    return problem ? [problemAt(['spec', field], problem)] : [];
  });
}

/**
 * The LEI's check digits hold; reviews fall due after they are done; contracts end after they
 * start; alternatives are other providers.
 */
export const checkVendor: RecordCheck = context => [
  ...checkLei(context),
  ...checkAlternativesExcludeSelf(context),
  ...context
    .indexesAt('spec', 'reviews')
    .flatMap(index =>
      checkDateAfter(
        context,
        ['spec', 'reviews', index],
        ['date', 'the review date'],
        'nextDue',
      ),
    ),
  ...checkDateAfter(
    context,
    ['spec', 'contract'],
    ['startDate', 'the start date'],
    'endDate',
  ),
];
