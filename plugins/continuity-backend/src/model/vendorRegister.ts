import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  VendorEntity,
} from '@readiness/plugin-readiness-common';
import {
  VendorRegisterRow,
  vendorReviewStatuses,
  worstStanding,
} from '@readiness/plugin-continuity-common';

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
