/**
 * What a scorecard check can come to. `waived` replaces a failing (or unknown) status while a
 * waiver is in force; `no-data` means the check's source could not be read, never a pass.
 *
 * @public
 */
export const CHECK_STATUSES = ['pass', 'fail', 'waived', 'no-data'] as const;

/** @public */
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/**
 * One piece of evidence behind a check's status: a failing item, an attestation's link, the
 * reason data is missing. `entityRef` links to a catalog entity, `url` to anything else.
 *
 * @public
 */
export interface EvidenceItem {
  title: string;
  entityRef?: string;
  url?: string;
  detail?: string;
}

/**
 * What an evaluator or an attestation says about one check for one squad, before waivers.
 *
 * @public
 */
export interface CheckOutcome {
  status: 'pass' | 'fail' | 'no-data';
  summary: string;
  items: EvidenceItem[];
}

/**
 * The final status of one check for one squad: an outcome with any waiver applied.
 *
 * @public
 */
export interface CheckResult {
  checkId: string;
  status: CheckStatus;
  summary: string;
  items: EvidenceItem[];
}

/**
 * A problem with a request's field, for an HTTP 400 that names the field and the reason.
 *
 * @public
 */
export interface ScorecardInputProblem {
  field: string;
  message: string;
}
