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

function checkTimestampOrder({ valueAt }: CheckContext): RecordProblem[] {
  const problems: RecordProblem[] = [];
  let previous: { field: string; value: string; time: number } | undefined;
  for (const field of TIMESTAMPS_IN_ORDER) {
    const value = valueAt('spec', field);
    // The schema allows a space or lowercase t and z, which Date.parse may not.
    const time =
      typeof value === 'string'
        ? Date.parse(value.toUpperCase().replace(' ', 'T'))
        : NaN;
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

/** Timestamps in order, published after resolution, known taxonomy tags. */
export const checkPostmortem: RecordCheck = context => [
  ...checkTimestampOrder(context),
  ...checkPublishedAfterResolved(context),
  ...checkTaxonomyTags(context),
];
