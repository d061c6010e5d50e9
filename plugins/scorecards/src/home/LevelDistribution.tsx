import { useApi } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import { HomeWidgetFrame } from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { scorecardsApiRef } from '../api';
import { describeDistribution } from './leadership';

/** Quarters of history a leadership review reads. */
const QUARTERS = 4;

/** Squads per level, quarter by quarter, newest first, with the average level. */
export function LevelDistribution() {
  const scorecardsApi = useApi(scorecardsApiRef);
  const { value, ...state } = useAsync(
    () => scorecardsApi.getHistory({ period: 'quarter', count: QUARTERS }),
    [scorecardsApi],
  );
  const points = (value?.points ?? []).filter(point => point.squads > 0);
  return (
    <HomeWidgetFrame
      state={state}
      summary={
        <Text variant="body-small" color="secondary">
          Squads per level (L0 to L3), per quarter
        </Text>
      }
      rows={[...points].reverse().map(point => ({
        key: point.period,
        title: `${point.period}: ${describeDistribution(point)}`,
        detail:
          point.averageLevel === undefined
            ? `${point.squads} squads`
            : `${
                point.squads
              } squads, average level ${point.averageLevel.toFixed(1)}`,
      }))}
      nothingToDo="No squad has been evaluated yet."
      link={{ href: '/scorecards', label: 'Heat map and trend' }}
    />
  );
}
