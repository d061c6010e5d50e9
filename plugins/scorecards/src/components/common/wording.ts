import type {
  AttestationDue,
  PeopleNames,
} from '@readiness/plugin-scorecards-common';

/** A person's name from the answer's names, else their ref (someone the catalog no longer has). */
export function personName(names: PeopleNames, ref: string): string {
  return names[ref] ?? ref;
}

/** Whether an attestation of the check counts at once or waits for an approver, in words. */
export function approvalRule(approval: AttestationDue['approval']): string {
  return approval === 'required'
    ? 'Counts once leadership approves it'
    : 'Takes effect without approval';
}
