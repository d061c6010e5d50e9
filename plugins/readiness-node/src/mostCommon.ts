/**
 * The `shown` values with the highest counts, in the order they came (a filter menu's order: by
 * title, or a scale's own); equal counts keep the earlier value. A facet answer sends a menu's
 * worth of values this way, and the rest are searched for.
 *
 * @public
 */
export function mostCommon<T>(
  values: T[],
  countOf: (value: T) => number,
  shown: number,
): T[] {
  if (values.length <= shown) return values;
  const kept = new Set(
    values
      .map((value, position) => ({ value, position, count: countOf(value) }))
      .sort((a, b) => b.count - a.count || a.position - b.position)
      .slice(0, shown)
      .map(({ value }) => value),
  );
  return values.filter(value => kept.has(value));
}

/**
 * A filter menu's search over the values it could not list: the values one of whose texts (a
 * ref, a title) contains `text`, any case, the `shown` most common of them as `mostCommon` keeps
 * them, and how many matched.
 *
 * @public
 */
export function searchMostCommon<T>(
  values: T[],
  text: string,
  options: {
    textsOf: (value: T) => Array<string | undefined>;
    countOf: (value: T) => number;
    shown: number;
  },
): { values: T[]; total: number } {
  const needle = text.trim().toLocaleLowerCase('en-US');
  const matching = values.filter(value =>
    options
      .textsOf(value)
      .some(
        candidate =>
          candidate?.toLocaleLowerCase('en-US').includes(needle) ?? false,
      ),
  );
  return {
    values: mostCommon(matching, options.countOf, options.shown),
    total: matching.length,
  };
}
