import type {
  CustomerImpactBucket,
  PostmortemReviewType,
  PostmortemStatus,
  Severity,
} from '@readiness/plugin-readiness-common';
import type { DoraClassification, DoraReportState } from './dora';
import type { PublicationTimeliness } from './publication';

/**
 * One post-mortem as the library lists it and the analytics count it. Entity
 * refs are full and lower-case (`component:default/payment-gateway`).
 *
 * @public
 */
export interface PostmortemSummary {
  ref: string;
  name: string;
  title: string;
  summary: string;
  reviewType: PostmortemReviewType;
  status: PostmortemStatus;
  severity?: Severity;
  customerImpact?: CustomerImpactBucket;
  customerImpacting: boolean;
  /** The owning squad's ref. */
  owner: string;
  services: string[];
  infrastructure: string[];
  /** Domain refs of the services' systems, or of the owning squad. */
  domains: string[];
  journeys: string[];
  /** Root-cause taxonomy tag ids, `<category>/<tag>`. */
  taxonomy: string[];
  startedAt: string;
  /** The UTC day and month the incident started, for periods and monthly series. */
  startedOn: string;
  startedMonth: string;
  /** startedAt, and resolvedAt or else startedAt, in epoch milliseconds. */
  startedMs: number;
  endedMs: number;
  detectedAt?: string;
  resolvedAt?: string;
  publishedAt?: string;
  /** resolvedAt − startedAt, in minutes. */
  durationMinutes?: number;
  /** detectedAt − startedAt, in minutes. */
  timeToDetectMinutes?: number;
  publication: PublicationTimeliness;
  /** Its classification under DORA (Delegated Regulation (EU) 2024/1772). */
  classification: DoraClassification;
  /** The states of its DORA reports when major (one entry per state), else empty. */
  doraReports: DoraReportState[];
  /** The PagerDuty incident ids it reviews. */
  incidents: string[];
  /** Actions not done or dropped, and those of them past their due date. */
  openActions: number;
  overdueActions: number;
}
