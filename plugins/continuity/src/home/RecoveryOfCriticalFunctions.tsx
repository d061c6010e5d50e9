import { HomeWidgetFrame } from '@readiness/plugin-readiness-react';
import { RecoveryOverview } from '../components/RecoveryEvidence';
import { countByRecovery, unprovenRecoveries } from './recoveryRows';
import { useCriticalPlans } from './useCriticalPlans';

/**
 * Whether the critical functions' recovery was proven by a recent measured exercise and real
 * incidents: the count in each status, then the functions not proven, breached first.
 */
export function RecoveryOfCriticalFunctions() {
  const { value, ...state } = useCriticalPlans();
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
