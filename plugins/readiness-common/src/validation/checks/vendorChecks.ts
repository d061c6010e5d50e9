import type { FieldPathSegment } from '../../fieldPath';
import type { RecordProblem } from '../../problems';
import { CheckContext, problemAt, RecordCheck } from '../checkContext';

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

/** Reviews fall due after they are done; contracts end after they start. */
export const checkVendor: RecordCheck = context => [
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
