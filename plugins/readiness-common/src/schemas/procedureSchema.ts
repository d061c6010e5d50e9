import {
  PROCEDURE_TYPES,
  SCRIPT_LANGUAGES,
  SCRIPT_PARAMETER_TYPES,
} from '../kinds';
import { SCHEMA_PATTERNS } from './patterns';
import {
  choice,
  date,
  duration,
  entityRef,
  entityRefs,
  excludes,
  fields,
  flag,
  listOf,
  longText,
  matching,
  recordSchema,
  requires,
  text,
  when,
} from './schemaParts';

const scriptParameterSchema = fields(
  'A parameter filled in before the script runs.',
  {
    name: matching(
      SCHEMA_PATTERNS.parameterName,
      'The name used in {{name}} placeholders.',
    ),
    title: text('Label shown to the person running the script.'),
    type: choice(SCRIPT_PARAMETER_TYPES, 'The kind of value.'),
    required: flag('Whether a value must be given.'),
    // Checked against the parameter's type by validateRecord.
    default: {
      type: ['string', 'integer'],
      description:
        'Default value; for dates today, yesterday or a YYYY-MM-DD date.',
    },
    allowed: listOf(
      text('An allowed value.'),
      'The values an enum parameter can take.',
      { minItems: 1, unique: true },
    ),
    pattern: text('Regular expression a string parameter must match.'),
  },
  ['name', 'type'],
  [
    when('type', 'enum', requires('allowed')),
    when('type', ['string', 'date', 'integer'], excludes('allowed')),
    when('type', ['date', 'integer', 'enum'], excludes('pattern')),
  ],
);

const scriptFields = ['language', 'parameters', 'script'];

/**
 * JSON Schema of Procedure records.
 *
 * @public
 */
export const procedureSchema = recordSchema(
  'Procedure',
  "An SOP, runbook, owner's manual, checklist or script template.",
  fields(
    'The procedure.',
    {
      type: choice(PROCEDURE_TYPES, 'What kind of procedure this is.'),
      owner: entityRef('The owning team: a Group ref.'),
      appliesTo: entityRefs(
        'What the procedure is for: at least one Component, Resource, System or Alert.',
        'A Component, Resource, System or Alert ref.',
        { minItems: 1 },
      ),
      lastReviewed: date('When the procedure was last reviewed, YYYY-MM-DD.'),
      reviewInterval: duration(
        'How often it must be reviewed, an ISO-8601 duration like P6M.',
      ),
      body: longText('Inline markdown body.'),
      steps: listOf(text('A step.'), 'Ordered steps.'),
      language: choice(SCRIPT_LANGUAGES, 'Script templates: the language.'),
      parameters: listOf(
        scriptParameterSchema,
        'Script templates: the parameters the script uses.',
      ),
      script: longText(
        'Script templates: the script, with {{name}} placeholders for parameters.',
      ),
    },
    ['type', 'owner', 'appliesTo'],
    [
      when('type', 'script-template', requires(...scriptFields)),
      when(
        'type',
        PROCEDURE_TYPES.filter(type => type !== 'script-template'),
        excludes(...scriptFields),
      ),
    ],
  ),
);
