import { useApi } from '@backstage/frontend-plugin-api';
import {
  HomeWidgetFrame,
  useReadinessClock,
} from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { scorecardsApiRef } from '../api';
import { squadScorecardPath } from '../components/common';
import { checkTitles, startOfPreviousQuarter } from './leadership';

/** The squads whose level fell since the start of last quarter, each opening its scorecard. */
export function SquadsMovedDown() {
  const scorecardsApi = useApi(scorecardsApiRef);
  const today = useReadinessClock()().toISOString().slice(0, 10);
  const from = startOfPreviousQuarter(today);
  const { value, ...state } = useAsync(async () => {
    // The comparison names checks by id; the model has their titles.
    const [comparison, scorecards] = await Promise.all([
      scorecardsApi.compare({ from, to: today }),
      scorecardsApi.getScorecards({ limit: 0 }),
    ]);
    return { comparison, titleOf: checkTitles(scorecards.model) };
  }, [scorecardsApi, from, today]);
  const down = (value?.comparison.changes ?? []).filter(
    change => (change.levelChange ?? 0) < 0,
  );
  return (
    <HomeWidgetFrame
      state={state}
      rows={down.map(change => ({
        key: change.squadRef,
        title: `${change.title}: level ${change.levelBefore} → ${change.levelAfter}`,
        href: squadScorecardPath(change.squadRef),
        detail:
          change.regressed.length > 0
            ? `No longer met: ${change.regressed
                .map(value!.titleOf)
                .join('; ')}`
            : undefined,
      }))}
      nothingToDo={`No squad moved down since ${from}.`}
      link={{ href: '/scorecards', label: 'Compare squads' }}
    />
  );
}
