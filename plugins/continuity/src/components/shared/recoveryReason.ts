import {
  RECOVERY_PROOF_MONTHS,
  RecoveryEvidence,
} from '@readiness/plugin-continuity-common';
import {
  formatIsoDuration,
  formatSeconds,
} from '@readiness/plugin-readiness-react';
import { plural } from './RecoveryTimes';

const rtoText = (evidence: RecoveryEvidence) =>
  formatIsoDuration(evidence.declared.rto);

/**
 * Why a plan has its recovery status, in one sentence that names the deciding evidence, to
 * read after the status: "<incident> took 2 h 30 min against an RTO of 1 hour, and 3 more
 * incidents took longer too."
 */
export function recoveryReason(evidence: RecoveryEvidence): string {
  const exercise = evidence.lastExercise;
  switch (evidence.status) {
    case 'breached': {
      const slow = evidence.incidents.filter(incident => incident.exceedsRto);
      const exerciseBreached = exercise?.recent && exercise.exceedsRto;
      const first = exerciseBreached
        ? `The ${exercise.title} on ${exercise.date} took ${formatSeconds(
            exercise.measuredSeconds,
          )}`
        : `${slow[0].title} took ${formatSeconds(slow[0].recoverySeconds)}`;
      const more = slow.length - (exerciseBreached ? 0 : 1);
      return `${first} against an RTO of ${rtoText(evidence)}${
        more > 0 ? `, and ${plural(more, 'more incident')} took longer too` : ''
      }.`;
    }
    case 'at-risk': {
      const [longest] = [...evidence.dependencies].sort(
        (a, b) => b.dependencyObjective.seconds - a.dependencyObjective.seconds,
      );
      const count = evidence.dependencies.length;
      return `${plural(
        count,
        'dependency',
        'dependencies',
      )} may take longer than the RTO of ${rtoText(evidence)} by ${
        count === 1 ? 'its' : 'their'
      } own records, the longest ${formatIsoDuration(
        longest.dependencyObjective.duration,
      )}.`;
    }
    case 'unproven':
      return exercise
        ? `The last game day or DR test that measured a recovery, the ${exercise.title}, was on ${exercise.date}, more than ${RECOVERY_PROOF_MONTHS} months ago.`
        : `No game day or DR test has measured a recovery of this function.`;
    default:
      return `The ${exercise!.title} on ${
        exercise!.date
      } recovered in ${formatSeconds(
        exercise!.measuredSeconds,
      )}, within the RTO of ${rtoText(evidence)}, and no incident in the last ${
        evidence.period.months
      } months took longer.`;
  }
}
