import type { ActionCategory, ActionStatus, ActionTerm } from './vocabularies';

/**
 * A remediation item of a post-mortem or an exercise.
 *
 * @public
 */
export type RemediationAction = {
  title: string;
  category: ActionCategory;
  term: ActionTerm;
  /** Group or User ref. */
  owner: string;
  due: string;
  status: ActionStatus;
  ticket?: string;
};

/** Statuses of an action that still needs work. @public */
export const OPEN_ACTION_STATUSES: ReadonlyArray<ActionStatus> = [
  'open',
  'in-progress',
];

/** An action that is neither done nor dropped. @public */
export function isOpenAction(action: Pick<RemediationAction, 'status'>) {
  return OPEN_ACTION_STATUSES.includes(action.status);
}
