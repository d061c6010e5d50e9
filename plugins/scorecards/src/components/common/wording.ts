import { parseEntityRef } from '@backstage/catalog-model';
import type {
  AttestationDue,
  PeopleNames,
} from '@readiness/plugin-scorecards-common';

/**
 * A person's name from the answer's names; for someone the catalog no longer has, the name part
 * of their ref (`sam.lead`), never the ref itself.
 */
export function personName(names: PeopleNames, ref: string): string {
  const name = names[ref];
  if (name) return name;
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}

/** Whether an attestation of the check counts at once or waits for an approver, in words. */
export function approvalRule(approval: AttestationDue['approval']): string {
  return approval === 'required'
    ? 'Counts once leadership approves it'
    : 'Takes effect without approval';
}
