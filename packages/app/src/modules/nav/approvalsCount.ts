import { useApiHolder } from '@backstage/frontend-plugin-api';
import { useLocation } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { scorecardsApiRef } from '@readiness/plugin-scorecards';

/** The extension id of the approvers' queue page, whose sidebar entry carries the count. */
export const APPROVALS_PAGE_ID = 'page:scorecards/approvals';

/**
 * How many attestations await the person's approval, as the backend answers from the permission
 * policy; undefined for someone who may not approve, so they see no count.
 */
export function awaitingApproval(queue: {
  canApprove: boolean;
  pending: readonly unknown[];
}): number | undefined {
  return queue.canApprove ? queue.pending.length : undefined;
}

/** The approvals entry's label: with the count for an approver, the page's title for others. */
export function approvalsLabel(title: string, count: number | undefined) {
  return count === undefined ? title : `${title} (${count})`;
}

/**
 * The count of attestations awaiting the signed-in person's approval, asked again on every
 * navigation so that it follows their decisions; undefined without the scorecards plugin or
 * for someone who may not approve.
 */
export function useAttestationsAwaitingApproval(): number | undefined {
  const scorecardsApi = useApiHolder().get(scorecardsApiRef);
  const { pathname } = useLocation();
  const { value } = useAsync(
    async () =>
      scorecardsApi
        ? awaitingApproval(await scorecardsApi.getApprovalQueue())
        : undefined,
    [scorecardsApi, pathname],
  );
  return value;
}
