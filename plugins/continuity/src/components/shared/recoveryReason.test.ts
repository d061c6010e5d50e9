import { RecoveryEvidence } from '@readiness/plugin-continuity-common';
import { recoveryEvidence } from '../../__testUtils__/testData';
import { recoveryReason } from './recoveryReason';

const withStatus = (
  status: RecoveryEvidence['status'],
  change: Partial<RecoveryEvidence> = {},
): RecoveryEvidence => ({ ...recoveryEvidence, status, ...change });

describe('recoveryReason', () => {
  it('names the first incident longer than the RTO and counts the others', () => {
    expect(recoveryReason(recoveryEvidence)).toBe(
      'Mastercard settlement report late took 1 h 45 min against an RTO of 1 hour.',
    );
    const slower = {
      ...recoveryEvidence.incidents[0],
      id: 'other',
      title: 'Other',
    };
    expect(
      recoveryReason(
        withStatus('breached', {
          incidents: [recoveryEvidence.incidents[0], slower, slower],
        }),
      ),
    ).toBe(
      'Mastercard settlement report late took 1 h 45 min against an RTO of 1 hour, and 2 more incidents took longer too.',
    );
  });

  it('names the exercise first when it was the one that took too long', () => {
    expect(
      recoveryReason(
        withStatus('breached', {
          lastExercise: {
            ...recoveryEvidence.lastExercise!,
            measuredSeconds: 5400,
            exceedsRto: true,
          },
        }),
      ),
    ).toBe(
      'The Card network connectivity game day on 2026-10-21 took 1 h 30 min against an RTO of 1 hour, and 1 more incident took longer too.',
    );
  });

  it('names the slowest dependency of a plan at risk', () => {
    expect(recoveryReason(withStatus('at-risk'))).toBe(
      '1 dependency may take longer than the RTO of 1 hour by its own records, the longest 4 hours.',
    );
  });

  it('says whether an unproven plan never measured a recovery or did so too long ago', () => {
    expect(
      recoveryReason(withStatus('unproven', { lastExercise: undefined })),
    ).toBe('No game day or DR test has measured a recovery of this function.');
    expect(
      recoveryReason(
        withStatus('unproven', {
          lastExercise: {
            ...recoveryEvidence.lastExercise!,
            date: '2025-06-18',
            recent: false,
          },
        }),
      ),
    ).toBe(
      'The last game day or DR test that measured a recovery, the Card network connectivity game day, was on 2025-06-18, more than 12 months ago.',
    );
  });

  it('names the exercise that proves a plan', () => {
    expect(recoveryReason(withStatus('proven'))).toBe(
      'The Card network connectivity game day on 2026-10-21 recovered in 47 min, within the RTO of 1 hour, and no incident in the last 12 months took longer.',
    );
  });
});
