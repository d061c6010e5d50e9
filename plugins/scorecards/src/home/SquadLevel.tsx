import { parseEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  HomeWidgetFrame,
  useMySquads,
} from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { scorecardsApiRef } from '../api';

/** The signed-in person's squad's level and the checks that keep it from the next one. */
export function SquadLevel() {
  const scorecardsApi = useApi(scorecardsApiRef);
  const me = useMySquads();
  const squadRef = me.squadRefs[0];
  const { value, ...state } = useAsync(async () => {
    if (!squadRef) return undefined;
    return scorecardsApi.getSquadScorecard(squadRef);
  }, [scorecardsApi, squadRef]);
  const level = value?.level;
  const squad = squadRef ? parseEntityRef(squadRef) : undefined;
  return (
    <HomeWidgetFrame
      state={[me, state]}
      headline={
        value &&
        (level
          ? `${value.squad.title} is at level ${level.level}${
              level.name ? ` (${level.name})` : ''
            }${
              level.next
                ? `; ${level.next.blockers.length} check${
                    level.next.blockers.length === 1 ? '' : 's'
                  } block level ${level.next.level} (${level.next.name})`
                : ''
            }`
          : `${value.squad.title} has not been evaluated yet`)
      }
      rows={(level?.next?.blockers ?? []).slice(0, 6).map(blocker => ({
        key: blocker.checkId,
        title: blocker.title,
        detail: blocker.summary,
      }))}
      nothingToDo={
        level && !level.next
          ? 'Your squad is at the top level: nothing blocks it.'
          : 'No scorecard for your squad yet.'
      }
      link={
        squad
          ? {
              href: `/catalog/${squad.namespace}/group/${squad.name}/scorecard`,
              label: "Your squad's scorecard",
            }
          : { href: '/scorecards', label: 'Scorecards' }
      }
    />
  );
}
