/**
 * Something wrong with a record: the field (a dotted and indexed path like
 * `spec.actions[2].due`) and what is wrong with it, in words a person can act on.
 *
 * @public
 */
export interface RecordProblem {
  field: string;
  message: string;
}

/**
 * Formats a problem as `field: message`, the way every tool prints it.
 *
 * @public
 */
export function formatRecordProblem(problem: RecordProblem): string {
  return problem.field
    ? `${problem.field}: ${problem.message}`
    : problem.message;
}
