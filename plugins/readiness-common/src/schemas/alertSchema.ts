import {
  ALERT_SOURCES,
  ALERT_TYPES,
  ERROR_CODE_CLASSES,
  SEVERITIES,
} from '../kinds';
import { SCHEMA_PATTERNS } from './patterns';
import {
  choice,
  entityRef,
  entityRefs,
  fields,
  flag,
  listOf,
  matching,
  recordSchema,
  requires,
  text,
  when,
} from './schemaParts';

/**
 * JSON Schema of Alert records.
 *
 * @public
 */
export const alertSchema = recordSchema(
  'Alert',
  'A signal a team expects, in the alert catalog.',
  fields(
    'The alert.',
    {
      type: choice(
        ALERT_TYPES,
        'positive: an expected file or event did NOT happen; negative: a bad event happened.',
      ),
      source: choice(ALERT_SOURCES, 'Where the signal comes from.'),
      severity: choice(SEVERITIES, 'How bad it is when the alert fires.'),
      paging: flag('Whether the alert pages the on-call.'),
      owner: entityRef('The owning team: a Group ref.'),
      monitors: entityRef(
        'The job or service watched: a Component or Resource ref.',
      ),
      journey: matching(
        SCHEMA_PATTERNS.kebabCase,
        'The customer journey, kebab-case.',
      ),
      schedule: matching(
        SCHEMA_PATTERNS.cron,
        'Cron expression of the expected event; required for job alerts.',
      ),
      cutoff: matching(
        SCHEMA_PATTERNS.timeOfDay,
        'HH:MM local time by which the event must have happened; required for job alerts.',
      ),
      timezone: text(
        'IANA time zone of schedule and cutoff, like America/New_York.',
      ),
      condition: text('What exactly makes the alert fire.'),
      meaning: text('What it means when the alert fires.'),
      impact: text('What customers and the business suffer if nobody acts.'),
      errorCodes: listOf(
        fields(
          'An error code the alert can carry.',
          {
            code: text('The error code.'),
            class: choice(
              ERROR_CODE_CLASSES,
              'Who is at fault: business, application or system.',
            ),
            meaning: text('What the code means.'),
          },
          ['code', 'class'],
        ),
        'Error codes the alert can carry.',
      ),
      procedure: entityRef('The SOP to follow: a Procedure ref.'),
      scripts: entityRefs(
        'Script templates for the likely scenarios.',
        'A script template: a Procedure ref.',
      ),
      pagerduty: fields(
        'Where the alert routes in PagerDuty.',
        { serviceId: text('The PagerDuty service id, like PY8XS2A.') },
        ['serviceId'],
      ),
    },
    ['type', 'source', 'severity', 'paging', 'owner', 'monitors'],
    [when('source', 'job', requires('schedule', 'cutoff'))],
  ),
);
