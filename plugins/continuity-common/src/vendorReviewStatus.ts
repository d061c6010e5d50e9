import {
  VENDOR_REVIEW_TYPES,
  VendorEntity,
  VendorReview,
  VendorReviewType,
} from '@readiness/plugin-readiness-common';
import { DueStatus, dueStatus } from './reviewStanding';

/**
 * The latest review of one type and when the next is due.
 *
 * @public
 */
export interface VendorReviewStatus extends DueStatus {
  /** The type of review. */
  type: VendorReviewType;
  /** The date of the latest review of this type; absent when there has been none. */
  lastDone?: string;
  /** The latest review's result. */
  result?: VendorReview['result'];
}

/**
 * The latest review of each type a vendor has had, with its next due date and standing. A vendor
 * never security-reviewed gets an overdue security entry: every vendor needs an initial one.
 *
 * @public
 */
export function vendorReviewStatuses(
  vendor: VendorEntity,
  today: string,
): VendorReviewStatus[] {
  return VENDOR_REVIEW_TYPES.flatMap((type): VendorReviewStatus[] => {
    const latest = (vendor.spec.reviews ?? [])
      .filter(review => review.type === type)
      .sort((a, b) => b.date.localeCompare(a.date))[0];
    if (latest) {
      return [
        {
          type,
          lastDone: latest.date,
          result: latest.result,
          ...dueStatus(latest.nextDue, today),
        },
      ];
    }
    return type === 'security' ? [{ type, ...dueStatus(undefined, today) }] : [];
  });
}
