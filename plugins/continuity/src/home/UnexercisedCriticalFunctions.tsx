import {
  HomeWidgetFrame,
  useReadinessClock,
} from '@readiness/plugin-readiness-react';
import { unexercisedCriticalFunctions } from './auditRows';
import { useCriticalPlans } from './useCriticalPlans';

/** Critical functions whose continuity plan has held no exercise in the last twelve months. */
export function UnexercisedCriticalFunctions() {
  const today = useReadinessClock()().toISOString().slice(0, 10);
  const { value, ...state } = useCriticalPlans();
  const critical = value?.items ?? [];
  const rows = unexercisedCriticalFunctions(critical, today);
  return (
    <HomeWidgetFrame
      state={state}
      headline={
        rows.length > 0 &&
        `${rows.length} of ${critical.length} critical functions without an exercise in 12 months`
      }
      rows={rows}
      nothingToDo={`Every one of the ${critical.length} critical functions had its plan exercised within 12 months: nothing to do.`}
      link={{ href: '/continuity/plans', label: 'Continuity plans' }}
    />
  );
}
