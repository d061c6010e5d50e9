import { EXERCISE_RESULTS, EXERCISE_TYPES } from '../kinds';
import { remediationActionsSchema } from './actionSchema';
import * as json from './schemaParts';
import type { JsonSchema } from './schemaParts';

function objectives(description: string) {
  return json.fields(description, {
    rto: json.duration('Recovery time, an ISO-8601 duration.'),
    rpo: json.duration('Recovery point, an ISO-8601 duration.'),
  });
}

/**
 * JSON Schema of Exercise records.
 *
 * @public
 */
export const exerciseSchema: JsonSchema = json.recordSchema(
  'Exercise',
  'A game day, table-top exercise or DR test.',
  json.fields(
    'The exercise.',
    {
      type: json.choice(EXERCISE_TYPES, 'What kind of exercise.'),
      date: json.date('When it is held, YYYY-MM-DD.'),
      owner: json.entityRef('The owning team: a Group ref.'),
      scenario: json.text('What is rehearsed.'),
      plans: json.entityRefs('Plans exercised.', 'A ContinuityPlan ref.'),
      teams: json.entityRefs('Teams taking part.', 'A Group ref.'),
      participants: json.entityRefs('People taking part.', 'A User ref.'),
      successCriteria: json.listOf(
        json.text('A criterion.'),
        'What success looks like.',
      ),
      target: objectives('Recovery objectives aimed for.'),
      measured: objectives('Recovery achieved (optional for table-tops).'),
      result: json.choice(
        EXERCISE_RESULTS,
        'The outcome; absent while planned.',
      ),
      findings: json.listOf(
        json.text('A finding.'),
        'What the exercise found.',
      ),
      actions: remediationActionsSchema,
    },
    ['type', 'date', 'owner', 'scenario'],
  ),
);
