import {
  FACET_VALUES_SHOWN,
  FacetSearch,
  FacetValue,
  PostmortemFacets,
} from '@readiness/plugin-postmortems-common';

/**
 * The `shown` most common values, in the order they came (a menu's order: by title, or a scale's
 * own); equal counts keep the earlier value.
 */
export function mostCommon(values: FacetValue[], shown: number): FacetValue[] {
  if (values.length <= shown) return values;
  const kept = new Set(
    values
      .map((value, position) => ({ value, position }))
      .sort((a, b) => b.value.count - a.value.count || a.position - b.position)
      .slice(0, shown)
      .map(({ value }) => value),
  );
  return values.filter(value => kept.has(value));
}

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
      fields.map(field => [field, mostCommon(facets[field], shown)]),
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
  const needle = text.trim().toLocaleLowerCase('en-US');
  const matching = values.filter(
    value =>
      value.value.toLocaleLowerCase('en-US').includes(needle) ||
      (value.title?.toLocaleLowerCase('en-US').includes(needle) ?? false),
  );
  return {
    field,
    values: mostCommon(matching, shown),
    total: matching.length,
  };
}
