import { ACTION_CATEGORIES, ACTION_STATUSES, ACTION_TERMS } from '../kinds';
import * as json from './schemaParts';
import type { JsonSchema } from './schemaParts';

/** The remediation items of post-mortems and exercises. */
export const remediationActionsSchema: JsonSchema = json.listOf(
  json.fields(
    'A remediation item.',
    {
      title: json.text('What will be done.'),
      category: json.choice(ACTION_CATEGORIES, 'Process, monitoring or code.'),
      term: json.choice(
        ACTION_TERMS,
        'Short-term fix or long-term remediation.',
      ),
      owner: json.entityRef('Who does it: a Group or User ref.'),
      due: json.date('Due date, YYYY-MM-DD.'),
      status: json.choice(ACTION_STATUSES, 'Where the item stands.'),
      ticket: json.webUrl('The tracking ticket: an http or https link.'),
    },
    ['title', 'category', 'term', 'owner', 'due', 'status'],
  ),
  'Remediation items, tracked to done.',
);
