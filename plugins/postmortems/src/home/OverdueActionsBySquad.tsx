import { useApi } from '@backstage/frontend-plugin-api';
import { EntityName, HomeWidgetFrame } from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { postmortemsApiRef } from '../api/PostmortemsApi';
import { overdueActionsBySquad } from './leadership';

/** The list endpoint's largest page: the overdue actions of an organisation fit in it. */
const MAX_PAGE = 500;

/** Overdue post-mortem and exercise actions per owning squad, most first. */
export function OverdueActionsBySquad() {
  const postmortemsApi = useApi(postmortemsApiRef);
  const { value: overdue, ...state } = useAsync(
    () =>
      postmortemsApi.listActions({
        filters: { overdue: ['true'] },
        limit: MAX_PAGE,
      }),
    [postmortemsApi],
  );
  const squads = overdue ? overdueActionsBySquad(overdue.items) : [];
  return (
    <HomeWidgetFrame
      state={state}
      headline={
        overdue &&
        overdue.total > 0 &&
        `${overdue.total} overdue across ${squads.length} squad${
          squads.length === 1 ? '' : 's'
        }`
      }
      rows={squads.map(squad => ({
        key: squad.squad,
        // Titles come from the catalog for the squads listed: any squad, not only the ones
        // a filter menu's facets hold.
        title: (
          <>
            <EntityName entityRef={squad.squad} defaultKind="group" />:{' '}
            {squad.overdue} overdue
          </>
        ),
        detail: `the oldest by ${squad.mostDaysOverdue} day${
          squad.mostDaysOverdue === 1 ? '' : 's'
        }`,
        href: `/postmortems/actions?squad=${encodeURIComponent(
          squad.squad,
        )}&overdue=true`,
      }))}
      nothingToDo="No post-mortem or exercise action is overdue: nothing to do."
      link={{ href: '/postmortems/actions', label: 'All action items' }}
    />
  );
}
