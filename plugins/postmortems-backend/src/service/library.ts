import { Entity } from '@backstage/catalog-model';
import {
  doraStatus,
  isCustomerImpacting,
  PostmortemSummary,
  publicationTimeliness,
  readTimestamp,
} from '@readiness/plugin-postmortems-common';
import {
  isOpenAction,
  normalizeEntityRef,
  PostmortemEntity,
  SQUAD_DOMAIN_ANNOTATION,
} from '@readiness/plugin-readiness-common';

/**
 * The domains a post-mortem belongs to: those of its services' systems, or,
 * when no service has one, the domain its owning squad declares.

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
 * against `today` (YYYY-MM-DD), DORA classification and report states, and action counts.

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
  // Reports count as overdue from the start of the day (UTC) the views are built for.
  const dora = doraStatus(spec, Date.parse(`${options.today}T00:00:00Z`));
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
    classification: dora.classification,
    doraReports: [...new Set(dora.clocks.map(clock => clock.state))],
    incidents: spec.incidents ?? [],
    openActions: openActions.length,
    overdueActions: openActions.filter(action => action.due < options.today)
      .length,
  };
}
