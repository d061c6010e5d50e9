import { useApi } from '@backstage/frontend-plugin-api';
import {
  HomeWidgetFrame,
  useReadinessClock,
} from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import { continuityApiRef } from '../api/ContinuityApi';
import { unexercisedCriticalFunctions } from './auditRows';

/** The list endpoint's largest page: every critical plan of an organisation fits in it. */
const MAX_PAGE = 500;

/** Critical functions whose continuity plan has held no exercise in the last twelve months. */
export function UnexercisedCriticalFunctions() {
  const continuityApi = useApi(continuityApiRef);
  const today = useReadinessClock()().toISOString().slice(0, 10);
  const { value, ...state } = useAsync(
    () =>
      continuityApi.listPlans({
        filters: { criticality: ['critical'] },
        limit: MAX_PAGE,
      }),
    [continuityApi],
  );
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
