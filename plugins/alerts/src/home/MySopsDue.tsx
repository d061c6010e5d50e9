import { useApi } from '@backstage/frontend-plugin-api';
import {
  HomeWidgetFrame,
  useMySquads,
} from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { alertsApiRef } from '../api/AlertsApi';
import { entityPath } from './alertGaps';
import { describeReview } from './sopReviews';

/** The SOPs that the signed-in person or their squad own and that are due or overdue for review. */
export function MySopsDue() {
  const alertsApi = useApi(alertsApiRef);
  const me = useMySquads();
  const owners = me.userRef ? [me.userRef, ...me.squadRefs] : [];
  const { value, ...state } = useAsync(async () => {
    if (owners.length === 0) return undefined;
    return alertsApi.listProcedures({
      filters: { owner: owners, review: ['overdue', 'due-soon'] },
      sort: 'review',
      limit: 6,
    });
  }, [alertsApi, owners.join()]);
  return (
    <HomeWidgetFrame
      state={[me, state]}
      summary={
        value && value.total > 6
          ? `${value.total} SOPs due for review`
          : undefined
      }
      rows={(value?.items ?? []).map(sop => ({
        key: sop.ref,
        title: sop.title,
        detail: describeReview(sop.review),
        href: entityPath(sop.ref),
      }))}
      nothingToDo="No SOP of yours is due for review."
      link={{ href: '/procedures/library', label: 'SOP library' }}
    />
  );
}
