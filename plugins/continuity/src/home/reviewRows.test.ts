import type { ReviewItem } from '@readiness/plugin-continuity-common';
import { describeReview } from './reviewRows';

const review: ReviewItem = {
  id: 'vendor-security:vendor:default/aegis',
  kind: 'vendor-security',
  subject: 'vendor:default/aegis',
  subjectTitle: 'Aegis Cryptographic',
  owner: 'group:default/security-office',
  due: '2026-11-01',
  standing: 'overdue',
  daysUntilDue: -35,
};

describe('describeReview', () => {
  it('names the review, how late it is and who answers for it', () => {
    expect(describeReview(review)).toEqual({
      title: 'Vendor security review: Aegis Cryptographic',
      detail: 'overdue by 35 days (2026-11-01) · security-office',
      href: '/catalog/default/vendor/aegis/vendor',
    });
  });

  it('opens a plan at its readable tab', () => {
    expect(
      describeReview({
        ...review,
        kind: 'plan',
        subject: 'continuityplan:default/card-payments-continuity',
      }).href,
    ).toBe(
      '/catalog/default/continuityplan/card-payments-continuity/continuity',
    );
  });

  it('says how soon a review not yet late is due', () => {
    expect(
      describeReview({
        ...review,
        standing: 'due-30',
        daysUntilDue: 1,
        due: '2026-12-07',
      }).detail,
    ).toBe('due in 1 day (2026-12-07) · security-office');
  });
});
