import { useApi } from '@backstage/frontend-plugin-api';
import { HomeWidgetFrame } from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { continuityApiRef } from '../api/ContinuityApi';
import { RecoveryOverview } from '../components/RecoveryEvidence';
import { countByRecovery, unprovenRecoveries } from './recoveryRows';

/** The list endpoint's largest page: every critical plan of an organisation fits in it. */
const MAX_PAGE = 500;

/**
 * Whether the critical functions' recovery was proven by a recent measured exercise and real
 * incidents: the count in each status, then the functions not proven, breached first.
 */
export function RecoveryOfCriticalFunctions() {
  const continuityApi = useApi(continuityApiRef);
  const { value, ...state } = useAsync(
    () =>
      continuityApi.listPlans({
        filters: { criticality: ['critical'] },
        limit: MAX_PAGE,
      }),
    [continuityApi],
  );
  const critical = value?.items ?? [];
  const rows = unprovenRecoveries(critical);
  return (
    <HomeWidgetFrame
      state={state}
      summary={
        value && (
          <RecoveryOverview
            counts={countByRecovery(critical)}
            label="Critical functions"
          />
        )
      }
      rows={rows}
      nothingToDo={`The recovery of all ${critical.length} critical functions is proven: nothing to do.`}
      link={{ href: '/continuity/plans', label: 'Continuity plans' }}
    />
  );
}
