import { approximateDurationSeconds, parseIsoDuration } from '../../durations';
import type { FieldPathSegment } from '../../fieldPath';
import type { RecordProblem } from '../../problems';
import {
  CheckContext,
  checkUnique,
  problemAt,
  RecordCheck,
} from '../checkContext';

/** A duration the schema accepted, in seconds; undefined when absent or rejected. */
function secondsAt(
  { valueAt }: CheckContext,
  ...path: FieldPathSegment[]
): number | undefined {
  const text = valueAt(...path);
  const duration =
    typeof text === 'string' ? parseIsoDuration(text) : undefined;
  return duration && approximateDurationSeconds(duration);
}

/** An objective of zero promises nothing; an RTO past the MTPD cannot be met in time. */
function checkObjectives(context: CheckContext): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const objective of ['rto', 'rpo', 'mtpd']) {
    if (secondsAt(context, 'spec', 'bia', objective) === 0) {
      problems.push(
        problemAt(['spec', 'bia', objective], 'must be longer than zero'),
      );
    }
  }
  const rto = secondsAt(context, 'spec', 'bia', 'rto');
  const mtpd = secondsAt(context, 'spec', 'bia', 'mtpd');
  if (rto !== undefined && mtpd !== undefined && rto > mtpd) {
    problems.push(
      problemAt(
        ['spec', 'bia', 'rto'],
        `must not be longer than the maximum tolerable period of disruption (mtpd ${context.valueAt(
          'spec',
          'bia',
          'mtpd',
        )}): the function would be lost before it is recovered`,
      ),
    );
  }
  return problems;
}

/** Impacts are read as a timeline, so each comes later than the one before. */
function checkImpactOrder(context: CheckContext): RecordProblem[] {
  const problems: RecordProblem[] = [];
  let previous: { index: number; seconds: number } | undefined;
  for (const index of context.indexesAt('spec', 'bia', 'impacts')) {
    const seconds = secondsAt(
      context,
      'spec',
      'bia',
      'impacts',
      index,
      'after',
    );
    if (seconds === undefined) {
      continue;
    }
    if (previous && seconds <= previous.seconds) {
      problems.push(
        problemAt(
          ['spec', 'bia', 'impacts', index, 'after'],
          `must be later than spec.bia.impacts[${
            previous.index
          }].after (${context.valueAt(
            'spec',
            'bia',
            'impacts',
            previous.index,
            'after',
          )}): impacts are listed in the order they happen`,
        ),
      );
    }
    previous = { index, seconds };
  }
  return problems;
}

/** Objectives that can be met, impacts in time order, one person per call-tree position. */
export const checkContinuityPlan: RecordCheck = context => [
  ...checkObjectives(context),
  ...checkImpactOrder(context),
  ...checkUnique(context, ['spec', 'callTree'], 'order'),
];
