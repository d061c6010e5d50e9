import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  ContinuityPlanEntity,
  ExerciseEntity,
  ProcedureEntity,
  VendorEntity,
  VendorReviewType,
} from '@readiness/plugin-readiness-common';
import {
  addInterval,
  DueStatus,
  dueStatus,
  ReviewItem,
  ReviewKind,
  vendorReviewStatuses,
} from '@readiness/plugin-continuity-common';
import { groupExercisesByPlan, planKey, planReviewStatus, tableTopStatus } from './planStatus';

const VENDOR_REVIEW_KIND: Record<VendorReviewType, ReviewKind> = {
  security: 'vendor-security',
  financial: 'vendor-financial',
  'due-diligence': 'vendor-due-diligence',
};

/** The records the reviews are computed from. @public */
export interface ReviewRecords {
  vendors: readonly VendorEntity[];
  procedures: readonly ProcedureEntity[];
  plans: readonly ContinuityPlanEntity[];
  exercises: readonly ExerciseEntity[];
}

function item(
  kind: ReviewKind,
  subject: VendorEntity | ProcedureEntity | ContinuityPlanEntity,
  status: DueStatus,
  lastDone: string | undefined,
): ReviewItem {
  const ref = stringifyEntityRef(subject);
  return {
    id: `${kind}:${ref}`,
    kind,
    subject: ref,
    subjectTitle: subject.metadata.title ?? subject.metadata.name,
    owner: subject.spec.owner,
    lastDone,
    ...status,
  };
}

/**
 * Every tracked review on `today`, whatever its standing: each vendor review type it has had
 * (and its initial security review if it never had one), each procedure with a review interval,
 * each plan's own review and its annual table-top exercise.
 *
 * @public
 */
export function listReviews(records: ReviewRecords, today: string): ReviewItem[] {
  const vendorReviews = records.vendors.flatMap(vendor =>
    vendorReviewStatuses(vendor, today).map(({ type, lastDone, ...status }) =>
      item(VENDOR_REVIEW_KIND[type], vendor, status, lastDone),
    ),
  );
  const procedureReviews = records.procedures.flatMap(procedure => {
    const { lastReviewed, reviewInterval } = procedure.spec;
    if (!reviewInterval) return [];
    const due = lastReviewed ? addInterval(lastReviewed, reviewInterval) : undefined;
    return [item('procedure', procedure, dueStatus(due, today), lastReviewed)];
  });
  const exercisesByPlan = groupExercisesByPlan(records.exercises);
  const planReviews = records.plans.flatMap(plan => {
    const { lastHeld, exercise: _exercise, ...tableTop } = tableTopStatus(
      exercisesByPlan.get(planKey(plan)) ?? [],
      today,
    );
    return [
      item('plan', plan, planReviewStatus(plan, today), plan.spec.lastReviewed),
      item('table-top', plan, tableTop, lastHeld),
    ];
  });
  return [...vendorReviews, ...procedureReviews, ...planReviews];
}
