import { DateTime } from 'luxon';
import type { NotificationRecipients } from '@backstage/plugin-notifications-node';
import {
  CapabilityCheck,
  entityRefKey,
  isWebUrl,
  parseIsoDuration,
} from '@readiness/plugin-readiness-common';
import type {
  Attestation,
  AttestationDue,
  AttestationState,
} from '@readiness/plugin-scorecards-common';
import type { CapabilityModelSpec } from './levels';
import {
  CheckOutcome,
  requiredTextProblem,
  ScorecardInputProblem,
} from './results';

/** Attestations expiring within this many days are listed as due. @public */
export const ATTESTATION_DUE_SOON_DAYS = 30;

/**
 * How long an attestation of the check holds: the check's own validity, else the model's
 * attestationValidity; undefined when neither is set (it then holds until replaced).
 *
 * @public
 */
export function attestationValidity(
  model: CapabilityModelSpec,
  check: CapabilityCheck,
): string | undefined {
  return check.validity ?? model.attestationValidity;
}

/**
 * When an attestation made at `attestedAt` stops counting, by calendar (P3M from 31 January is
 * 30 April).
 *
 * @public
 */
export function attestationExpiry(
  attestedAt: Date,
  validity: string | undefined,
): Date | undefined {
  const duration = validity ? parseIsoDuration(validity) : undefined;
  if (!duration) {
    return undefined;
  }
  return DateTime.fromJSDate(attestedAt, { zone: 'utc' })
    .plus(duration)
    .toJSDate();
}

/**
 * The state of a check's current attestation at `now`. Approval counts only where the check
 * requires it: such an attestation waits for an approver, and a rejected one does not count. An
 * optional approval is shown but not waited for.
 *
 * @public
 */
export function attestationState(
  check: CapabilityCheck,
  attestation: Attestation | undefined,
  now: Date,
): AttestationState {
  if (!attestation) {
    return 'missing';
  }
  const expiresAt = attestation.expiresAt
    ? Date.parse(attestation.expiresAt)
    : Infinity;
  if (expiresAt <= now.getTime()) {
    return 'expired';
  }
  if (check.approval === 'required') {
    if (attestation.rejectedBy) return 'rejected';
    if (!attestation.approvedBy) return 'awaiting-approval';
  }
  const soon = DateTime.fromJSDate(now).plus({
    days: ATTESTATION_DUE_SOON_DAYS,
  });
  return expiresAt <= soon.toMillis() ? 'expiring-soon' : 'valid';
}

/**
 * Whom to tell that an attestation awaits approval, as the model declares approval: a check with
 * `approval: required` is approved by the model's owner group, never by the attester; a check
 * whose attestation takes effect without approval needs nobody told (undefined).
 *
 * @public
 */
export function approvalRecipients(
  model: CapabilityModelSpec,
  check: CapabilityCheck,
  attesterRef: string,
): NotificationRecipients | undefined {
  if (check.approval !== 'required') return undefined;
  return {
    type: 'entity',
    entityRef: entityRefKey(model.owner, 'group')!,
    excludeEntityRef: attesterRef,
  };
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * The outcome of an attestation check: it passes while its attestation is valid (and approved,
 * where approval is required; a rejected one fails).
 *
 * @public
 */
export function evaluateAttestation(
  check: CapabilityCheck,
  attestation: Attestation | undefined,
  now: Date,
  /** The name to show for a user ref: results are read by people, not by the catalog. */
  nameOf: (userRef: string) => string,
): CheckOutcome {
  const state = attestationState(check, attestation, now);
  if (!attestation || state === 'missing') {
    return {
      status: 'fail',
      summary: 'Not attested yet.',
      items: check.evidence
        ? [{ title: 'Evidence needed', detail: check.evidence }]
        : [],
    };
  }
  const evidence = {
    title: `Evidence attested by ${nameOf(attestation.attestedBy)}`,
    url: attestation.evidenceUrl,
    detail: attestation.comment,
  };
  const attested = `Attested by ${nameOf(attestation.attestedBy)} on ${day(
    attestation.attestedAt,
  )}`;
  if (state === 'expired') {
    return {
      status: 'fail',
      summary: `${attested}; expired on ${day(attestation.expiresAt!)}.`,
      items: [evidence],
    };
  }
  if (state === 'awaiting-approval') {
    return {
      status: 'fail',
      summary: `${attested}; awaiting approval by leadership.`,
      items: [evidence],
    };
  }
  if (state === 'rejected') {
    return {
      status: 'fail',
      summary: `${attested}; rejected by ${nameOf(
        attestation.rejectedBy!,
      )} on ${day(attestation.rejectedAt!)}: ${attestation.decisionReason}`,
      items: [evidence],
    };
  }
  const until = attestation.expiresAt
    ? `, valid until ${day(attestation.expiresAt)}`
    : '';
  const approved = attestation.approvedBy
    ? `; approved by ${nameOf(attestation.approvedBy)} on ${day(
        attestation.approvedAt!,
      )}`
    : '';
  return {
    status: 'pass',
    summary: `${attested}${until}${approved}.`,
    items: [evidence],
  };
}

/**
 * The attestation checks of a model that need a squad's attention at `now`, lowest level first.
 *
 * @public
 */
export function listAttestationsDue(
  model: CapabilityModelSpec,
  attestations: ReadonlyArray<Attestation>,
  now: Date,
): AttestationDue[] {
  const byCheck = new Map(attestations.map(a => [a.checkId, a]));
  return model.checks
    .filter(check => check.type === 'attestation')
    .flatMap(check => {
      const attestation = byCheck.get(check.id);
      const state = attestationState(check, attestation, now);
      if (state === 'valid') {
        return [];
      }
      return [
        {
          checkId: check.id,
          title: check.title,
          level: check.level,
          state,
          evidence: check.evidence,
          validity: attestationValidity(model, check),
          approval: check.approval,
          attestation,
        },
      ];
    })
    .sort((a, b) => a.level - b.level);
}

/**
 * Checks the fields of a new attestation: an http(s) evidence link and a comment.
 *
 * @public
 */
export function validateAttestationInput(input: {
  evidenceUrl?: unknown;
  comment?: unknown;
}): ScorecardInputProblem[] {
  const problems: ScorecardInputProblem[] = [];
  if (typeof input.evidenceUrl !== 'string' || !isWebUrl(input.evidenceUrl)) {
    problems.push({
      field: 'evidenceUrl',
      message: 'must be an http or https link to the evidence',
    });
  }
  const commentProblem = requiredTextProblem(
    'comment',
    input.comment,
    'must say what the evidence shows',
  );
  if (commentProblem) problems.push(commentProblem);
  return problems;
}
