import { useApi } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import {
  EntityName,
  HomeWidgetFrame,
  useReadinessClock,
} from '@readiness/plugin-readiness-react';
import { LIST_LIMIT_MAX } from '@readiness/plugin-readiness-api-common';
import useAsync from 'react-use/esm/useAsync';
import { postmortemsApiRef } from '../api/PostmortemsApi';
import { describeTrend, domainTrends, trailingYearWindows } from './leadership';

/** Quarters of history a leadership review reads. */
const QUARTERS = 4;

/** MTTR and MTBF per domain over the trailing year, at the end of each of the last quarters. */
export function ReliabilityTrend() {
  const postmortemsApi = useApi(postmortemsApiRef);
  const today = useReadinessClock()().toISOString().slice(0, 10);
  const { value, ...state } = useAsync(async () => {
    const windows = trailingYearWindows(today, QUARTERS);
    const figures = await Promise.all(
      windows.map(window =>
        postmortemsApi.listReliability({
          from: window.from,
          to: window.to,
          by: 'domain',
          // Every domain: an organisation has tens of them, not hundreds.
          limit: LIST_LIMIT_MAX,
        }),
      ),
    );
    const trends = domainTrends(
      windows.map((window, i) => ({
        quarter: window.quarter,
        figures: figures[i].items,
      })),
    );
    return { windows, trends };
  }, [postmortemsApi, today]);
  const windows = value?.windows ?? [];
  return (
    <HomeWidgetFrame
      state={state}
      summary={
        windows.length > 0 && (
          <Text variant="body-small" color="secondary">
            Trailing 12 months at the end of {windows[0].quarter} to{' '}
            {windows.at(-1)!.quarter}
          </Text>
        )
      }
      rows={(value?.trends ?? []).map(trend => {
        const { mttr, mtbf } = describeTrend(trend);
        return {
          key: trend.domain,
          title: <EntityName entityRef={trend.domain} defaultKind="domain" />,
          detail: (
            <>
              {mttr}
              <br />
              {mtbf}
            </>
          ),
          href: `/postmortems/analytics?domain=${encodeURIComponent(
            trend.domain,
          )}&period=12m`,
        };
      })}
      nothingToDo="No incident in the last year: no MTTR or MTBF to show."
      link={{ href: '/postmortems/analytics', label: 'Post-mortem analytics' }}
    />
  );
}
