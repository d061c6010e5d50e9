import {
  ATTESTATION_APPROVALS,
  CAPABILITY_CHECK_CATEGORIES,
  CAPABILITY_CHECK_TYPES,
} from '../kinds';
import { SCHEMA_PATTERNS } from './patterns';
import {
  choice,
  duration,
  entityRef,
  excludes,
  fields,
  listOf,
  matching,
  positiveInteger,
  recordSchema,
  requires,
  text,
  when,
} from './schemaParts';

const checkSchema = fields(
  'A capability check.',
  {
    id: matching(SCHEMA_PATTERNS.kebabCase, 'Unique id within the model.'),
    title: text('The question, as a statement.'),
    level: positiveInteger('The level the check belongs to.'),
    category: choice(CAPABILITY_CHECK_CATEGORIES, 'The area of practice.'),
    type: choice(
      CAPABILITY_CHECK_TYPES,
      'Automatic (an evaluator decides) or attestation (people attest with evidence).',
    ),
    evaluator: text('Automatic checks: the evaluator name.'),
    evidence: text('What evidence is expected.'),
    validity: duration(
      'Attestations: how long one stays valid; overrides attestationValidity.',
    ),
    approval: choice(
      ATTESTATION_APPROVALS,
      'Attestations: whether an approver is needed.',
    ),
    howToFix: text('How a team gets the check to pass.'),
  },
  ['id', 'title', 'level', 'category', 'type'],
  [
    when('type', 'automatic', requires('evaluator')),
    when('type', 'automatic', excludes('validity', 'approval')),
    when('type', 'attestation', excludes('evaluator')),
  ],
);

/**
 * JSON Schema of CapabilityModel records.
 *
 * @public
 */
export const capabilityModelSchema = recordSchema(
  'CapabilityModel',
  'A scorecard definition: levels, and the checks that reach them.',
  fields(
    'The capability model.',
    {
      owner: entityRef('The owning team: a Group ref.'),
      version: text('Version of the model, like 2026.2.'),
      appliesTo: fields(
        'Which catalog entities the model scores.',
        {
          kind: text('Entity kind, like Group.'),
          type: text('spec.type of those entities, like team.'),
        },
        ['kind'],
      ),
      attestationValidity: duration(
        'Default validity of an attestation, an ISO-8601 duration like P3M.',
      ),
      levels: listOf(
        fields(
          'A level of the model.',
          {
            level: positiveInteger('Level number, from 1.'),
            name: text('Level name.'),
            description: text('What reaching the level means.'),
          },
          ['level', 'name'],
        ),
        'The levels, from 1 up.',
        { minItems: 1 },
      ),
      checks: listOf(checkSchema, 'The checks.', { minItems: 1 }),
    },
    ['owner', 'version', 'appliesTo', 'levels', 'checks'],
  ),
);
