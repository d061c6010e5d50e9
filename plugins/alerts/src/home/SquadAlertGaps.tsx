import { useApi } from '@backstage/frontend-plugin-api';
import {
  HomeWidgetFrame,
  useMySquads,
} from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { alertsApiRef } from '../api/AlertsApi';
import { alertsWithGaps } from './alertGaps';

/** A squad has tens of paging alerts, not thousands: one page holds them all. */
const SQUAD_ALERTS_LIMIT = 500;

/** The signed-in person's squad's paging alerts without an SOP, with an overdue SOP or no route. */
export function SquadAlertGaps() {
  const alertsApi = useApi(alertsApiRef);
  const me = useMySquads();
  const { value, ...state } = useAsync(async () => {
    if (me.squadRefs.length === 0) return [];
    const paging = await alertsApi.listAlerts({
      filters: { owner: me.squadRefs, paging: ['true'] },
      limit: SQUAD_ALERTS_LIMIT,
    });
    const sopRefs = paging.items.flatMap(alert =>
      alert.procedure ? [alert.procedure.ref] : [],
    );
    const overdueSops =
      sopRefs.length === 0
        ? { items: [] }
        : await alertsApi.listProcedures({
            filters: {
              review: ['overdue'],
              alert: paging.items.map(alert => alert.ref),
            },
            limit: SQUAD_ALERTS_LIMIT,
          });
    return alertsWithGaps(
      paging.items,
      new Set(overdueSops.items.map(sop => sop.ref)),
    );
  }, [alertsApi, me.squadRefs.join()]);
  return (
    <HomeWidgetFrame
      state={[me, state]}
      rows={(value ?? []).slice(0, 6).map(alert => ({
        key: alert.ref,
        title: alert.title,
        detail: alert.gaps.join(', '),
        href: alert.href,
      }))}
      summary={
        value && value.length > 6
          ? `${value.length} paging alerts with a gap`
          : undefined
      }
      nothingToDo="Every paging alert of your squad has a current SOP and reaches on-call."
      link={{
        href: `/alerts/coverage`,
        label: 'Alert coverage',
      }}
    />
  );
}
