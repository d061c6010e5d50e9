import { closestMatch } from '../../closestMatch';
import type { RecordProblem } from '../../problems';
import { findTaxonomyTag, listTaxonomyTags } from '../../taxonomy';
import { CheckContext, problemAt, RecordCheck } from '../checkContext';

const TIMESTAMPS_IN_ORDER = [
  'startedAt',
  'detectedAt',
  'mitigatedAt',
  'resolvedAt',
] as const;

/** A timestamp the schema accepted, in milliseconds; NaN when absent or rejected. */
function timeOf(value: unknown): number {
  // The schema allows a space or lowercase t and z, which Date.parse may not.
  return typeof value === 'string'
    ? Date.parse(value.toUpperCase().replace(' ', 'T'))
    : NaN;
}

function checkTimestampOrder({ valueAt }: CheckContext): RecordProblem[] {
  const problems: RecordProblem[] = [];
  let previous: { field: string; value: string; time: number } | undefined;
  for (const field of TIMESTAMPS_IN_ORDER) {
    const value = valueAt('spec', field);
    const time = timeOf(value);
    if (typeof value !== 'string' || Number.isNaN(time)) {
      continue;
    }
    if (previous && time < previous.time) {
      problems.push(
        problemAt(
          ['spec', field],
          `must not be before ${previous.field} (${previous.value})`,
        ),
      );
    }
    previous = { field, value, time };
  }
  return problems;
}

// A timeline may open with what led to the incident (the deploy an hour before) and close with
// the all-clear shortly after resolution; an entry further out is a typo in its date.
const TIMELINE_TOLERANCE_MS = 2 * 60 * 60 * 1000;

function checkTimelineWithinIncident({
  valueAt,
  indexesAt,
}: CheckContext): RecordProblem[] {
  const started = timeOf(valueAt('spec', 'startedAt'));
  const resolved = timeOf(valueAt('spec', 'resolvedAt'));
  if (Number.isNaN(started)) {
    return [];
  }
  const window = `${valueAt('spec', 'startedAt')} … ${
    Number.isNaN(resolved) ? 'unresolved' : valueAt('spec', 'resolvedAt')
  }`;
  return indexesAt('spec', 'timeline').flatMap(index => {
    const at = timeOf(valueAt('spec', 'timeline', index, 'at'));
    const outside =
      at < started - TIMELINE_TOLERANCE_MS ||
      (!Number.isNaN(resolved) && at > resolved + TIMELINE_TOLERANCE_MS);
    return outside
      ? [
          problemAt(
            ['spec', 'timeline', index, 'at'],
            `must be within 2 hours of the incident (startedAt … resolvedAt: ${window})`,
          ),
        ]
      : [];
  });
}

function checkPublishedAfterResolved({
  valueAt,
}: CheckContext): RecordProblem[] {
  const publishedAt = valueAt('spec', 'publishedAt');
  const resolvedAt = valueAt('spec', 'resolvedAt');
  if (typeof publishedAt !== 'string' || typeof resolvedAt !== 'string') {
    return [];
  }
  // The day as written in the timestamp: the author's local day.
  const resolvedOn = resolvedAt.slice(0, 10);
  return publishedAt < resolvedOn
    ? [
        problemAt(
          ['spec', 'publishedAt'],
          `must not be before the day it was resolved (resolvedAt ${resolvedAt})`,
        ),
      ]
    : [];
}

function checkTaxonomyTags({
  valueAt,
  indexesAt,
  taxonomy,
}: CheckContext): RecordProblem[] {
  if (!taxonomy) {
    return [];
  }
  return indexesAt('spec', 'taxonomy').flatMap(index => {
    const tag = valueAt('spec', 'taxonomy', index);
    if (typeof tag !== 'string' || findTaxonomyTag(taxonomy, tag)) {
      return [];
    }
    const tagIds = listTaxonomyTags(taxonomy).map(({ id }) => id);
    const suggestion =
      tagIds.find(id => id.endsWith(`/${tag}`)) ?? closestMatch(tag, tagIds);
    return [
      problemAt(
        ['spec', 'taxonomy', index],
        `${JSON.stringify(tag)} is not in the root-cause taxonomy${
          suggestion ? ` (did you mean "${suggestion}"?)` : ''
        }`,
      ),
    ];
  });
}

/**
 * Timestamps in order, the timeline within the incident, published after resolution, known
 * taxonomy tags.
 */
export const checkPostmortem: RecordCheck = context => [
  ...checkTimestampOrder(context),
  ...checkTimelineWithinIncident(context),
  ...checkPublishedAfterResolved(context),
  ...checkTaxonomyTags(context),
];
