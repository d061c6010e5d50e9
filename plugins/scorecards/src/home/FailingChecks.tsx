import { useApi } from '@backstage/frontend-plugin-api';
import { HomeWidgetFrame } from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { scorecardsApiRef } from '../api';
import { mostFailingChecks } from './leadership';

/** The scorecard checks that fail for the most squads. */
export function FailingChecks() {
  const scorecardsApi = useApi(scorecardsApiRef);
  const { value, ...state } = useAsync(
    // The counts are over every squad; no squad's row is needed.
    () => scorecardsApi.getScorecards({ limit: 0 }),
    [scorecardsApi],
  );
  const checks = value ? mostFailingChecks(value, 6) : [];
  return (
    <HomeWidgetFrame
      state={state}
      rows={checks.map(check => ({
        key: check.checkId,
        title: check.title,
        detail: `failing for ${check.failing} of ${value?.squads.total} squads`,
      }))}
      nothingToDo="No check fails for any squad."
      link={{ href: '/scorecards', label: 'Scorecard heat map' }}
    />
  );
}
