// The controlled vocabularies of the record contract. Schemas, validators and
// views all read these lists, so a new value is added here and nowhere else.

/** How bad an alert or an incident is. @public */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
/** One of SEVERITIES. @public */
export type Severity = (typeof SEVERITIES)[number];

/** How important a vendor or a business function is. @public */
export const CRITICALITIES = ['critical', 'high', 'medium', 'low'] as const;
/** One of CRITICALITIES. @public */
export type Criticality = (typeof CRITICALITIES)[number];

/** Share of active users an incident affected. @public */
export const CUSTOMER_IMPACT_BUCKETS = [
  'none',
  '<10%',
  '10-25%',
  '25-50%',
  '>50%',
] as const;
/** One of CUSTOMER_IMPACT_BUCKETS. @public */
export type CustomerImpactBucket = (typeof CUSTOMER_IMPACT_BUCKETS)[number];

/** Positive: an expected event did not happen; negative: a bad event happened. @public */
export const ALERT_TYPES = ['positive', 'negative'] as const;
/** One of ALERT_TYPES. @public */
export type AlertType = (typeof ALERT_TYPES)[number];

/** Where an alert's signal comes from. @public */
export const ALERT_SOURCES = ['log', 'metric', 'synthetic', 'job'] as const;
/** One of ALERT_SOURCES. @public */
export type AlertSource = (typeof ALERT_SOURCES)[number];

/** Who is at fault when an error code shows up. @public */
export const ERROR_CODE_CLASSES = [
  'business',
  'application',
  'system',
] as const;
/** One of ERROR_CODE_CLASSES. @public */
export type ErrorCodeClass = (typeof ERROR_CODE_CLASSES)[number];

/** What a procedure is: an SOP, a runbook, an owner's manual, a checklist or a script template. @public */
export const PROCEDURE_TYPES = [
  'sop',
  'runbook',
  'owners-manual',
  'checklist',
  'script-template',
] as const;
/** One of PROCEDURE_TYPES. @public */
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
/** One of SCRIPT_LANGUAGES. @public */
export type ScriptLanguage = (typeof SCRIPT_LANGUAGES)[number];

/** The types a script template's parameter may have. @public */
export const SCRIPT_PARAMETER_TYPES = [
  'string',
  'date',
  'integer',
  'enum',
] as const;
/** One of SCRIPT_PARAMETER_TYPES. @public */
export type ScriptParameterType = (typeof SCRIPT_PARAMETER_TYPES)[number];

/** Relative defaults a date parameter may have besides a YYYY-MM-DD date. @public */
export const RELATIVE_DATE_DEFAULTS = ['today', 'yesterday'] as const;

/** The ICT service a vendor provides, as the DORA register classes it. @public */
export const ICT_SERVICE_TYPES = [
  'cloud-infrastructure', 'payment-processing', 'data-provider', 'software-saas',
  'communications', 'security', 'network', 'professional-services',
] as const;
/** One of ICT_SERVICE_TYPES. @public */
export type IctServiceType = (typeof ICT_SERVICE_TYPES)[number];

/** How hard a vendor is to replace. @public */
export const SUBSTITUTABILITY_LEVELS = ['easy', 'moderate', 'difficult', 'impossible'] as const;
/** One of SUBSTITUTABILITY_LEVELS. @public */
export type Substitutability = (typeof SUBSTITUTABILITY_LEVELS)[number];

// What the DORA register of information asks of a vendor beyond the above; each value maps to one
// option of the register's closed lists (docs/dora-register.md).
/** DORA: the kind of contractual arrangement. @public */
export const DORA_CONTRACT_TYPES = ['standalone', 'overarching', 'subsequent'] as const;
/** DORA: why a contract ended. @public */
export const DORA_TERMINATION_REASONS = [
  'expired', 'provider-breach', 'provider-impediment', 'data-security-weakness', 'authority-request', 'other',
] as const;
/** DORA: how sensitive the data a vendor stores is. @public */
export const DORA_DATA_SENSITIVITIES = ['low', 'medium', 'high'] as const;
/** DORA: how much a critical or important function relies on the service. @public */
export const DORA_RELIANCE_LEVELS = ['not-significant', 'low', 'material', 'full'] as const;
/** DORA: why a vendor is hard or impossible to replace. @public */
export const DORA_SUBSTITUTABILITY_REASONS = ['no-alternatives', 'migration', 'both'] as const;
/** DORA: how hard taking the service back in-house would be. @public */
export const DORA_REINTEGRATION_LEVELS = ['easy', 'difficult', 'highly-complex'] as const;

/** What a vendor review looked at. @public */
export const VENDOR_REVIEW_TYPES = ['security', 'financial', 'due-diligence'] as const;
/** One of VENDOR_REVIEW_TYPES. @public */
export type VendorReviewType = (typeof VENDOR_REVIEW_TYPES)[number];

/** What a vendor review concluded. @public */
export const VENDOR_REVIEW_RESULTS = [
  'pass',
  'pass-with-findings',
  'fail',
] as const;
/** One of VENDOR_REVIEW_RESULTS. @public */
export type VendorReviewResult = (typeof VENDOR_REVIEW_RESULTS)[number];

/** The dimensions a business-impact analysis rates over time. @public */
export const IMPACT_DIMENSIONS = [
  'financial',
  'customer',
  'regulatory',
  'reputational',
] as const;
/** One of IMPACT_DIMENSIONS. @public */
export type ImpactDimension = (typeof IMPACT_DIMENSIONS)[number];

/** How severe a business impact is at one point in time. @public */
export const IMPACT_LEVELS = [
  'none',
  'low',
  'medium',
  'high',
  'severe',
] as const;
/** One of IMPACT_LEVELS. @public */
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];

/** Whether a continuity scenario is our own failure or a vendor's. @public */
export const SCENARIO_TYPES = ['first-party', 'third-party'] as const;
/** One of SCENARIO_TYPES. @public */
export type ScenarioType = (typeof SCENARIO_TYPES)[number];

/** Who a continuity plan tells during a disruption. @public */
export const COMMUNICATION_AUDIENCES = [
  'customers',
  'staff',
  'regulators',
  'partners',
  'executives',
] as const;
/** One of COMMUNICATION_AUDIENCES. @public */
export type CommunicationAudience = (typeof COMMUNICATION_AUDIENCES)[number];

/** How a continuity plan is exercised. @public */
export const EXERCISE_TYPES = ['game-day', 'table-top', 'dr-test'] as const;
/** One of EXERCISE_TYPES. @public */
export type ExerciseType = (typeof EXERCISE_TYPES)[number];

/** How an exercise went. @public */
export const EXERCISE_RESULTS = [
  'passed',
  'passed-with-findings',
  'failed',
] as const;
/** One of EXERCISE_RESULTS. @public */
export type ExerciseResult = (typeof EXERCISE_RESULTS)[number];

/** Post-mortems review incidents, and successes too. @public */
export const POSTMORTEM_REVIEW_TYPES = ['incident', 'success'] as const;
/** One of POSTMORTEM_REVIEW_TYPES. @public */
export type PostmortemReviewType = (typeof POSTMORTEM_REVIEW_TYPES)[number];

/** Where a post-mortem is on its way to publication. @public */
export const POSTMORTEM_STATUSES = ['draft', 'in-review', 'published'] as const;
/** One of POSTMORTEM_STATUSES. @public */
export type PostmortemStatus = (typeof POSTMORTEM_STATUSES)[number];

/** What kind of remediation an action item is. @public */
export const ACTION_CATEGORIES = ['process', 'monitoring', 'code'] as const;
/** One of ACTION_CATEGORIES. @public */
export type ActionCategory = (typeof ACTION_CATEGORIES)[number];

/** Short-term fix or long-term remediation. @public */
export const ACTION_TERMS = ['short', 'long'] as const;
/** One of ACTION_TERMS. @public */
export type ActionTerm = (typeof ACTION_TERMS)[number];

/** Where a remediation action stands. @public */
export const ACTION_STATUSES = [
  'open',
  'in-progress',
  'done',
  'wont-do',
] as const;
/** One of ACTION_STATUSES. @public */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The areas a capability model's checks cover. @public */
export const CAPABILITY_CHECK_CATEGORIES = [
  'delivery',
  'quality',
  'operations',
  'resilience',
] as const;
/** One of CAPABILITY_CHECK_CATEGORIES. @public */
export type CapabilityCheckCategory =
  (typeof CAPABILITY_CHECK_CATEGORIES)[number];

/** Automatic checks run an evaluator; attestations are made by people with evidence. @public */
export const CAPABILITY_CHECK_TYPES = ['automatic', 'attestation'] as const;
/** One of CAPABILITY_CHECK_TYPES. @public */
export type CapabilityCheckType = (typeof CAPABILITY_CHECK_TYPES)[number];

/** Whether an attestation needs an approver. @public */
export const ATTESTATION_APPROVALS = ['none', 'optional', 'required'] as const;
/** One of ATTESTATION_APPROVALS. @public */
export type AttestationApproval = (typeof ATTESTATION_APPROVALS)[number];
