import {
  FACET_VALUES_SHOWN,
  FacetSearch,
  FacetValue,
  PostmortemFacets,
} from '@readiness/plugin-postmortems-common';
import { mostCommon, searchMostCommon } from '@readiness/plugin-readiness-node';

const countOf = (value: FacetValue) => value.count;

/**
 * What `GET /facets` sends: of each field the values a filter menu shows and how many there are
 * in all. At profile L the whole was 300 KB, most of it 4,000 services a menu cannot show.
 */
export function trimFacets(
  facets: PostmortemFacets['facets'],
  shown = FACET_VALUES_SHOWN,
): Pick<PostmortemFacets, 'facets' | 'totals'> {
  const fields = Object.keys(facets) as Array<keyof typeof facets>;
  return {
    facets: Object.fromEntries(
      fields.map(field => [field, mostCommon(facets[field], countOf, shown)]),
    ) as PostmortemFacets['facets'],
    totals: Object.fromEntries(
      fields.map(field => [field, facets[field].length]),
    ) as PostmortemFacets['totals'],
  };
}

/** A field's values whose value or title contains the text, any case: the most common first. */
export function searchFacetValues(
  field: FacetSearch['field'],
  values: FacetValue[],
  text: string,
  shown = FACET_VALUES_SHOWN,
): FacetSearch {
  return {
    field,
    ...searchMostCommon(values, text, {
      textsOf: value => [value.value, value.title],
      countOf,
      shown,
    }),
  };
}
