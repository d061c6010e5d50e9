import { VENDOR_REVIEW_TYPES, VendorReviewType } from '@readiness/plugin-readiness-common';
import { CsvColumn } from '@readiness/plugin-readiness-api-common';
import {
  ConfidentialVendorFields,
  ConfidentialVendorView,
  ContinuityPlanRow,
  ExerciseRow,
  REVIEW_KIND_LABELS,
  RECOVERY_STATUS_LABELS,
  REVIEW_STANDING_LABELS,
  ReviewItem,
  RtoConflict,
  VendorRegisterRow,
} from '@readiness/plugin-continuity-common';

const list = (items: readonly string[]) => items.join('; ');

const REVIEW_TYPE_TITLES: Record<VendorReviewType, string> = {
  security: 'Security review',
  financial: 'Financial review',
  'due-diligence': 'Due diligence',
};

/**
 * A register line with what its reader may see of the vendor's confidential fields.
 *
 * @public
 */
export interface VendorExportRow extends VendorRegisterRow {
  confidential: ConfidentialVendorView;
}

/** A confidential value, or "confidential" where the reader may not see it. */
const confidentialValue =
  (read: (fields: ConfidentialVendorFields, row: VendorExportRow) => string | number | undefined) =>
  (row: VendorExportRow) =>
    row.confidential.access === 'granted' ? read(row.confidential.fields, row) : 'confidential';

/** The confidential findings of the vendor's latest financial review. */
const latestFinancialReview = (fields: ConfidentialVendorFields, row: VendorRegisterRow) => {
  const date = row.reviews.find(review => review.type === 'financial')?.lastDone;
  return fields.financialReviews.find(review => review.date === date);
};

/**
 * The vendor register as CSV: every column of the register page, and the confidential fields
 * where the reader may see them ("confidential" where not).
 *
 * @public
 */
export const VENDOR_CSV_COLUMNS: ReadonlyArray<CsvColumn<VendorExportRow>> = [
  { header: 'Vendor', value: row => row.ref },
  { header: 'Name', value: row => row.title },
  { header: 'Legal name', value: row => row.legalName },
  { header: 'Country', value: row => row.country },
  { header: 'Criticality', value: row => row.criticality },
  { header: 'Supports a critical function', value: row => row.supportsCriticalFunction },
  { header: 'ICT service type', value: row => row.ictServiceType },
  { header: 'Owner', value: row => row.owner },
  { header: 'Relationship owner', value: row => row.relationshipOwner },
  { header: 'Services', value: row => list(row.services) },
  { header: 'Supports', value: row => list(row.supports) },
  { header: 'Substitutability', value: row => row.substitutability },
  { header: 'Alternatives', value: row => list(row.alternatives) },
  { header: 'Exit plan', value: row => row.exitPlan },
  { header: 'Exit plan last tested', value: row => row.exitPlanLastTested },
  { header: 'Contract end', value: row => row.contractEnd },
  {
    header: 'Annual value',
    value: confidentialValue(fields => fields.annualValue?.amount),
  },
  {
    header: 'Annual value currency',
    value: confidentialValue(fields => fields.annualValue?.currency),
  },
  ...VENDOR_REVIEW_TYPES.flatMap((type): CsvColumn<VendorExportRow>[] => {
    const review = (row: VendorRegisterRow) => row.reviews.find(r => r.type === type);
    const title = REVIEW_TYPE_TITLES[type];
    return [
      { header: `${title}: last`, value: row => review(row)?.lastDone },
      { header: `${title}: result`, value: row => review(row)?.result },
      { header: `${title}: next due`, value: row => review(row)?.due },
      {
        header: `${title}: standing`,
        value: row => {
          const standing = review(row)?.standing;
          return standing && REVIEW_STANDING_LABELS[standing];
        },
      },
      ...(type === 'financial'
        ? [
            {
              header: `${title}: summary`,
              value: confidentialValue(
                (fields, row) => latestFinancialReview(fields, row)?.summary,
              ),
            },
            {
              header: `${title}: evidence`,
              value: confidentialValue(
                (fields, row) => latestFinancialReview(fields, row)?.evidence,
              ),
            },
          ]
        : []),
    ];
  }),
  { header: 'Dependent continuity plans', value: row => list(row.dependentPlans) },
];

/**
 * The continuity plans list as CSV.
 *
 * @public
 */
export const PLAN_CSV_COLUMNS: ReadonlyArray<CsvColumn<ContinuityPlanRow>> = [
  { header: 'Plan', value: row => row.ref },
  { header: 'Title', value: row => row.title },
  { header: 'Business function', value: row => row.function },
  { header: 'Owner', value: row => row.owner },
  { header: 'Criticality', value: row => row.criticality },
  { header: 'RTO', value: row => row.rto },
  { header: 'RPO', value: row => row.rpo },
  { header: 'MTPD', value: row => row.mtpd },
  { header: 'Last reviewed', value: row => row.lastReviewed },
  { header: 'Review due', value: row => row.review.due },
  { header: 'Review standing', value: row => REVIEW_STANDING_LABELS[row.review.standing] },
  { header: 'Last table-top', value: row => row.tableTop.lastHeld },
  { header: 'Table-top due', value: row => row.tableTop.due },
  { header: 'Table-top standing', value: row => REVIEW_STANDING_LABELS[row.tableTop.standing] },
  { header: 'Recovery', value: row => RECOVERY_STATUS_LABELS[row.recovery] },
  { header: 'Exercises', value: row => row.exercises },
  { header: 'Last exercise', value: row => row.lastExercise?.ref },
  { header: 'Last exercise result', value: row => row.lastExercise?.result },
  { header: 'RTO conflicts', value: row => row.rtoConflicts },
  { header: 'Covers', value: row => list(row.covers) },
  { header: 'Depends on', value: row => list(row.dependsOn) },
];

/**
 * The exercises list as CSV.
 *
 * @public
 */
export const EXERCISE_CSV_COLUMNS: ReadonlyArray<CsvColumn<ExerciseRow>> = [
  { header: 'Exercise', value: row => row.ref },
  { header: 'Title', value: row => row.title },
  { header: 'Type', value: row => row.type },
  { header: 'Date', value: row => row.date },
  { header: 'Owner', value: row => row.owner },
  { header: 'Scenario', value: row => row.scenario },
  { header: 'Plans', value: row => list(row.plans) },
  { header: 'Teams', value: row => list(row.teams) },
  { header: 'Participants', value: row => list(row.participants) },
  { header: 'Success criteria', value: row => list(row.successCriteria) },
  { header: 'Target RTO', value: row => row.targetRto },
  { header: 'Measured RTO', value: row => row.measuredRto },
  { header: 'Target RPO', value: row => row.targetRpo },
  { header: 'Measured RPO', value: row => row.measuredRpo },
  { header: 'Result', value: row => row.result },
  { header: 'Findings', value: row => list(row.findings) },
  {
    header: 'Actions',
    value: row =>
      list(row.actions.map(action => `${action.title} (${action.owner}, due ${action.due}, ${action.status})`)),
  },
  { header: 'Open actions', value: row => row.openActions },
];

/**
 * The reviews list as CSV.
 *
 * @public
 */
export const REVIEW_CSV_COLUMNS: ReadonlyArray<CsvColumn<ReviewItem>> = [
  { header: 'Review', value: row => REVIEW_KIND_LABELS[row.kind] },
  { header: 'Record', value: row => row.subject },
  { header: 'Title', value: row => row.subjectTitle },
  { header: 'Owner', value: row => row.owner },
  { header: 'Last done', value: row => row.lastDone },
  { header: 'Due', value: row => row.due },
  { header: 'Days until due', value: row => row.daysUntilDue },
  { header: 'Standing', value: row => REVIEW_STANDING_LABELS[row.standing] },
];

/**
 * The RTO conflicts as CSV.
 *
 * @public
 */
export const RTO_CONFLICT_CSV_COLUMNS: ReadonlyArray<CsvColumn<RtoConflict>> = [
  { header: 'Plan', value: row => row.plan },
  { header: 'Plan RTO', value: row => row.planRto },
  { header: 'Depends on', value: row => row.dependency },
  { header: 'Its recovery time', value: row => row.dependencyObjective.duration },
  {
    header: 'From',
    value: row =>
      row.dependencyObjective.basis === 'vendor-max-tolerable-outage'
        ? 'vendor maximum tolerable outage'
        : `RTO of ${row.dependencyObjective.source}`,
  },
  { header: 'Through', value: row => row.path.join(' > ') },
];
