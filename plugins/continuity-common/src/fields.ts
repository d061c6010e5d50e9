/**
 * The fields the vendor register can be filtered by: `filter[<field>]=`. `standing` matches
 * vendors with at least one review in that standing; `plan` takes a full plan ref.
 *
 * @public
 */
export const VENDOR_FILTER_FIELDS = [
  'criticality',
  'substitutability',
  'ictServiceType',
  'owner',
  'relationshipOwner',
  'standing',
  'supportsCriticalFunction',
  'plan',
] as const;

/**
 * A field the vendor register can be filtered by.
 *
 * @public
 */
export type VendorFilterField = (typeof VENDOR_FILTER_FIELDS)[number];

/**
 * The fields the continuity plans list can be filtered by: `filter[<field>]=`. `standing`
 * matches the plan's own review or its table-top exercise; `recovery` takes a
 * `RecoveryStatus`.
 *
 * @public
 */
export const PLAN_FILTER_FIELDS = [
  'criticality',
  'owner',
  'standing',
  'rtoConflict',
  'recovery',
] as const;

/**
 * A field the continuity plans list can be filtered by.
 *
 * @public
 */
export type PlanFilterField = (typeof PLAN_FILTER_FIELDS)[number];

/**
 * The fields the exercises list can be filtered by: `filter[<field>]=`.
 *
 * @public
 */
export const EXERCISE_FILTER_FIELDS = ['type', 'result', 'owner', 'plan', 'team'] as const;

/**
 * A field the exercises list can be filtered by.
 *
 * @public
 */
export type ExerciseFilterField = (typeof EXERCISE_FILTER_FIELDS)[number];

/**
 * The fields the reviews list (and its count by owner) can be filtered by: `filter[<field>]=`.
 *
 * @public
 */
export const REVIEW_FILTER_FIELDS = ['standing', 'kind', 'owner', 'subjectKind'] as const;

/**
 * A field the reviews list can be filtered by.
 *
 * @public
 */
export type ReviewFilterField = (typeof REVIEW_FILTER_FIELDS)[number];

/**
 * The fields the RTO conflicts list can be filtered by: `filter[<field>]=`, full refs.
 *
 * @public
 */
export const RTO_CONFLICT_FILTER_FIELDS = ['plan', 'dependency'] as const;

/**
 * A field the RTO conflicts list can be filtered by.
 *
 * @public
 */
export type RtoConflictFilterField = (typeof RTO_CONFLICT_FILTER_FIELDS)[number];

/**
 * The fields the DORA lint findings (`GET /dora/findings`) can be filtered by: `filter[<field>]=`.
 *
 * @public
 */
export const DORA_FINDING_FILTER_FIELDS = ['rule', 'severity', 'template', 'column'] as const;

/**
 * A field the DORA lint findings can be filtered by.
 *
 * @public
 */
export type DoraFindingFilterField = (typeof DORA_FINDING_FILTER_FIELDS)[number];
