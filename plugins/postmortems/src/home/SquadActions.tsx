import { useApi } from '@backstage/frontend-plugin-api';
import {
  HomeWidgetFrame,
  useMySquads,
} from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { postmortemsApiRef } from '../api/PostmortemsApi';
import { describeAction } from './actionRows';

/** Open post-mortem and exercise actions that the signed-in person or their squad own. */
export function SquadActions() {
  const postmortemsApi = useApi(postmortemsApiRef);
  const me = useMySquads();
  const { value, ...state } = useAsync(async () => {
    if (me.squadRefs.length === 0) return undefined;
    // Unsorted, the list puts overdue actions first; the squad filter covers its members' own.
    const squad = { squad: me.squadRefs };
    const [open, overdue] = await Promise.all([
      postmortemsApi.listActions({ filters: squad, limit: 6 }),
      postmortemsApi.listActions({
        filters: { ...squad, overdue: ['true'] },
        limit: 1,
      }),
    ]);
    return { open, overdue: overdue.total };
  }, [postmortemsApi, me.squadRefs.join()]);
  return (
    <HomeWidgetFrame
      state={[me, state]}
      headline={
        value &&
        value.open.total > 0 &&
        `${value.open.total} open, ${value.overdue} overdue`
      }
      rows={(value?.open.items ?? []).map(action => ({
        key: action.id,
        ...describeAction(action),
      }))}
      nothingToDo="No open actions for you or your squad: nothing to do."
      link={{ href: '/postmortems/actions', label: 'All action items' }}
    />
  );
}
