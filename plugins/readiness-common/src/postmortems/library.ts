import { Entity } from '@backstage/catalog-model';
import type {
  CustomerImpactBucket,
  PostmortemEntity,
  PostmortemReviewType,
  PostmortemStatus,
  Severity,
} from '../kinds';
import { isOpenAction } from './actionItems';
import { normalizeEntityRef } from './refs';
import { publicationTimeliness, PublicationTimeliness } from './publication';
import { readTimestamp } from './calendar';
import { isCustomerImpacting } from './timings';

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
  /** Actions not done or dropped, and those of them past their due date. */
  openActions: number;
  overdueActions: number;
}

/** The squad annotation that names a squad's domain. @public */
export const SQUAD_DOMAIN_ANNOTATION = 'readiness.dev/domain';

/**
 * The domains a post-mortem belongs to: those of its services' systems, or,
 * when no service has one, the domain its owning squad declares.
 *
 * @public
 */
export function postmortemDomains(
  postmortem: PostmortemEntity,
  lookup: (ref: string) => Entity | undefined,
): string[] {
  const domains = new Set<string>();
  for (const service of postmortem.spec.services) {
    const system = lookup(normalizeEntityRef(service))?.spec?.system;
    if (typeof system !== 'string') continue;
    const domain = lookup(normalizeEntityRef(system, 'system'))?.spec?.domain;
    if (typeof domain === 'string') {
      domains.add(normalizeEntityRef(domain, 'domain'));
    }
  }
  if (domains.size === 0) {
    const squadDomain = lookup(normalizeEntityRef(postmortem.spec.owner))
      ?.metadata.annotations?.[SQUAD_DOMAIN_ANNOTATION];
    if (squadDomain) {
      domains.add(normalizeEntityRef(squadDomain, 'domain'));
    }
  }
  return [...domains].sort();
}

/**
 * A post-mortem's library row: its facts, timings, publication timeliness
 * against `today` (YYYY-MM-DD) and action counts.
 *
 * @public
 */
export function summarizePostmortem(
  postmortem: PostmortemEntity,
  options: { today: string; lookup: (ref: string) => Entity | undefined },
): PostmortemSummary {
  const { spec, metadata } = postmortem;
  const openActions = (spec.actions ?? []).filter(isOpenAction);
  // Each timestamp is read once: at scale this is the costly part.
  const started = readTimestamp(spec.startedAt);
  const detected = readTimestamp(spec.detectedAt);
  const resolved = readTimestamp(spec.resolvedAt);
  const startedMs = started?.ms ?? NaN;
  const minutesSinceStart = (end?: { ms: number }) =>
    end && started ? (end.ms - started.ms) / 60_000 : undefined;
  return {
    ref: normalizeEntityRef(
      `postmortem:${metadata.namespace ?? 'default'}/${metadata.name}`,
    ),
    name: metadata.name,
    title: metadata.title ?? metadata.name,
    summary: spec.summary,
    reviewType: spec.reviewType,
    status: spec.status,
    severity: spec.severity,
    customerImpact: spec.customerImpact,
    customerImpacting: isCustomerImpacting(spec),
    owner: normalizeEntityRef(spec.owner, 'group'),
    services: spec.services.map(ref => normalizeEntityRef(ref, 'component')),
    infrastructure: (spec.infrastructure ?? []).map(ref =>
      normalizeEntityRef(ref, 'resource'),
    ),
    domains: postmortemDomains(postmortem, options.lookup),
    journeys: spec.journeys ?? [],
    taxonomy: spec.taxonomy ?? [],
    startedAt: spec.startedAt,
    startedOn: started?.utcDate ?? '',
    startedMonth: started?.utcMonth ?? '',
    startedMs,
    endedMs: resolved?.ms ?? startedMs,
    detectedAt: spec.detectedAt,
    resolvedAt: spec.resolvedAt,
    publishedAt: spec.publishedAt,
    durationMinutes: minutesSinceStart(resolved),
    timeToDetectMinutes: minutesSinceStart(detected),
    publication: publicationTimeliness(
      spec,
      options.today,
      resolved ?? started,
    ),
    openActions: openActions.length,
    overdueActions: openActions.filter(action => action.due < options.today)
      .length,
  };
}
