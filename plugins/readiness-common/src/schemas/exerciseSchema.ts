import { EXERCISE_RESULTS, EXERCISE_TYPES } from '../kinds';
import { remediationActionsSchema } from './actionSchema';
import {
  choice,
  date,
  duration,
  entityRef,
  entityRefs,
  fields,
  listOf,
  recordSchema,
  text,
} from './schemaParts';

function objectives(description: string) {
  return fields(description, {
    rto: duration('Recovery time, an ISO-8601 duration.'),
    rpo: duration('Recovery point, an ISO-8601 duration.'),
  });
}

/**
 * JSON Schema of Exercise records.
 *
 * @public
 */
export const exerciseSchema = recordSchema(
  'Exercise',
  'A game day, table-top exercise or DR test.',
  fields(
    'The exercise.',
    {
      type: choice(EXERCISE_TYPES, 'What kind of exercise.'),
      date: date('When it is held, YYYY-MM-DD.'),
      owner: entityRef('The owning team: a Group ref.'),
      scenario: text('What is rehearsed.'),
      plans: entityRefs('Plans exercised.', 'A ContinuityPlan ref.'),
      teams: entityRefs('Teams taking part.', 'A Group ref.'),
      participants: entityRefs('People taking part.', 'A User ref.'),
      successCriteria: listOf(text('A criterion.'), 'What success looks like.'),
      target: objectives('Recovery objectives aimed for.'),
      measured: objectives('Recovery achieved (optional for table-tops).'),
      result: choice(EXERCISE_RESULTS, 'The outcome; absent while planned.'),
      findings: listOf(text('A finding.'), 'What the exercise found.'),
      actions: remediationActionsSchema,
    },
    ['type', 'date', 'owner', 'scenario'],
  ),
);
