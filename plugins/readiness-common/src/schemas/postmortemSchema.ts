import {
  CUSTOMER_IMPACT_BUCKETS,
  POSTMORTEM_REVIEW_TYPES,
  POSTMORTEM_STATUSES,
  SEVERITIES,
} from '../kinds';
import { remediationActionsSchema } from './actionSchema';
import doraSchema from './postmortemDoraSchema.json';
import { SCHEMA_PATTERNS } from './patterns';
import * as json from './schemaParts';

function lessons(description: string) {
  return json.listOf(json.text('A point.'), description);
}

/** JSON Schema of Postmortem records. */
export const postmortemSchema = json.recordSchema(
  'Postmortem',
  'A review of an incident, or of a success.',
  json.fields(
    'The post-mortem.',
    {
      reviewType: json.choice(POSTMORTEM_REVIEW_TYPES, 'Incident or success.'),
      status: json.choice(POSTMORTEM_STATUSES, 'Where the review stands.'),
      owner: json.entityRef('The owning team: a Group ref.'),
      severity: json.choice(SEVERITIES, 'Incident severity.'),
      customerImpact: json.choice(
        CUSTOMER_IMPACT_BUCKETS,
        'Share of active users affected.',
      ),
      incidents: json.listOf(
        json.matching(SCHEMA_PATTERNS.pagerDutyId, 'A PagerDuty incident id.'),
        'PagerDuty incidents reviewed.',
        { unique: true },
      ),
      startedAt: json.timestamp('When it started, with offset or Z.'),
      detectedAt: json.timestamp('When it was detected, with offset or Z.'),
      mitigatedAt: json.timestamp('When it was mitigated, with offset or Z.'),
      resolvedAt: json.timestamp('When it was resolved, with offset or Z.'),
      publishedAt: json.date(
        'When the review was published, YYYY-MM-DD; "within three days" counts from resolvedAt.',
      ),
      services: json.entityRefs(
        'Services impacted: at least one.',
        'A Component ref.',
        { minItems: 1 },
      ),
      infrastructure: json.entityRefs(
        'Infrastructure impacted.',
        'A Resource ref.',
      ),
      journeys: json.listOf(
        json.matching(
          SCHEMA_PATTERNS.kebabCase,
          'A customer journey, kebab-case.',
        ),
        'Customer journeys impacted.',
        { unique: true },
      ),
      taxonomy: json.listOf(
        json.text('A tag id, <category>/<tag>.'),
        'Root-cause taxonomy tags.',
        { unique: true },
      ),
      summary: json.text('What happened, in brief.'),
      rootCause: json.text('The root cause.'),
      fiveWhys: json.listOf(
        json.text('One why.'),
        'The Five Whys: 1 to 7 entries.',
        {
          minItems: 1,
          maxItems: 7,
        },
      ),
      wentWell: lessons('What went well.'),
      wentWrong: lessons('What went wrong.'),
      lucky: lessons('Where we were lucky.'),
      timeline: json.listOf(
        json.fields(
          'A moment of the incident.',
          {
            at: json.timestamp('When, with offset or Z.'),
            event: json.text('What happened.'),
          },
          ['at', 'event'],
        ),
        'Chronology.',
      ),
      actions: remediationActionsSchema,
      participants: json.entityRefs('People in the review.', 'A User ref.'),
      details: json.text('Markdown body.', json.RECORD_TEXT_LIMITS.document),
      dora: doraSchema,
    },
    ['reviewType', 'status', 'owner', 'startedAt', 'services', 'summary'],
    [
      json.when(
        'reviewType',
        'incident',
        json.requires('severity', 'customerImpact', 'detectedAt', 'resolvedAt'),
      ),
      json.when('status', 'published', json.requires('publishedAt')),
    ],
  ),
);
