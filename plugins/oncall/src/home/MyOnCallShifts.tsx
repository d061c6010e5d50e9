import { useApi } from '@backstage/frontend-plugin-api';
import {
  formatLocalTime,
  HomeWidgetFrame,
  useMySquads,
} from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { onCallApiRef } from '../api';
import { useNow } from '../hooks/useNow';
import { formatRelativeTime } from '../views/timeFormats';
import { nowAndNext } from './myShifts';

/** The signed-in person's on-call shifts: the ones they are on now, and their next one. */
export function MyOnCallShifts() {
  const onCallApi = useApi(onCallApiRef);
  const me = useMySquads();
  const now = useNow();
  const { value, ...state } = useAsync(async () => {
    if (!me.userRef) return [];
    const { items } = await onCallApi.getShifts({ userRef: me.userRef });
    return nowAndNext(items);
  }, [onCallApi, me.userRef]);
  const when = (label: string, at?: string) =>
    at
      ? `${label} ${formatLocalTime(at, now)} (${formatRelativeTime(at, now)})`
      : undefined;
  return (
    <HomeWidgetFrame
      state={[me, state]}
      rows={(value ?? []).map(shift => ({
        key: `${shift.escalationPolicy.id}/${shift.level}/${shift.start}`,
        title: `${shift.now ? 'On call now' : 'Next shift'}: ${
          shift.escalationPolicy.name
        }, level ${shift.level}`,
        detail: shift.now
          ? when('until', shift.end) ?? 'with no end'
          : [when('from', shift.start), when('until', shift.end)]
              .filter(Boolean)
              .join(', '),
        href: shift.escalationPolicy.url,
      }))}
      nothingToDo="You have no on-call shift now or in the coming weeks."
      link={{ href: '/on-call', label: 'Everyone on call now' }}
    />
  );
}
