import { parseEntityRef } from '@backstage/catalog-model';
import { READABLE_TABS } from '@readiness/plugin-readiness-react';
import {
  REVIEW_KIND_LABELS,
  ReviewItem,
  ReviewKind,
} from '@readiness/plugin-continuity-common';

/** The vendor, plan and exercise reviews an auditor follows (procedure reviews are the squads'). */
export const AUDITED_REVIEW_KINDS: ReviewKind[] = [
  'vendor-security',
  'vendor-financial',
  'vendor-due-diligence',
  'plan',
  'table-top',
];

/** A review as a home-page line: which review of what, and how late or how soon. */
export function describeReview(review: ReviewItem): {
  title: string;
  detail: string;
  href: string;
} {
  const days = review.daysUntilDue ?? 0;
  const plural = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  const when =
    days < 0 ? `overdue by ${plural(-days)}` : `due in ${plural(days)}`;
  const { kind, namespace, name } = parseEntityRef(review.subject);
  const lowerKind = kind.toLocaleLowerCase('en-US');
  // A vendor or plan opens at its readable tab, where the review's dates and reviewer are.
  const tab = READABLE_TABS[lowerKind];
  return {
    title: `${REVIEW_KIND_LABELS[review.kind]}: ${review.subjectTitle}`,
    detail: `${when}${review.due ? ` (${review.due})` : ''} · ${
      parseEntityRef(review.owner).name
    }`,
    href: `/catalog/${namespace}/${lowerKind}/${name}${tab ? `/${tab}` : ''}`,
  };
}
