import {
  ALERT_SOURCES,
  ALERT_TYPES,
  ERROR_CODE_CLASSES,
  SEVERITIES,
} from '../kinds';
import { SCHEMA_PATTERNS } from './patterns';
import * as json from './schemaParts';
import type { JsonSchema } from './schemaParts';

/**
 * JSON Schema of Alert records.
 *
 * @public
 */
export const alertSchema: JsonSchema = json.recordSchema(
  'Alert',
  'A signal a team expects, in the alert catalog.',
  json.fields(
    'The alert.',
    {
      type: json.choice(
        ALERT_TYPES,
        'positive: an expected file or event did NOT happen; negative: a bad event happened.',
      ),
      source: json.choice(ALERT_SOURCES, 'Where the signal comes from.'),
      severity: json.choice(SEVERITIES, 'How bad it is when the alert fires.'),
      paging: json.flag('Whether the alert pages the on-call.'),
      owner: json.entityRef('The owning team: a Group ref.'),
      monitors: json.entityRef(
        'The job or service watched: a Component or Resource ref.',
      ),
      journey: json.matching(
        SCHEMA_PATTERNS.kebabCase,
        'The customer journey, kebab-case.',
      ),
      schedule: json.matching(
        SCHEMA_PATTERNS.cron,
        'Cron expression of the expected event; required for job alerts.',
      ),
      cutoff: json.matching(
        SCHEMA_PATTERNS.timeOfDay,
        'HH:MM local time by which the event must have happened; required for job alerts.',
      ),
      timezone: json.text(
        'IANA time zone of schedule and cutoff, like America/New_York.',
      ),
      condition: json.text('What exactly makes the alert fire.'),
      meaning: json.text('What it means when the alert fires.'),
      impact: json.text(
        'What customers and the business suffer if nobody acts.',
      ),
      errorCodes: json.listOf(
        json.fields(
          'An error code the alert can carry.',
          {
            code: json.text('The error code.'),
            class: json.choice(
              ERROR_CODE_CLASSES,
              'Who is at fault: business, application or system.',
            ),
            meaning: json.text('What the code means.'),
          },
          ['code', 'class'],
        ),
        'Error codes the alert can carry.',
      ),
      procedure: json.entityRef('The SOP to follow: a Procedure ref.'),
      scripts: json.entityRefs(
        'Script templates for the likely scenarios.',
        'A script template: a Procedure ref.',
      ),
      pagerduty: json.fields(
        'Where the alert routes in PagerDuty.',
        { serviceId: json.text('The PagerDuty service id, like PY8XS2A.') },
        ['serviceId'],
      ),
    },
    ['type', 'source', 'severity', 'paging', 'owner', 'monitors'],
    [json.when('source', 'job', json.requires('schedule', 'cutoff'))],
  ),
);
