import { useApi } from '@backstage/frontend-plugin-api';
import { HomeWidgetFrame } from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { continuityApiRef } from '../api/ContinuityApi';
import { AUDITED_REVIEW_KINDS, describeReview } from './reviewRows';

/** Vendor, plan and exercise reviews overdue or due within 30 days, most urgent first. */
export function ReviewsDue() {
  const continuityApi = useApi(continuityApiRef);
  const { value, ...state } = useAsync(async () => {
    const kind = AUDITED_REVIEW_KINDS;
    const [due, overdue] = await Promise.all([
      continuityApi.listReviews({
        filters: { kind, standing: ['overdue', 'due-30'] },
        limit: 8,
      }),
      continuityApi.listReviews({
        filters: { kind, standing: ['overdue'] },
        limit: 1,
      }),
    ]);
    return { due, overdue: overdue.total };
  }, [continuityApi]);
  return (
    <HomeWidgetFrame
      state={state}
      headline={
        value &&
        value.due.total > 0 &&
        `${value.overdue} overdue, ${
          value.due.total - value.overdue
        } due within 30 days`
      }
      rows={(value?.due.items ?? []).map(review => ({
        key: review.id,
        ...describeReview(review),
      }))}
      nothingToDo="No vendor, plan or exercise review is overdue or due within 30 days."
      link={{ href: '/continuity/reviews', label: 'All reviews due' }}
    />
  );
}
