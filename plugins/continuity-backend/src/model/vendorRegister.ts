import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  VendorEntity,
} from '@readiness/plugin-readiness-common';
import {
  VendorRegisterRow,
  vendorReviewStatuses,
  worstStanding,
} from '@readiness/plugin-continuity-common';
import { TitleLookup } from './entityTitles';

/**
 * A vendor as a register line, with its review standings on `today`, the plans that depend on it
 * (from its blast radius) and the titles of the entities it names.
 *
 * @public
 */
export function vendorRegisterRow(
  vendor: VendorEntity,
  today: string,
  dependentPlans: string[],
  titleOf: TitleLookup = () => undefined,
): VendorRegisterRow {
  const { spec } = vendor;
  const titles: Record<string, string> = {};
  const named: Array<[string | undefined, string]> = [
    [spec.owner, 'group'],
    [spec.relationshipOwner, 'user'],
    ...(spec.supports ?? []).map((ref): [string, string] => [ref, 'component']),
  ];
  for (const [ref, defaultKind] of named) {
    const title = ref ? titleOf(ref, defaultKind) : undefined;
    if (ref && title) titles[ref] = title;
  }
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
    titles,
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
