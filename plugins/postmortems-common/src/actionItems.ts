import { Entity } from '@backstage/catalog-model';
import {
  isOpenAction,
  normalizeEntityRef,
} from '@readiness/plugin-readiness-common';
import type {
  ActionCategory,
  ActionStatus,
  ActionTerm,
  ExerciseEntity,
  PostmortemEntity,
} from '@readiness/plugin-readiness-common';
import { compareCodeUnits, dayNumber } from './calendar';

/**
 * An open remediation action, with the post-mortem or exercise it came from.
 *
 * @public
 */
export interface ActionItem {
  /** `<record ref>#<index of the action in the record>`: stable within a snapshot. */
  id: string;
  source: {
    kind: 'Postmortem' | 'Exercise';
    ref: string;
    title: string;
  };
  title: string;
  category: ActionCategory;
  term: ActionTerm;
  /** The action's owner, a group or user ref. */
  owner: string;
  /** The owner if a group; the first group a user owner is a member of otherwise. */
  ownerSquad?: string;
  due: string;
  status: ActionStatus;
  ticket?: string;
  overdue: boolean;
  /** Whole days past the due date; 0 when not overdue. */
  daysOverdue: number;
}

/**
 * The squad an action's owner stands for: the owner itself when it is a group,
 * else the first group the user is a member of.
 *
 * @public
 */
export function ownerSquad(
  owner: string,
  lookup: (ref: string) => Entity | undefined,
): string | undefined {
  const ref = normalizeEntityRef(owner, 'group');
  if (ref.startsWith('group:')) {
    return ref;
  }
  const memberOf = lookup(ref)?.spec?.memberOf;
  return Array.isArray(memberOf) && typeof memberOf[0] === 'string'
    ? normalizeEntityRef(memberOf[0], 'group')
    : undefined;
}

/**
 * Every open action of the given post-mortems and exercises, overdue first
 * (the longest overdue at the top), then by due date. An action is overdue
 * when its due date is before `today` (YYYY-MM-DD).
 *
 * @public
 */
export function listOpenActions(
  records: ReadonlyArray<PostmortemEntity | ExerciseEntity>,
  options: { today: string; lookup: (ref: string) => Entity | undefined },
): ActionItem[] {
  const today = dayNumber(options.today);
  const items = records.flatMap(record => {
    const ref = normalizeEntityRef(
      `${record.kind}:${record.metadata.namespace ?? 'default'}/${
        record.metadata.name
      }`,
    );
    return (record.spec.actions ?? []).flatMap((action, index) => {
      if (!isOpenAction(action)) return [];
      const daysOverdue = Math.max(0, today - dayNumber(action.due));
      const owner = normalizeEntityRef(action.owner, 'group');
      const item: ActionItem = {
        id: `${ref}#${index}`,
        source: {
          kind: record.kind,
          ref,
          title: record.metadata.title ?? record.metadata.name,
        },
        title: action.title,
        category: action.category,
        term: action.term,
        owner,
        ownerSquad: ownerSquad(owner, options.lookup),
        due: action.due,
        status: action.status,
        ticket: action.ticket,
        overdue: daysOverdue > 0,
        daysOverdue,
      };
      return [item];
    });
  });
  return items.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      compareCodeUnits(a.due, b.due) ||
      compareCodeUnits(a.id, b.id),
  );
}
