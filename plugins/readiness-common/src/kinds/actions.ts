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
