import {
  CUSTOMER_IMPACT_BUCKETS,
  POSTMORTEM_REVIEW_TYPES,
  POSTMORTEM_STATUSES,
  SEVERITIES,
} from '../kinds';
import { remediationActionsSchema } from './actionSchema';
import { SCHEMA_PATTERNS } from './patterns';
import {
  choice,
  date,
  entityRef,
  entityRefs,
  fields,
  listOf,
  longText,
  matching,
  recordSchema,
  requires,
  text,
  timestamp,
  when,
} from './schemaParts';

function lessons(description: string) {
  return listOf(text('A point.'), description);
}

/**
 * JSON Schema of Postmortem records.
 *
 * @public
 */
export const postmortemSchema = recordSchema(
  'Postmortem',
  'A review of an incident, or of a success.',
  fields(
    'The post-mortem.',
    {
      reviewType: choice(POSTMORTEM_REVIEW_TYPES, 'Incident or success.'),
      status: choice(POSTMORTEM_STATUSES, 'Where the review stands.'),
      owner: entityRef('The owning team: a Group ref.'),
      severity: choice(SEVERITIES, 'Incident severity.'),
      customerImpact: choice(
        CUSTOMER_IMPACT_BUCKETS,
        'Share of active users affected.',
      ),
      incidents: listOf(
        text('A PagerDuty incident id.'),
        'PagerDuty incidents reviewed.',
        { unique: true },
      ),
      startedAt: timestamp('When it started, with offset or Z.'),
      detectedAt: timestamp('When it was detected, with offset or Z.'),
      mitigatedAt: timestamp('When it was mitigated, with offset or Z.'),
      resolvedAt: timestamp('When it was resolved, with offset or Z.'),
      publishedAt: date(
        'When the review was published, YYYY-MM-DD; "within three days" counts from resolvedAt.',
      ),
      services: entityRefs(
        'Services impacted: at least one.',
        'A Component ref.',
        { minItems: 1 },
      ),
      infrastructure: entityRefs('Infrastructure impacted.', 'A Resource ref.'),
      journeys: listOf(
        matching(SCHEMA_PATTERNS.kebabCase, 'A customer journey, kebab-case.'),
        'Customer journeys impacted.',
        { unique: true },
      ),
      taxonomy: listOf(
        text('A tag id, <category>/<tag>.'),
        'Root-cause taxonomy tags.',
        { unique: true },
      ),
      summary: text('What happened, in brief.'),
      rootCause: text('The root cause.'),
      fiveWhys: listOf(text('One why.'), 'The Five Whys: 1 to 7 entries.', {
        minItems: 1,
        maxItems: 7,
      }),
      wentWell: lessons('What went well.'),
      wentWrong: lessons('What went wrong.'),
      lucky: lessons('Where we were lucky.'),
      timeline: listOf(
        fields(
          'A moment of the incident.',
          {
            at: timestamp('When, with offset or Z.'),
            event: text('What happened.'),
          },
          ['at', 'event'],
        ),
        'Chronology.',
      ),
      actions: remediationActionsSchema,
      participants: entityRefs('People in the review.', 'A User ref.'),
      details: longText('Markdown body.'),
    },
    ['reviewType', 'status', 'owner', 'startedAt', 'services', 'summary'],
    [
      when(
        'reviewType',
        'incident',
        requires('severity', 'customerImpact', 'detectedAt', 'resolvedAt'),
      ),
      when('status', 'published', requires('publishedAt')),
    ],
  ),
);
