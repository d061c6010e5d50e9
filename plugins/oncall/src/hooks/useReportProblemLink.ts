import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import { reportProblemRouteRef } from '../routes';

/** The "Report a problem" page with the entity chosen as the affected service. */
export function useReportProblemLink(entity: Entity): string {
  const reportProblemLink = useRouteRef(reportProblemRouteRef);
  const query = new URLSearchParams({ entity: stringifyEntityRef(entity) });
  return `${reportProblemLink?.() ?? '/report-a-problem'}?${query}`;
}
