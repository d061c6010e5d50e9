import type { Entity } from '@backstage/catalog-model';
import type { READINESS_API_VERSION } from './constants';
import type { RemediationAction } from './actions';
import type {
  CustomerImpactBucket,
  PostmortemReviewType,
  PostmortemStatus,
  Severity,
} from './vocabularies';

/**
 * A review of an incident, or of a success.
 *
 * @public
 */
export interface PostmortemEntity extends Entity {
  apiVersion: typeof READINESS_API_VERSION;
  kind: 'Postmortem';
  spec: {
    reviewType: PostmortemReviewType;
    status: PostmortemStatus;
    /** Group ref. */
    owner: string;
    /** Required for incident reviews. */
    severity?: Severity;
    /** Required for incident reviews. */
    customerImpact?: CustomerImpactBucket;
    /** PagerDuty incident ids. */
    incidents?: string[];
    startedAt: string;
    /** Required for incident reviews. */
    detectedAt?: string;
    mitigatedAt?: string;
    /** Required for incident reviews. */
    resolvedAt?: string;
    /** Required once published. */
    publishedAt?: string;
    /** Component refs. */
    services: string[];
    /** Resource refs. */
    infrastructure?: string[];
    journeys?: string[];
    /** Root-cause taxonomy tag ids, `<category>/<tag>`. */
    taxonomy?: string[];
    summary: string;
    rootCause?: string;
    fiveWhys?: string[];
    wentWell?: string[];
    wentWrong?: string[];
    lucky?: string[];
    timeline?: Array<{ at: string; event: string }>;
    actions?: RemediationAction[];
    /** User refs. */
    participants?: string[];
    details?: string;
    dora?: PostmortemDoraFacts;
  };
}

/** The facts classifying an incident under DORA (2024/1772), fields in docs/records.md. @public */
export type PostmortemDoraFacts = {
  criticalServicesAffected?: boolean;
  maliciousAccess?: boolean;
  clientsAffected?: number;
  clientsAffectedPercent?: number;
  counterpartsAffectedPercent?: number;
  relevantClientsAffected?: boolean;
  transactionsAffected?: number;
  transactionsAffectedPercent?: number;
  transactionsValuePercent?: number;
  serviceDowntime?: string;
  memberStates?: string[];
  dataLosses?: string[];
  reputationalImpact?: string[];
  economicImpact?: { amount: number; currency: string };
  classifiedAt?: string;
  reports?: { initial?: string; intermediate?: string; final?: string };
};
