import { parseEntityRef } from '@backstage/catalog-model';
import {
  ContinuityPlanRow,
  DoraFindingFilterField,
  DoraLintFinding,
  durationSeconds,
  ExerciseFilterField,
  ExerciseRow,
  PlanFilterField,
  RECOVERY_STATUSES,
  REVIEW_KIND_LABELS,
  REVIEW_STANDINGS,
  ReviewFilterField,
  ReviewItem,
  RtoConflict,
  RtoConflictFilterField,
  VendorFilterField,
  VendorRegisterRow,
} from '@readiness/plugin-continuity-common';
import { CRITICALITIES, entityRefKey } from '@readiness/plugin-readiness-common';
import { ListFields } from '@readiness/plugin-readiness-node';

/** A ref as filters compare it (`group:default/wires-squad`); unreadable refs as written. */
export function filterRef(ref: string, defaultKind: string): string {
  return entityRefKey(ref, defaultKind) ?? ref;
}

// Most critical first when sorted ascending.
const criticalityRank = (criticality: string) =>
  (CRITICALITIES as readonly string[]).indexOf(criticality);
const standingRank = (standing: string) =>
  (REVIEW_STANDINGS as readonly string[]).indexOf(standing);

/** The filters a list offers, one for each field its contract names. */
type FiltersOf<T, Field extends string> = Record<Field, ListFields<T>['filters'][string]>;

export const vendorFields: ListFields<VendorRegisterRow> = {
  filters: {
    criticality: row => row.criticality,
    substitutability: row => row.substitutability,
    ictServiceType: row => row.ictServiceType,
    owner: row => filterRef(row.owner, 'group'),
    relationshipOwner: row => filterRef(row.relationshipOwner, 'user'),
    // Vendors with at least one review in the standing.
    standing: row => row.reviews.map(review => review.standing),
    supportsCriticalFunction: row => row.supportsCriticalFunction,
    plan: row => row.dependentPlans,
  } satisfies FiltersOf<VendorRegisterRow, VendorFilterField>,
  sorts: {
    name: row => row.title.toLocaleLowerCase('en-US'),
    criticality: row => criticalityRank(row.criticality),
    standing: row => standingRank(row.standing),
    nextReview: row => row.nextReviewDue,
    exitPlanLastTested: row => row.exitPlanLastTested,
  },
  text: row =>
    [row.name, row.title, row.legalName, ...row.services, ...row.supports].join(' '),
  defaultSort: 'name',
};

export const planFields: ListFields<ContinuityPlanRow> = {
  filters: {
    criticality: row => row.criticality,
    owner: row => filterRef(row.owner, 'group'),
    standing: row => [row.review.standing, row.tableTop.standing],
    rtoConflict: row => row.rtoConflicts > 0,
    recovery: row => row.recovery,
  } satisfies FiltersOf<ContinuityPlanRow, PlanFilterField>,
  sorts: {
    title: row => row.title.toLocaleLowerCase('en-US'),
    criticality: row => criticalityRank(row.criticality),
    rto: row => durationSeconds(row.rto),
    standing: row => standingRank(row.standing),
    // Breached first when sorted ascending.
    recovery: row => (RECOVERY_STATUSES as readonly string[]).indexOf(row.recovery),
    nextReview: row => [row.review.due, row.tableTop.due].filter(Boolean).sort()[0],
  },
  text: row => [row.name, row.title, row.function].join(' '),
  defaultSort: 'title',
};

export const exerciseFields: ListFields<ExerciseRow> = {
  filters: {
    type: row => row.type,
    result: row => row.result,
    owner: row => filterRef(row.owner, 'group'),
    plan: row => row.plans.map(plan => filterRef(plan, 'continuityplan')),
    team: row => row.teams.map(team => filterRef(team, 'group')),
  } satisfies FiltersOf<ExerciseRow, ExerciseFilterField>,
  sorts: {
    date: row => row.date,
    title: row => row.title.toLocaleLowerCase('en-US'),
    type: row => row.type,
    result: row => row.result,
  },
  text: row => [row.name, row.title, row.scenario, ...row.findings].join(' '),
  defaultSort: 'date',
};

export const reviewFields: ListFields<ReviewItem> = {
  filters: {
    standing: row => row.standing,
    kind: row => row.kind,
    owner: row => filterRef(row.owner, 'group'),
    subjectKind: row => parseEntityRef(row.subject).kind,
  } satisfies FiltersOf<ReviewItem, ReviewFilterField>,
  sorts: {
    // Reviews never done have no due date and are the most pressing.
    due: row => row.due ?? '',
    owner: row => filterRef(row.owner, 'group'),
    subject: row => row.subjectTitle.toLocaleLowerCase('en-US'),
    kind: row => row.kind,
  },
  text: row =>
    [row.subject, row.subjectTitle, row.owner, REVIEW_KIND_LABELS[row.kind]].join(' '),
  defaultSort: 'due',
};

export const conflictFields: ListFields<RtoConflict> = {
  filters: {
    plan: row => row.plan,
    dependency: row => row.dependency,
  } satisfies FiltersOf<RtoConflict, RtoConflictFilterField>,
  sorts: {
    plan: row => row.plan,
    dependency: row => row.dependency,
    // Largest gap between the dependency's recovery time and the plan's RTO first, with order=desc.
    gap: row => row.dependencyObjective.seconds - row.planRtoSeconds,
  },
  text: row => row.path.join(' '),
  defaultSort: 'plan',
};

/** The linter's findings come in register order (template, then row); `sort` can regroup them. */
export const doraFindingFields: ListFields<DoraLintFinding> = {
  filters: {
    rule: finding => finding.rule,
    severity: finding => finding.severity,
    template: finding => finding.template,
    column: finding => finding.column,
  } satisfies FiltersOf<DoraLintFinding, DoraFindingFilterField>,
  sorts: {
    rule: finding => finding.rule,
    subject: finding => finding.subject,
  },
  text: finding => [finding.message, finding.subject, finding.column].join(' '),
};
