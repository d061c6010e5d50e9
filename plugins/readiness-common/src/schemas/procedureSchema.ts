import {
  PROCEDURE_TYPES,
  SCRIPT_LANGUAGES,
  SCRIPT_PARAMETER_TYPES,
} from '../kinds';
import { SCHEMA_PATTERNS } from './patterns';
import * as json from './schemaParts';

const DOCUMENT = json.RECORD_TEXT_LIMITS.document;

const scriptParameterSchema = json.fields(
  'A parameter filled in before the script runs.',
  {
    name: json.matching(
      SCHEMA_PATTERNS.parameterName,
      'The name used in {{name}} placeholders.',
    ),
    title: json.text('Label shown to the person running the script.'),
    type: json.choice(SCRIPT_PARAMETER_TYPES, 'The kind of value.'),
    required: json.flag('Whether a value must be given.'),
    // Checked against the parameter's type by validateRecord.
    default: {
      type: ['string', 'integer'],
      description:
        'Default value; for dates today, yesterday or a YYYY-MM-DD date.',
    },
    allowed: json.listOf(
      json.text('An allowed value.'),
      'The values an enum parameter can take.',
      { minItems: 1, unique: true },
    ),
    pattern: json.text('Regular expression a string parameter must match.'),
  },
  ['name', 'type'],
  [
    json.when('type', 'enum', json.requires('allowed')),
    json.when('type', ['string', 'date', 'integer'], json.excludes('allowed')),
    json.when('type', ['date', 'integer', 'enum'], json.excludes('pattern')),
  ],
);

const scriptFields = ['language', 'parameters', 'script'];

/** JSON Schema of Procedure records. */
export const procedureSchema = json.recordSchema(
  'Procedure',
  "An SOP, runbook, owner's manual, checklist or script template.",
  json.fields(
    'The procedure.',
    {
      type: json.choice(PROCEDURE_TYPES, 'What kind of procedure this is.'),
      owner: json.entityRef('The owning team: a Group ref.'),
      appliesTo: json.entityRefs(
        'What the procedure is for: at least one Component, Resource, System or Alert.',
        'A Component, Resource, System or Alert ref.',
        { minItems: 1 },
      ),
      lastReviewed: json.date(
        'When the procedure was last reviewed, YYYY-MM-DD.',
      ),
      reviewInterval: json.duration(
        'How often it must be reviewed, an ISO-8601 duration like P6M.',
      ),
      body: json.text('Inline markdown body.', DOCUMENT),
      steps: json.listOf(json.text('A step.'), 'Ordered steps.'),
      language: json.choice(
        SCRIPT_LANGUAGES,
        'Script templates: the language.',
      ),
      parameters: json.listOf(
        scriptParameterSchema,
        'Script templates: the parameters the script uses.',
      ),
      script: json.text(
        'Script templates: the script, with {{name}} placeholders for parameters.',
        DOCUMENT,
      ),
    },
    ['type', 'owner', 'appliesTo'],
    [
      json.when('type', 'script-template', json.requires(...scriptFields)),
      json.when(
        'type',
        PROCEDURE_TYPES.filter(type => type !== 'script-template'),
        json.excludes(...scriptFields),
      ),
    ],
  ),
);
