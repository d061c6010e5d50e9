import type { EvidenceItem } from '@readiness/plugin-scorecards-common';

/**
 * What an evaluator or an attestation says about one check for one squad, before waivers.
 */
export interface CheckOutcome {
  status: 'pass' | 'fail' | 'no-data';
  summary: string;
  items: EvidenceItem[];
}

/**
 * A problem with a request's field, for an HTTP 400 that names the field and the reason.
 */
export interface ScorecardInputProblem {
  field: string;
  message: string;
}

/** Texts a person writes with a change (a comment, a reason) are at most this long. */
export const MAX_TEXT_LENGTH = 2000;

/**
 * The problem with a required text field, if any: missing or blank (`missing` says what it must
 * say), or longer than MAX_TEXT_LENGTH.
 */
export function requiredTextProblem(
  field: string,
  value: unknown,
  missing: string,
): ScorecardInputProblem | undefined {
  if (typeof value !== 'string' || !value.trim()) {
    return { field, message: missing };
  }
  if (value.length > MAX_TEXT_LENGTH) {
    return { field, message: `must be at most ${MAX_TEXT_LENGTH} characters` };
  }
  return undefined;
}
