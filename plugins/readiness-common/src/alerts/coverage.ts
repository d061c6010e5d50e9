import type { Entity } from '@backstage/catalog-model';
import type { AlertSummary, TitledRef } from './alertSummary';
import {
  CRITICALITY_ANNOTATION_KEY,
  domainOfEntity,
  entityRefKey,
  CatalogLookup,
  displayTitle,
} from './entityLookup';
import type { ProcedureSummary } from './procedureSummary';
import { procedureReviewStatus } from './procedureReviewStatus';

/**
 * The coverage checks of the alert catalog.
 *
 * @public
 */
export const COVERAGE_CHECKS = [
  {
    id: 'critical-jobs',
    title: 'Critical jobs with a positive paging alert',
    description:
      'Every job rated critical has a positive alert that pages: someone is woken when the file or event does not happen.',
  },
  {
    id: 'paging-sop',
    title: 'Paging alerts with an SOP',
    description:
      'Every paging alert names a procedure that exists, so the person paged knows what to do.',
  },
  {
    id: 'paging-routed',
    title: 'Paging alerts routed to PagerDuty',
    description:
      'Every paging alert routes to a PagerDuty service id that a catalog service carries, so it reaches an on-call rota.',
  },
  {
    id: 'procedures-reviewed',
    title: 'Procedures reviewed within their interval',
    description:
      'Every procedure was reviewed within its review interval (12 months when it does not say).',
  },
] as const;

/** @public */
export type CoverageCheckId = (typeof COVERAGE_CHECKS)[number]['id'];

/**
 * How many subjects a check looked at, and how many passed.
 *
 * @public
 */
export interface CoverageTally {
  total: number;
  covered: number;
}

/**
 * One thing that fails a check: the job, alert or procedure, whose it is, and why.
 *
 * @public
 */
export interface CoverageGap {
  check: CoverageCheckId;
  subject: TitledRef;
  owner: TitledRef;
  domain?: TitledRef;
  reason: string;
}

/**
 * The checks' tallies for one domain or squad.
 *
 * @public
 */
export interface CoverageGroup {
  /** The domain or squad; `ref` is empty for subjects without a domain. */
  group: TitledRef;
  checks: Record<CoverageCheckId, CoverageTally>;
}

/**
 * Coverage of the alert catalog on a day: totals per check, by domain and by
 * squad, and every gap.
 *
 * @public
 */
export interface AlertCoverage {
  asOf: string;
  checks: Array<(typeof COVERAGE_CHECKS)[number] & CoverageTally>;
  byDomain: CoverageGroup[];
  bySquad: CoverageGroup[];
  gaps: CoverageGap[];
}

/**
 * What coverage is computed over.
 *
 * @public
 */
export interface AlertCoverageInput {
  alerts: readonly AlertSummary[];
  procedures: readonly ProcedureSummary[];
  /** The catalog's components; the jobs rated critical among them are checked. */
  components: readonly Entity[];
  lookup: CatalogLookup;
  asOf: Date;
}

const NO_DOMAIN: TitledRef = { ref: '', title: 'No domain' };

/** One subject of a check, whether it passed, and why not. */
interface Verdict {
  check: CoverageCheckId;
  subject: TitledRef;
  owner: TitledRef;
  domain?: TitledRef;
  gap?: string;
}

function isCriticalJob(entity: Entity): boolean {
  return (
    entity.kind === 'Component' &&
    entity.spec?.type === 'job' &&
    entity.metadata.annotations?.[CRITICALITY_ANNOTATION_KEY] === 'critical'
  );
}

function jobVerdicts(
  components: readonly Entity[],
  alerts: readonly AlertSummary[],
  lookup: CatalogLookup,
): Verdict[] {
  const watched = new Set(
    alerts
      .filter(alert => alert.type === 'positive' && alert.paging)
      .map(alert => alert.monitors.ref),
  );
  return components.filter(isCriticalJob).map(job => {
    const ownerRef = job.spec?.owner as string;
    const owner = lookup.get(ownerRef, 'group');
    const domain = domainOfEntity(job, lookup) ?? domainOfEntity(owner, lookup);
    const ref = entityRefKey(job)!;
    return {
      check: 'critical-jobs',
      subject: { ref, title: displayTitle(job) },
      owner: owner
        ? { ref: entityRefKey(owner)!, title: displayTitle(owner) }
        : { ref: ownerRef, title: ownerRef },
      domain: domain
        ? { ref: entityRefKey(domain)!, title: displayTitle(domain) }
        : undefined,
      gap: watched.has(ref) ? undefined : 'no positive paging alert',
    };
  });
}

function alertVerdicts(alerts: readonly AlertSummary[]): Verdict[] {
  return alerts
    .filter(alert => alert.paging)
    .flatMap(alert => {
      const base = {
        subject: { ref: alert.ref, title: alert.title },
        owner: alert.owner,
        domain: alert.domain,
      };
      let sopGap: string | undefined;
      if (!alert.procedureRef) {
        sopGap = 'names no procedure';
      } else if (!alert.hasSop) {
        sopGap = `${alert.procedureRef} does not exist`;
      }
      let routeGap: string | undefined;
      if (!alert.pagerDutyServiceId) {
        routeGap = 'names no PagerDuty service';
      } else if (!alert.routedToPagerDuty) {
        routeGap = `PagerDuty service ${alert.pagerDutyServiceId} is not on any catalog service`;
      }
      return [
        { ...base, check: 'paging-sop' as const, gap: sopGap },
        { ...base, check: 'paging-routed' as const, gap: routeGap },
      ];
    });
}

function procedureVerdicts(
  procedures: readonly ProcedureSummary[],
  asOf: Date,
): Verdict[] {
  return procedures.map(procedure => {
    const status = procedureReviewStatus(procedure.reviewDue, asOf);
    let gap: string | undefined;
    if (status.state === 'overdue') {
      gap = status.dueDate
        ? `review was due on ${status.dueDate}`
        : 'never reviewed';
    }
    return {
      check: 'procedures-reviewed',
      subject: { ref: procedure.ref, title: procedure.title },
      owner: procedure.owner,
      domain: procedure.domain,
      gap,
    };
  });
}

function emptyChecks(): Record<CoverageCheckId, CoverageTally> {
  return Object.fromEntries(
    COVERAGE_CHECKS.map(check => [check.id, { total: 0, covered: 0 }]),
  ) as Record<CoverageCheckId, CoverageTally>;
}

function tallyBy(
  verdicts: readonly Verdict[],
  groupOf: (verdict: Verdict) => TitledRef,
): CoverageGroup[] {
  const groups = new Map<string, CoverageGroup>();
  for (const verdict of verdicts) {
    const group = groupOf(verdict);
    let entry = groups.get(group.ref);
    if (!entry) {
      entry = { group, checks: emptyChecks() };
      groups.set(group.ref, entry);
    }
    entry.checks[verdict.check].total += 1;
    if (!verdict.gap) entry.checks[verdict.check].covered += 1;
  }
  return [...groups.values()].sort((a, b) =>
    a.group.title.localeCompare(b.group.title, 'en'),
  );
}

/**
 * Measures the alert catalog against its coverage checks: critical jobs with a
 * positive paging alert, paging alerts with an SOP and a PagerDuty route, and
 * procedures reviewed within their interval.
 *
 * @public
 */
export function computeAlertCoverage(input: AlertCoverageInput): AlertCoverage {
  const verdicts = [
    ...jobVerdicts(input.components, input.alerts, input.lookup),
    ...alertVerdicts(input.alerts),
    ...procedureVerdicts(input.procedures, input.asOf),
  ];
  const totals = emptyChecks();
  for (const verdict of verdicts) {
    totals[verdict.check].total += 1;
    if (!verdict.gap) totals[verdict.check].covered += 1;
  }
  return {
    asOf: input.asOf.toISOString().slice(0, 10),
    checks: COVERAGE_CHECKS.map(check => ({ ...check, ...totals[check.id] })),
    byDomain: tallyBy(verdicts, verdict => verdict.domain ?? NO_DOMAIN),
    bySquad: tallyBy(verdicts, verdict => verdict.owner),
    gaps: verdicts.flatMap(({ gap, ...verdict }) =>
      gap ? [{ ...verdict, reason: gap }] : [],
    ),
  };
}
