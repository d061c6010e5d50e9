// What each figure means, stated next to it on the page, so nobody has to guess.

export const DEFINITIONS = {
  incidentsPerMonth:
    'Incident reviews whose customer impact is more than "none", by the month (UTC) the incident started and by severity. Success reviews are not incidents.',
  mttd: 'Mean time to detect: the mean of detectedAt − startedAt over the incident reviews.',
  mttr: 'Mean time to resolve: the mean of resolvedAt − startedAt over the incident reviews (the incident’s duration).',
  mtbf: 'Mean time between failures: the mean time between the starts of consecutive customer-impacting incidents; it needs two of them.',
  reliability:
    'MTTD and MTTR average every incident review of the squad (the post-mortem’s owner), service (each service it names) or journey; MTBF averages the gaps between the starts of consecutive customer-impacting incidents of each.',
  taxonomy:
    'Incident reviews per month (UTC, by start) with at least one root-cause tag in each category of the taxonomy; a review tagged in two categories counts in both. Success reviews are left out.',
  publication:
    'Post-mortems published no later than three calendar days after the day of resolution (as the author wrote it), out of those published or past that deadline. Unpublished ones still within their deadline are not counted yet.',
  majorIncidentsPerQuarter:
    'Incident reviews classified major under DORA (critical services affected and a malicious access, or two or more thresholds of Delegated Regulation (EU) 2024/1772 met), by the quarter (UTC) the incident started; those with a report sent after its due time, or unsent past it, apart.',
  sinceLastCustomerImpact:
    'Calendar days (UTC) from the day the most recent customer-impacting incident was resolved to today.',
};
