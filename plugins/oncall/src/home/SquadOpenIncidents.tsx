import { parseEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  HomeWidgetFrame,
  useMySquads,
} from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { onCallApiRef } from '../api';
import { useNow } from '../hooks/useNow';
import { formatRelativeTime } from '../views/timeFormats';
import { openIncidents } from './myShifts';

/** The open PagerDuty incidents on the services of the signed-in person's squads. */
export function SquadOpenIncidents() {
  const onCallApi = useApi(onCallApiRef);
  const me = useMySquads();
  const now = useNow();
  const { value, ...state } = useAsync(async () => {
    const answers = await Promise.all(
      me.squadRefs.flatMap(entityRef =>
        (['triggered', 'acknowledged'] as const).map(status =>
          onCallApi.getIncidents({ entityRef, status, limit: 20 }),
        ),
      ),
    );
    return openIncidents(answers.map(answer => answer.items));
  }, [onCallApi, me.squadRefs.join()]);
  const squad = me.squadRefs[0] && parseEntityRef(me.squadRefs[0]);
  return (
    <HomeWidgetFrame
      state={[me, state]}
      rows={(value ?? []).slice(0, 6).map(incident => ({
        key: incident.id,
        title: `#${incident.number} ${incident.title}`,
        detail: `${incident.status}, opened ${formatRelativeTime(
          incident.createdAt,
          now,
        )}`,
        href: incident.htmlUrl,
      }))}
      nothingToDo="No open incidents on your squad's services."
      link={
        squad
          ? {
              href: `/catalog/${squad.namespace}/group/${squad.name}/incidents`,
              label: "Your squad's incidents",
            }
          : { href: '/on-call', label: 'On call now' }
      }
    />
  );
}
