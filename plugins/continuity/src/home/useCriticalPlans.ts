import { useApi } from '@backstage/frontend-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { continuityApiRef } from '../api/ContinuityApi';

/** The list endpoint's largest page: every critical plan of an organisation fits in it. */
const MAX_PAGE = 500;

/** The continuity plans of critical functions, for the home widgets that judge them. */
export function useCriticalPlans() {
  const continuityApi = useApi(continuityApiRef);
  return useAsync(
    () =>
      continuityApi.listPlans({
        filters: { criticality: ['critical'] },
        limit: MAX_PAGE,
      }),
    [continuityApi],
  );
}
