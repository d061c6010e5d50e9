import { ACTION_CATEGORIES, ACTION_STATUSES, ACTION_TERMS } from '../kinds';
import {
  choice,
  date,
  entityRef,
  fields,
  listOf,
  text,
  webUrl,
} from './schemaParts';

/** The remediation items of post-mortems and exercises. */
export const remediationActionsSchema = listOf(
  fields(
    'A remediation item.',
    {
      title: text('What will be done.'),
      category: choice(ACTION_CATEGORIES, 'Process, monitoring or code.'),
      term: choice(ACTION_TERMS, 'Short-term fix or long-term remediation.'),
      owner: entityRef('Who does it: a Group or User ref.'),
      due: date('Due date, YYYY-MM-DD.'),
      status: choice(ACTION_STATUSES, 'Where the item stands.'),
      ticket: webUrl('The tracking ticket: an http or https link.'),
    },
    ['title', 'category', 'term', 'owner', 'due', 'status'],
  ),
  'Remediation items, tracked to done.',
);
