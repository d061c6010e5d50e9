import { useApi } from '@backstage/frontend-plugin-api';
import {
  FilterDefinition,
  useReadinessClock,
} from '@readiness/plugin-readiness-react';
import useAsync from 'react-use/esm/useAsync';
import type { PostmortemFacetField } from '@readiness/plugin-postmortems-common';
import { postmortemsApiRef } from '../../api/PostmortemsApi';
import { DORA_CLASSIFICATION_LABELS } from './format';

const LABELS: Record<PostmortemFacetField, string> = {
  reviewType: 'Review',
  severity: 'Severity',
  status: 'Status',
  squad: 'Squad',
  service: 'Service',
  domain: 'Domain',
  journey: 'Journey',
  taxonomy: 'Root cause',
  customerImpact: 'Customer impact',
  classification: 'DORA classification',
  actionSquad: 'Owner squad',
};

const VALUE_TITLES: Record<string, string> = {
  incident: 'Incident review',
  success: 'Success review',
  ...DORA_CLASSIFICATION_LABELS,
};

/**
 * The values the post-mortems can be filtered by, as filter definitions for the given fields,
 * and the server's today (deadlines and periods count from it).
 */
export function useFacets(fields: readonly PostmortemFacetField[]) {
  const api = useApi(postmortemsApiRef);
  const clock = useReadinessClock();
  const { value, error } = useAsync(() => api.getFacets(), [api]);
  const filters: FilterDefinition[] = fields.map(field => ({
    field,
    label: LABELS[field],
    options: (value?.facets[field] ?? []).map(option => ({
      value: option.value,
      label: option.title ?? VALUE_TITLES[option.value] ?? option.value,
      count: option.count,
    })),
  }));
  return {
    filters,
    today: value?.today ?? clock().toISOString().slice(0, 10),
    error,
  };
}
