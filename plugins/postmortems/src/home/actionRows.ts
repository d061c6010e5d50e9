import type { ActionItem } from '@readiness/plugin-postmortems-common';
import { parseEntityRef } from '@backstage/catalog-model';

/** An open action as a home-page line: what, whose, and how late or when due. */
export function describeAction(action: ActionItem): {
  title: string;
  detail: string;
  href: string;
} {
  const owner = parseEntityRef(action.owner).name;
  const when = action.overdue
    ? `overdue by ${action.daysOverdue} day${
        action.daysOverdue === 1 ? '' : 's'
      }`
    : `due ${action.due}`;
  const source = parseEntityRef(action.source.ref);
  return {
    title: action.title,
    detail: `${owner} · ${when} · from ${action.source.title}`,
    href: `/catalog/${source.namespace}/${source.kind.toLocaleLowerCase(
      'en-US',
    )}/${source.name}`,
  };
}
