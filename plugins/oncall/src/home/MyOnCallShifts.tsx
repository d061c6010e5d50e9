import { useApi } from '@backstage/frontend-plugin-api';
import {
  HomeWidgetFrame,
  useMySquads,
} from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { onCallApiRef } from '../api';
import { useNow } from '../hooks/useNow';
import { formatLocalTime, formatRelativeTime } from '../views/timeFormats';
import { myShifts } from './myShifts';

/** The signed-in person's on-call shifts now and next, in their squads' escalation policies. */
export function MyOnCallShifts() {
  const onCallApi = useApi(onCallApiRef);
  const me = useMySquads();
  const now = useNow();
  const { value, loading, error } = useAsync(async () => {
    if (!me.userRef) return [];
    const answers = await Promise.all(
      me.squadRefs.map(ref => onCallApi.getEntityOnCall(ref)),
    );
    return myShifts(
      answers.flatMap(answer => answer.items),
      me.userRef,
    );
  }, [onCallApi, me.userRef, me.squadRefs.join()]);
  return (
    <HomeWidgetFrame
      loading={me.loading || loading}
      error={me.error ?? error}
      rows={(value ?? []).map(shift => ({
        key: shift.key,
        title: `${shift.when === 'now' ? 'On call now' : 'Next shift'}: ${
          shift.policy
        }, level ${shift.level}`,
        detail:
          shift.when === 'now'
            ? shift.end &&
              `until ${formatLocalTime(shift.end, now)} (${formatRelativeTime(
                shift.end,
                now,
              )})`
            : shift.start &&
              `from ${formatLocalTime(shift.start, now)} (${formatRelativeTime(
                shift.start,
                now,
              )})`,
        href: shift.policyUrl,
      }))}
      nothingToDo="You are not on call now and not next in your squad's rotations."
      link={{ href: '/on-call', label: 'Everyone on call now' }}
    />
  );
}
