import { useApi } from '@backstage/frontend-plugin-api';
import {
  FilterDefinition,
  FilterOption,
  searchBeyondListed,
  useReadinessClock,
} from '@readiness/plugin-readiness-react';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import type {
  FacetValue,
  PostmortemFacetField,
} from '@readiness/plugin-postmortems-common';
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

function asOption(option: FacetValue): FilterOption {
  return {
    value: option.value,
    label: option.title ?? VALUE_TITLES[option.value] ?? option.value,
    count: option.count,
  };
}

/**
 * The values the post-mortems can be filtered by, as filter definitions for the given fields,
 * and the server's today (deadlines and periods count from it).
 */
export function useFacets(fields: readonly PostmortemFacetField[]) {
  const api = useApi(postmortemsApiRef);
  const clock = useReadinessClock();
  const { value, error } = useAsync(() => api.getFacets(), [api]);
  const filters: FilterDefinition[] = useMemo(
    () =>
      fields.map(field => {
        const options = (value?.facets[field] ?? []).map(asOption);
        return {
          field,
          label: LABELS[field],
          options,
          // The answer holds a menu's worth of each field; the others are searched for.
          search: searchBeyondListed(
            options.length,
            value?.totals[field] ?? options.length,
            async text =>
              (await api.searchFacet(field, text)).values.map(asOption),
          ),
        };
      }),
    [api, fields, value],
  );
  return {
    filters,
    today: value?.today ?? clock().toISOString().slice(0, 10),
    error,
  };
}
