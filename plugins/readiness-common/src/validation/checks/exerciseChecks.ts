import { approximateDurationSeconds, parseIsoDuration } from '../../durations';
import { problemAt, RecordCheck } from '../checkContext';

const PASSING_RESULTS: unknown[] = ['passed', 'passed-with-findings'];

function seconds(duration: string): number {
  // The schema accepted it, so it parses.
  return approximateDurationSeconds(parseIsoDuration(duration)!);
}

/**
 * An exercise that missed its recovery objective did not pass. Compared only
 * where both the target and the measured value are given.
 */
export const checkExercise: RecordCheck = ({ valueAt }) => {
  const result = valueAt('spec', 'result');
  if (!PASSING_RESULTS.includes(result)) {
    return [];
  }
  return ['rto', 'rpo'].flatMap(objective => {
    const target = valueAt('spec', 'target', objective);
    const measured = valueAt('spec', 'measured', objective);
    return typeof target === 'string' &&
      typeof measured === 'string' &&
      seconds(measured) > seconds(target)
      ? [
          problemAt(
            ['spec', 'measured', objective],
            `${measured} exceeds the target ${target}, so the result cannot be ${result}`,
          ),
        ]
      : [];
  });
};
