import { useApi } from '@backstage/frontend-plugin-api';
import { PUBLICATION_DEADLINE_DAYS } from '@readiness/plugin-postmortems-common';
import {
  HomeWidgetFrame,
  useReadinessClock,
} from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { postmortemsApiRef } from '../api/PostmortemsApi';
import { describeLatePostmortem } from './leadership';

/** Post-mortems still unpublished more than three days after their incident was resolved. */
export function LatePostmortems() {
  const postmortemsApi = useApi(postmortemsApiRef);
  const today = useReadinessClock()().toISOString().slice(0, 10);
  const { value, ...state } = useAsync(
    () =>
      // The publication rule of postmortems-common decides `overdue`; the oldest are the latest.
      postmortemsApi.listPostmortems({
        filters: { publication: ['overdue'] },
        sort: 'startedAt',
        order: 'asc',
        limit: 6,
      }),
    [postmortemsApi],
  );
  return (
    <HomeWidgetFrame
      state={state}
      headline={
        value &&
        value.total > 0 &&
        `${value.total} unpublished more than ${PUBLICATION_DEADLINE_DAYS} days after resolution`
      }
      rows={(value?.items ?? []).map(postmortem => ({
        key: postmortem.ref,
        ...describeLatePostmortem(postmortem, today),
      }))}
      nothingToDo={`Every post-mortem was published within ${PUBLICATION_DEADLINE_DAYS} days or is still within it: nothing to do.`}
      link={{ href: '/postmortems/library', label: 'Post-mortem library' }}
    />
  );
}
