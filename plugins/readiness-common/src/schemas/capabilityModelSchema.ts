import {
  ATTESTATION_APPROVALS,
  CAPABILITY_CHECK_CATEGORIES,
  CAPABILITY_CHECK_TYPES,
} from '../kinds';
import { SCHEMA_PATTERNS } from './patterns';
import * as json from './schemaParts';
import type { JsonSchema } from './schemaParts';

const checkSchema = json.fields(
  'A capability check.',
  {
    id: json.matching(SCHEMA_PATTERNS.kebabCase, 'Unique id within the model.'),
    title: json.text('The question, as a statement.'),
    level: json.positiveInteger('The level the check belongs to.'),
    category: json.choice(CAPABILITY_CHECK_CATEGORIES, 'The area of practice.'),
    type: json.choice(
      CAPABILITY_CHECK_TYPES,
      'Automatic (an evaluator decides) or attestation (people attest with evidence).',
    ),
    evaluator: json.text('Automatic checks: the evaluator name.'),
    evidence: json.text('What evidence is expected.'),
    validity: json.duration(
      'Attestations: how long one stays valid; overrides attestationValidity.',
    ),
    approval: json.choice(
      ATTESTATION_APPROVALS,
      'Attestations: whether an approver is needed.',
    ),
    howToFix: json.text('How a team gets the check to pass.'),
  },
  ['id', 'title', 'level', 'category', 'type'],
  [
    json.when('type', 'automatic', json.requires('evaluator')),
    json.when('type', 'automatic', json.excludes('validity', 'approval')),
    json.when('type', 'attestation', json.excludes('evaluator')),
  ],
);

/**
 * JSON Schema of CapabilityModel records.
 *
 * @public
 */
export const capabilityModelSchema: JsonSchema = json.recordSchema(
  'CapabilityModel',
  'A scorecard definition: levels, and the checks that reach them.',
  json.fields(
    'The capability model.',
    {
      owner: json.entityRef('The owning team: a Group ref.'),
      version: json.text('Version of the model, like 2026.2.'),
      appliesTo: json.fields(
        'Which catalog entities the model scores.',
        {
          kind: json.text('Entity kind, like Group.'),
          type: json.text('spec.type of those entities, like team.'),
        },
        ['kind'],
      ),
      attestationValidity: json.duration(
        'Default validity of an attestation, an ISO-8601 duration like P3M.',
      ),
      levels: json.listOf(
        json.fields(
          'A level of the model.',
          {
            level: json.positiveInteger('Level number, from 1.'),
            name: json.text('Level name.'),
            description: json.text('What reaching the level means.'),
          },
          ['level', 'name'],
        ),
        'The levels, from 1 up.',
        { minItems: 1 },
      ),
      checks: json.listOf(checkSchema, 'The checks.', { minItems: 1 }),
    },
    ['owner', 'version', 'appliesTo', 'levels', 'checks'],
  ),
);
