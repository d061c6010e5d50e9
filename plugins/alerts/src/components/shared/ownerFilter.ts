import { useMemo } from 'react';
import type {
  AlertFacets,
  AlertsApi,
  TitledRef,
} from '@readiness/plugin-alerts-common';
import {
  FilterOption,
  FilterSearch,
  searchBeyondListed,
} from '@readiness/plugin-readiness-react';

/** An owner as an option of an owner filter: its ref, labelled with its title. */
function ownerOption(owner: TitledRef): FilterOption {
  return { value: owner.ref, label: owner.title };
}

/**
 * The owner filter's options, the facets' owners with the most alerts, and, once the facets
 * say there are more owners than those, a search of every owner on the server.
 */
export function useOwnerFilter(
  api: AlertsApi,
  facets: AlertFacets | undefined,
): { options: FilterOption[]; search?: FilterSearch } {
  return useMemo(() => {
    const options = (facets?.owners ?? []).map(ownerOption);
    return {
      options,
      search: searchBeyondListed(
        options.length,
        facets?.ownerTotal ?? options.length,
        async text =>
          (await api.searchAlertOwners(text)).owners.map(ownerOption),
      ),
    };
  }, [api, facets]);
}
