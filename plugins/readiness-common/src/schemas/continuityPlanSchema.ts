import {
  COMMUNICATION_AUDIENCES,
  CRITICALITIES,
  IMPACT_DIMENSIONS,
  IMPACT_LEVELS,
  SCENARIO_TYPES,
} from '../kinds';
import * as json from './schemaParts';

const impactSchema = json.fields(
  'The impact once an outage has lasted a given time.',
  {
    after: json.duration('Outage duration, an ISO-8601 duration like PT1H.'),
    ...Object.fromEntries(
      IMPACT_DIMENSIONS.map(dimension => [
        dimension,
        json.choice(IMPACT_LEVELS, `The ${dimension} impact.`),
      ]),
    ),
    description: json.text('What happens by then.'),
  },
  ['after'],
);

const biaSchema = json.fields(
  'Business-impact analysis.',
  {
    rto: json.duration('Recovery time objective, an ISO-8601 duration.'),
    rpo: json.duration('Recovery point objective, an ISO-8601 duration.'),
    mtpd: json.duration('Maximum tolerable period of disruption.'),
    impacts: json.listOf(impactSchema, 'Impact over time.'),
  },
  ['rto', 'rpo'],
);

const scenarioSchema = json.fields(
  'A failure the plan responds to.',
  {
    name: json.text('Name of the scenario.'),
    type: json.choice(SCENARIO_TYPES, "Our own failure or a vendor's."),
    vendor: json.entityRef('Third-party scenarios: the Vendor ref.'),
    response: json.text('What we do.'),
    alternative: json.text('The alternative we switch to.'),
  },
  ['name', 'type', 'response'],
  [
    json.when('type', 'third-party', json.requires('vendor')),
    json.when('type', 'first-party', json.excludes('vendor')),
  ],
);

/** JSON Schema of ContinuityPlan records. */
export const continuityPlanSchema = json.recordSchema(
  'ContinuityPlan',
  'A business-continuity plan for one business function.',
  json.fields(
    'The plan.',
    {
      function: json.text('The business function.'),
      licensedActivity: json.text('Its licensed activity as the DORA register names it.'),
      owner: json.entityRef('The owning team: a Group ref.'),
      criticality: json.choice(CRITICALITIES, 'How critical the function is.'),
      covers: json.entityRefs(
        'What the function runs on.',
        'A Component or System ref.',
        { minItems: 1 },
      ),
      dependsOn: json.entityRefs(
        'Vendors and components the function needs.',
        'A Vendor or Component ref.',
      ),
      bia: biaSchema,
      scenarios: json.listOf(
        scenarioSchema,
        'First- and third-party scenarios.',
      ),
      recoveryProcedures: json.entityRefs(
        'Procedures to recover the function.',
        'A Procedure ref.',
      ),
      emergencyTeam: json.listOf(
        json.fields(
          'A member of the emergency response team.',
          {
            role: json.text('The role, like Incident commander.'),
            member: json.entityRef('Who holds it: a User ref.'),
          },
          ['role', 'member'],
        ),
        'The emergency response team.',
      ),
      callTree: json.listOf(
        json.fields(
          'A step of the call tree.',
          {
            order: json.positiveInteger('Position in the call tree, from 1.'),
            role: json.text('The role called.'),
            member: json.entityRef(
              'Who is called: a User, or a Group (meaning its on-call).',
            ),
          },
          ['order', 'member'],
        ),
        'Who is called, in order.',
      ),
      communications: json.listOf(
        json.fields(
          'A crisis communication.',
          {
            audience: json.choice(COMMUNICATION_AUDIENCES, 'Who is told.'),
            channel: json.text('How they are told.'),
            owner: json.entityRef('Who sends it: a Group or User ref.'),
            within: json.duration('How soon, an ISO-8601 duration like PT1H.'),
            message: json.text('The message.'),
          },
          ['audience', 'channel'],
        ),
        'Crisis communication plan.',
      ),
      approvals: json.listOf(
        json.fields(
          'An approval of the plan.',
          {
            approver: json.entityRef('Who approved: a User ref.'),
            role: json.text('The role of the approver.'),
            date: json.date('When, YYYY-MM-DD.'),
          },
          ['approver', 'date'],
        ),
        'Who approved the plan, and when.',
      ),
      lastReviewed: json.date('When the plan was last reviewed, YYYY-MM-DD.'),
      reviewInterval: json.duration(
        'How often it must be reviewed, an ISO-8601 duration like P12M.',
      ),
    },
    ['function', 'owner', 'criticality', 'covers', 'bia'],
  ),
);
