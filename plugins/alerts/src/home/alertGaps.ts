import { parseEntityRef } from '@backstage/catalog-model';
import type { AlertSummary } from '@readiness/plugin-alerts-common';

/** What a paging alert lacks for whoever it wakes. */
export type AlertGap =
  | 'no SOP'
  | 'SOP review overdue'
  | 'not routed to on-call';

/** A paging alert with the gaps it has, linking to its page. */
export interface AlertWithGaps {
  ref: string;
  title: string;
  href: string;
  gaps: AlertGap[];
}

/** The catalog page of an entity ref. */
export function entityPath(ref: string): string {
  const { kind, namespace, name } = parseEntityRef(ref);
  return `/catalog/${namespace}/${kind.toLocaleLowerCase('en-US')}/${name}`;
}

/**
 * The gaps of each paging alert: no SOP, an SOP overdue for review (one of `overdueSopRefs`),
 * or no route to PagerDuty. Alerts without a gap are left out.
 */
export function alertsWithGaps(
  pagingAlerts: AlertSummary[],
  overdueSopRefs: ReadonlySet<string>,
): AlertWithGaps[] {
  return pagingAlerts.flatMap(alert => {
    const gaps: AlertGap[] = [];
    if (!alert.hasSop) gaps.push('no SOP');
    else if (alert.procedure && overdueSopRefs.has(alert.procedure.ref))
      gaps.push('SOP review overdue');
    if (!alert.routedToPagerDuty) gaps.push('not routed to on-call');
    return gaps.length > 0
      ? [
          {
            ref: alert.ref,
            title: alert.title,
            href: entityPath(alert.ref),
            gaps,
          },
        ]
      : [];
  });
}
