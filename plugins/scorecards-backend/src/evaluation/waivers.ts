import { DateTime } from 'luxon';
import type { CheckResult, Waiver } from '@readiness/plugin-scorecards-common';
import {
  CheckOutcome,
  requiredTextProblem,
  ScorecardInputProblem,
} from './results';

/** A waiver lasts at most this long, so that every exemption is looked at again. @public */
export const MAX_WAIVER_DAYS = 366;

/** Whether the waiver is in force at `now`. @public */
export function isWaiverActive(
  waiver: Waiver | undefined,
  now: Date,
): waiver is Waiver {
  return !!waiver && Date.parse(waiver.expiresAt) > now.getTime();
}

/**
 * A check's final result: a passing outcome stays a pass; anything else becomes `waived` while a
 * waiver is in force, keeping the failing items so that leadership sees what it waived.
 *
 * @public
 */
export function applyWaiver(
  checkId: string,
  outcome: CheckOutcome,
  waiver: Waiver | undefined,
  now: Date,
  /** The name to show for a user ref. */
  nameOf: (userRef: string) => string,
): CheckResult {
  if (outcome.status === 'pass' || !isWaiverActive(waiver, now)) {
    return { checkId, ...outcome };
  }
  return {
    checkId,
    status: 'waived',
    summary: `Waived by ${nameOf(
      waiver.approvedBy,
    )} until ${waiver.expiresAt.slice(0, 10)}: ${waiver.reason} (${
      outcome.summary
    })`,
    items: outcome.items,
  };
}

/**
 * Checks a new waiver's reason and expiry (a date after today, at most MAX_WAIVER_DAYS away);
 * returns the expiry as the end of that day (UTC) when valid.
 *
 * @public
 */
export function validateWaiverInput(
  input: { reason?: unknown; expiresOn?: unknown },
  now: Date,
): { problems: ScorecardInputProblem[]; expiresAt?: string } {
  const problems: ScorecardInputProblem[] = [];
  const reasonProblem = requiredTextProblem(
    'reason',
    input.reason,
    'must say why the check is waived',
  );
  if (reasonProblem) problems.push(reasonProblem);
  const expiresOn =
    typeof input.expiresOn === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(input.expiresOn)
      ? DateTime.fromISO(input.expiresOn, { zone: 'utc' })
      : undefined;
  const today = DateTime.fromJSDate(now, { zone: 'utc' }).startOf('day');
  if (!expiresOn?.isValid) {
    problems.push({ field: 'expiresOn', message: 'must be a date YYYY-MM-DD' });
  } else if (expiresOn <= today) {
    problems.push({ field: 'expiresOn', message: 'must be after today' });
  } else if (expiresOn > today.plus({ days: MAX_WAIVER_DAYS })) {
    problems.push({
      field: 'expiresOn',
      message: `must be within ${MAX_WAIVER_DAYS} days`,
    });
  }
  if (problems.length > 0 || !expiresOn) {
    return { problems };
  }
  return { problems, expiresAt: expiresOn.endOf('day').toISO()! };
}
