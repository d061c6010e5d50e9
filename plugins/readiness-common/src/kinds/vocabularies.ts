// The controlled vocabularies of the record contract. Schemas, validators and
// views all read these lists, so a new value is added here and nowhere else.

/** How bad an alert or an incident is. @public */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
/** @public */
export type Severity = (typeof SEVERITIES)[number];

/** How important a vendor or a business function is. @public */
export const CRITICALITIES = ['critical', 'high', 'medium', 'low'] as const;
/** @public */
export type Criticality = (typeof CRITICALITIES)[number];

/** Share of active users an incident affected. @public */
export const CUSTOMER_IMPACT_BUCKETS = [
  'none',
  '<10%',
  '10-25%',
  '25-50%',
  '>50%',
] as const;
/** @public */
export type CustomerImpactBucket = (typeof CUSTOMER_IMPACT_BUCKETS)[number];

/** Positive: an expected event did not happen; negative: a bad event happened. @public */
export const ALERT_TYPES = ['positive', 'negative'] as const;
/** @public */
export type AlertType = (typeof ALERT_TYPES)[number];

/** Where an alert's signal comes from. @public */
export const ALERT_SOURCES = ['log', 'metric', 'synthetic', 'job'] as const;
/** @public */
export type AlertSource = (typeof ALERT_SOURCES)[number];

/** Who is at fault when an error code shows up. @public */
export const ERROR_CODE_CLASSES = [
  'business',
  'application',
  'system',
] as const;
/** @public */
export type ErrorCodeClass = (typeof ERROR_CODE_CLASSES)[number];

/** @public */
export const PROCEDURE_TYPES = [
  'sop',
  'runbook',
  'owners-manual',
  'checklist',
  'script-template',
] as const;
/** @public */
export type ProcedureType = (typeof PROCEDURE_TYPES)[number];

/** Languages a script template can be written in. @public */
export const SCRIPT_LANGUAGES = [
  'sql',
  'bash',
  'shell',
  'python',
  'kql',
  'promql',
  'http',
] as const;
/** @public */
export type ScriptLanguage = (typeof SCRIPT_LANGUAGES)[number];

/** @public */
export const SCRIPT_PARAMETER_TYPES = [
  'string',
  'date',
  'integer',
  'enum',
] as const;
/** @public */
export type ScriptParameterType = (typeof SCRIPT_PARAMETER_TYPES)[number];

/** Relative defaults a date parameter may have besides a YYYY-MM-DD date. @public */
export const RELATIVE_DATE_DEFAULTS = ['today', 'yesterday'] as const;

/** @public */
export const ICT_SERVICE_TYPES = [
  'cloud-infrastructure',
  'payment-processing',
  'data-provider',
  'software-saas',
  'communications',
  'security',
  'network',
  'professional-services',
] as const;
/** @public */
export type IctServiceType = (typeof ICT_SERVICE_TYPES)[number];

/** How hard a vendor is to replace. @public */
export const SUBSTITUTABILITY_LEVELS = [
  'easy',
  'moderate',
  'difficult',
  'impossible',
] as const;
/** @public */
export type Substitutability = (typeof SUBSTITUTABILITY_LEVELS)[number];

/** @public */
export const VENDOR_REVIEW_TYPES = [
  'security',
  'financial',
  'due-diligence',
] as const;
/** @public */
export type VendorReviewType = (typeof VENDOR_REVIEW_TYPES)[number];

/** @public */
export const VENDOR_REVIEW_RESULTS = [
  'pass',
  'pass-with-findings',
  'fail',
] as const;
/** @public */
export type VendorReviewResult = (typeof VENDOR_REVIEW_RESULTS)[number];

/** The dimensions a business-impact analysis rates over time. @public */
export const IMPACT_DIMENSIONS = [
  'financial',
  'customer',
  'regulatory',
  'reputational',
] as const;
/** @public */
export type ImpactDimension = (typeof IMPACT_DIMENSIONS)[number];

/** @public */
export const IMPACT_LEVELS = [
  'none',
  'low',
  'medium',
  'high',
  'severe',
] as const;
/** @public */
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];

/** Whether a continuity scenario is our own failure or a vendor's. @public */
export const SCENARIO_TYPES = ['first-party', 'third-party'] as const;
/** @public */
export type ScenarioType = (typeof SCENARIO_TYPES)[number];

/** @public */
export const COMMUNICATION_AUDIENCES = [
  'customers',
  'staff',
  'regulators',
  'partners',
  'executives',
] as const;
/** @public */
export type CommunicationAudience = (typeof COMMUNICATION_AUDIENCES)[number];

/** @public */
export const EXERCISE_TYPES = ['game-day', 'table-top', 'dr-test'] as const;
/** @public */
export type ExerciseType = (typeof EXERCISE_TYPES)[number];

/** @public */
export const EXERCISE_RESULTS = [
  'passed',
  'passed-with-findings',
  'failed',
] as const;
/** @public */
export type ExerciseResult = (typeof EXERCISE_RESULTS)[number];

/** Post-mortems review incidents, and successes too. @public */
export const POSTMORTEM_REVIEW_TYPES = ['incident', 'success'] as const;
/** @public */
export type PostmortemReviewType = (typeof POSTMORTEM_REVIEW_TYPES)[number];

/** @public */
export const POSTMORTEM_STATUSES = ['draft', 'in-review', 'published'] as const;
/** @public */
export type PostmortemStatus = (typeof POSTMORTEM_STATUSES)[number];

/** What kind of remediation an action item is. @public */
export const ACTION_CATEGORIES = ['process', 'monitoring', 'code'] as const;
/** @public */
export type ActionCategory = (typeof ACTION_CATEGORIES)[number];

/** Short-term fix or long-term remediation. @public */
export const ACTION_TERMS = ['short', 'long'] as const;
/** @public */
export type ActionTerm = (typeof ACTION_TERMS)[number];

/** @public */
export const ACTION_STATUSES = [
  'open',
  'in-progress',
  'done',
  'wont-do',
] as const;
/** @public */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** @public */
export const CAPABILITY_CHECK_CATEGORIES = [
  'delivery',
  'quality',
  'operations',
  'resilience',
] as const;
/** @public */
export type CapabilityCheckCategory =
  (typeof CAPABILITY_CHECK_CATEGORIES)[number];

/** Automatic checks run an evaluator; attestations are made by people with evidence. @public */
export const CAPABILITY_CHECK_TYPES = ['automatic', 'attestation'] as const;
/** @public */
export type CapabilityCheckType = (typeof CAPABILITY_CHECK_TYPES)[number];

/** Whether an attestation needs an approver. @public */
export const ATTESTATION_APPROVALS = ['none', 'optional', 'required'] as const;
/** @public */
export type AttestationApproval = (typeof ATTESTATION_APPROVALS)[number];
