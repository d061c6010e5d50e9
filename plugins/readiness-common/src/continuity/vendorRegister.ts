import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  Criticality,
  IctServiceType,
  Substitutability,
  VENDOR_REVIEW_TYPES,
  VendorEntity,
  VendorReview,
  VendorReviewType,
} from '../kinds';
import { DueStatus, dueStatus, ReviewStanding, worstStanding } from './reviewStanding';

/**
 * The latest review of one type and when the next is due.
 *
 * @public
 */
export interface VendorReviewStatus extends DueStatus {
  type: VendorReviewType;
  /** The date of the latest review of this type; absent when there has been none. */
  lastDone?: string;
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

/**
 * One line of the vendor register. It holds no confidential field (see
 * `splitConfidentialVendorFields`).
 *
 * @public
 */
export interface VendorRegisterRow {
  ref: string;
  name: string;
  title: string;
  legalName: string;
  country: string;
  criticality: Criticality;
  supportsCriticalFunction: boolean;
  ictServiceType: IctServiceType;
  /** Group ref. */
  owner: string;
  /** User ref. */
  relationshipOwner: string;
  /** What the vendor provides. */
  services: string[];
  /** Our components, systems and resources it supports (refs as written). */
  supports: string[];
  substitutability?: Substitutability;
  alternatives: string[];
  exitPlan?: string;
  exitPlanLastTested?: string;
  contractEnd?: string;
  reviews: VendorReviewStatus[];
  /** The most pressing standing among its reviews. */
  standing: ReviewStanding;
  /** The earliest next-due date among its reviews. */
  nextReviewDue?: string;
  /** Continuity plans (business functions) its loss reaches, directly or transitively. */
  dependentPlans: string[];
}

/**
 * A vendor as a register line, with its review standings on `today` and the plans that depend
 * on it (from its blast radius).
 *
 * @public
 */
export function vendorRegisterRow(
  vendor: VendorEntity,
  today: string,
  dependentPlans: string[],
): VendorRegisterRow {
  const { spec } = vendor;
  const reviews = vendorReviewStatuses(vendor, today);
  const dues = reviews.flatMap(review => (review.due ? [review.due] : [])).sort();
  return {
    ref: stringifyEntityRef(vendor),
    name: vendor.metadata.name,
    title: vendor.metadata.title ?? vendor.metadata.name,
    legalName: spec.legalName,
    country: spec.country,
    criticality: spec.criticality,
    supportsCriticalFunction: spec.supportsCriticalFunction ?? false,
    ictServiceType: spec.ictServiceType,
    owner: spec.owner,
    relationshipOwner: spec.relationshipOwner,
    services: spec.services ?? [],
    supports: spec.supports ?? [],
    substitutability: spec.substitutability,
    alternatives: (spec.alternatives ?? []).map(alternative => alternative.name),
    exitPlan: spec.exitPlan?.summary,
    exitPlanLastTested: spec.exitPlan?.lastTested,
    contractEnd: spec.contract?.endDate,
    reviews,
    standing: worstStanding(reviews.map(review => review.standing)),
    nextReviewDue: dues[0],
    dependentPlans,
  };
}
