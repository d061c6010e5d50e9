/**
 * A regular expression used in the record schemas, with what it expects in
 * words, so validation messages can say "must be ..." instead of quoting it.
 *
 * @public
 */
export interface SchemaPattern {
  pattern: string;
  expected: string;
}

/**
 * The patterns of the record schemas.
 *
 * @public
 */
export const SCHEMA_PATTERNS = {
  // The contract requires the kind in every ref; names follow Backstage's rules.
  entityRef: {
    pattern:
      '^[a-zA-Z][a-zA-Z0-9]*:([a-z0-9]+(-[a-z0-9]+)*/)?[a-zA-Z0-9]+([-_.][a-zA-Z0-9]+)*$',
    expected: 'an entity ref kind:[namespace/]name, like group:payments-squad',
  },
  timeOfDay: {
    pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
    expected: 'a time of day HH:MM, like 05:45',
  },
  cron: {
    pattern:
      '^(@(yearly|annually|monthly|weekly|daily|hourly)|\\S+(\\s+\\S+){4})$',
    expected: 'a cron expression of five fields, like 0 5 * * 1-5',
  },
  lei: {
    pattern: '^[A-Z0-9]{20}$',
    expected: 'a 20-character LEI of capital letters and digits',
  },
  // PagerDuty's ids in the incident's URL: P and six characters, or fourteen for newer ones;
  // the incident's number (#1234) is not an id.
  pagerDutyId: {
    pattern: '^[A-Z0-9]{7,14}$',
    expected:
      'a PagerDuty incident id of 7 to 14 capital letters and digits, like Q8WRPV58CP664P (the id in its URL, not its number)',
  },
  kebabCase: {
    pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
    expected: 'lowercase words joined by hyphens, like ach-payments',
  },
  taxonomyTag: {
    pattern: '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$',
    expected: 'a tag id <category>/<tag>, like change/config-error',
  },
  // Backstage's About card renders an entity's description as Markdown and lets HTML images
  // through its sanitizer; autolinks like <https://...> and <team@example.com> are fine.
  aboutCardText: {
    pattern:
      '^(?![\\s\\S]*(!\\[|<(?![A-Za-z][A-Za-z0-9+.-]*:[^\\s<>]*>|[^\\s<>@]+@[^\\s<>]+>)[A-Za-z!/?][^<>]*>))',
    expected: 'text or Markdown without HTML tags or images',
  },
  parameterName: {
    pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
    expected: 'a name of letters, digits and underscores, like businessDate',
  },
} satisfies Record<string, SchemaPattern>;
