import {
  COMMUNICATION_AUDIENCES,
  CRITICALITIES,
  IMPACT_DIMENSIONS,
  IMPACT_LEVELS,
  SCENARIO_TYPES,
} from '../kinds';
import {
  choice,
  date,
  duration,
  entityRef,
  entityRefs,
  excludes,
  fields,
  listOf,
  positiveInteger,
  recordSchema,
  requires,
  text,
  when,
} from './schemaParts';

const impactSchema = fields(
  'The impact once an outage has lasted a given time.',
  {
    after: duration('Outage duration, an ISO-8601 duration like PT1H.'),
    ...Object.fromEntries(
      IMPACT_DIMENSIONS.map(dimension => [
        dimension,
        choice(IMPACT_LEVELS, `The ${dimension} impact.`),
      ]),
    ),
    description: text('What happens by then.'),
  },
  ['after'],
);

const biaSchema = fields(
  'Business-impact analysis.',
  {
    rto: duration('Recovery time objective, an ISO-8601 duration.'),
    rpo: duration('Recovery point objective, an ISO-8601 duration.'),
    mtpd: duration('Maximum tolerable period of disruption.'),
    impacts: listOf(impactSchema, 'Impact over time.'),
  },
  ['rto', 'rpo'],
);

const scenarioSchema = fields(
  'A failure the plan responds to.',
  {
    name: text('Name of the scenario.'),
    type: choice(SCENARIO_TYPES, "Our own failure or a vendor's."),
    vendor: entityRef('Third-party scenarios: the Vendor ref.'),
    response: text('What we do.'),
    alternative: text('The alternative we switch to.'),
  },
  ['name', 'type', 'response'],
  [
    when('type', 'third-party', requires('vendor')),
    when('type', 'first-party', excludes('vendor')),
  ],
);

/**
 * JSON Schema of ContinuityPlan records.
 *
 * @public
 */
export const continuityPlanSchema = recordSchema(
  'ContinuityPlan',
  'A business-continuity plan for one business function.',
  fields(
    'The plan.',
    {
      function: text('The business function.'),
      owner: entityRef('The owning team: a Group ref.'),
      criticality: choice(CRITICALITIES, 'How critical the function is.'),
      covers: entityRefs(
        'What the function runs on.',
        'A Component or System ref.',
        { minItems: 1 },
      ),
      dependsOn: entityRefs(
        'Vendors and components the function needs.',
        'A Vendor or Component ref.',
      ),
      bia: biaSchema,
      scenarios: listOf(scenarioSchema, 'First- and third-party scenarios.'),
      recoveryProcedures: entityRefs(
        'Procedures to recover the function.',
        'A Procedure ref.',
      ),
      emergencyTeam: listOf(
        fields(
          'A member of the emergency response team.',
          {
            role: text('The role, like Incident commander.'),
            member: entityRef('Who holds it: a User ref.'),
          },
          ['role', 'member'],
        ),
        'The emergency response team.',
      ),
      callTree: listOf(
        fields(
          'A step of the call tree.',
          {
            order: positiveInteger('Position in the call tree, from 1.'),
            role: text('The role called.'),
            member: entityRef(
              'Who is called: a User, or a Group (meaning its on-call).',
            ),
          },
          ['order', 'member'],
        ),
        'Who is called, in order.',
      ),
      communications: listOf(
        fields(
          'A crisis communication.',
          {
            audience: choice(COMMUNICATION_AUDIENCES, 'Who is told.'),
            channel: text('How they are told.'),
            owner: entityRef('Who sends it: a Group or User ref.'),
            within: duration('How soon, an ISO-8601 duration like PT1H.'),
            message: text('The message.'),
          },
          ['audience', 'channel'],
        ),
        'Crisis communication plan.',
      ),
      approvals: listOf(
        fields(
          'An approval of the plan.',
          {
            approver: entityRef('Who approved: a User ref.'),
            role: text('The role of the approver.'),
            date: date('When, YYYY-MM-DD.'),
          },
          ['approver', 'date'],
        ),
        'Who approved the plan, and when.',
      ),
      lastReviewed: date('When the plan was last reviewed, YYYY-MM-DD.'),
      reviewInterval: duration(
        'How often it must be reviewed, an ISO-8601 duration like P12M.',
      ),
    },
    ['function', 'owner', 'criticality', 'covers', 'bia'],
  ),
);
