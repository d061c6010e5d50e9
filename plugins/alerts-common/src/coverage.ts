import type { Entity } from '@backstage/catalog-model';
import type { AlertSummary, TitledRef } from './alertSummary';
import { entityRefKey } from '@readiness/plugin-readiness-common';
import {
  CRITICALITY_ANNOTATION_KEY,
  domainOfEntity,
  CatalogLookup,
} from './entityLookup';
import type {
  OnCallGroup,
  OnCallGroupLevel,
} from '@readiness/plugin-oncall-common';
import type { ProcedureSummary } from './procedureSummary';
import { procedureReviewStatus } from './procedureReviewStatus';
import { entityTitle } from '@readiness/plugin-readiness-api-common';

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
    title: 'Paging alerts routed to PagerDuty with someone on call',
    description:
      "Every paging alert routes to a PagerDuty service id that a catalog service carries, and someone is on call now at the first level of that service's escalation policy.",
  },
  {
    id: 'procedures-reviewed',
    title: 'Procedures reviewed within their interval',
    description:
      'Every procedure was reviewed within its review interval (12 months when it does not say).',
  },
] as const;

/** The id of one of COVERAGE_CHECKS. @public */
export type CoverageCheckId = (typeof COVERAGE_CHECKS)[number]['id'];

/**
 * How many subjects a check looked at, how many passed, and how many could not
 * be judged (on-call data unavailable); the rest are gaps.
 *
 * @public
 */
export interface CoverageTally {
  total: number;
  covered: number;
  unknown: number;
}

/**
 * Who is on call now, as PagerDuty reports it: the PagerDuty service ids with
 * someone on call at the first level of their escalation policy, or why that
 * is not known.
 *
 * @public
 */
export type PagerDutyOnCall =
  | { available: true; servicesOnCall: ReadonlySet<string> }
  | { available: false; reason: string };

/**
 * The PagerDuty services with someone on call now at the first level of their
 * escalation policy: a page to them reaches a person without waiting for an
 * escalation.
 *
 * @public
 */
export function pagerDutyServicesOnCall(
  groups: ReadonlyArray<Pick<OnCallGroup, 'escalationPolicy' | 'levels'>>,
): Set<string> {
  const services = new Set<string>();
  for (const group of groups) {
    const first = group.levels.reduce<OnCallGroupLevel | undefined>(
      (lowest, level) =>
        !lowest || level.level < lowest.level ? level : lowest,
      undefined,
    );
    if (first && first.now.length > 0) {
      for (const id of group.escalationPolicy.serviceIds ?? [])
        services.add(id);
    }
  }
  return services;
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
  /** Each check's tally; `unavailable` says why some of its subjects could not be judged. */
  checks: Array<
    (typeof COVERAGE_CHECKS)[number] & CoverageTally & { unavailable?: string }
  >;
  byDomain: CoverageGroup[];
  bySquad: CoverageGroup[];
  gaps: CoverageGap[];
}

/**
 * `GET /coverage`: each check's totals and the tallies by domain; the tallies by squad
 * (`GET /coverage/squads`) and the gaps (`GET /coverage/gaps`) are asked for a page at a time
 * as they are shown.
 *
 * @public
 */
export type AlertCoverageSummary = Omit<AlertCoverage, 'bySquad' | 'gaps'>;

/**
 * The number of gaps a tally leaves: what was judged and did not pass.
 *
 * @public
 */
export function gapCount({ covered, total, unknown }: CoverageTally): number {
  return total - covered - unknown;
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
  /**
   * Who is on call now. Without it (or when unavailable) routed paging alerts
   * count as unknown, never as covered.
   */
  onCall?: PagerDutyOnCall;
}

const NO_DOMAIN: TitledRef = { ref: '', title: 'No domain' };

/** One subject of a check, whether it passed, and why not; `unknown` when it cannot be told. */
interface Verdict {
  check: CoverageCheckId;
  subject: TitledRef;
  owner: TitledRef;
  domain?: TitledRef;
  gap?: string;
  unknown?: boolean;
}

const NOT_CONSULTED: PagerDutyOnCall = {
  available: false,
  reason: 'on-call data was not consulted',
};

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
      subject: { ref, title: entityTitle(job) },
      owner: owner
        ? { ref: entityRefKey(owner)!, title: entityTitle(owner) }
        : { ref: ownerRef, title: ownerRef },
      domain: domain
        ? { ref: entityRefKey(domain)!, title: entityTitle(domain) }
        : undefined,
      gap: watched.has(ref) ? undefined : 'no positive paging alert',
    };
  });
}

function routeVerdict(
  alert: AlertSummary,
  onCall: PagerDutyOnCall,
): Pick<Verdict, 'gap' | 'unknown'> {
  if (!alert.pagerDutyServiceId) {
    return { gap: 'names no PagerDuty service' };
  }
  if (!alert.routedToPagerDuty) {
    return {
      gap: `PagerDuty service ${alert.pagerDutyServiceId} is not on any catalog service`,
    };
  }
  if (!onCall.available) {
    return { unknown: true };
  }
  return onCall.servicesOnCall.has(alert.pagerDutyServiceId)
    ? {}
    : {
        gap: `nobody is on call now for PagerDuty service ${alert.pagerDutyServiceId}`,
      };
}

function alertVerdicts(
  alerts: readonly AlertSummary[],
  onCall: PagerDutyOnCall,
): Verdict[] {
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
      return [
        { ...base, check: 'paging-sop' as const, gap: sopGap },
        {
          ...base,
          check: 'paging-routed' as const,
          ...routeVerdict(alert, onCall),
        },
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
    COVERAGE_CHECKS.map(check => [
      check.id,
      { total: 0, covered: 0, unknown: 0 },
    ]),
  ) as Record<CoverageCheckId, CoverageTally>;
}

function count(tally: CoverageTally, verdict: Verdict) {
  tally.total += 1;
  if (verdict.unknown) tally.unknown += 1;
  else if (!verdict.gap) tally.covered += 1;
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
    count(entry.checks[verdict.check], verdict);
  }
  return [...groups.values()].sort((a, b) =>
    a.group.title.localeCompare(b.group.title, 'en'),
  );
}

/**
 * Measures the alert catalog against its coverage checks: critical jobs with a
 * positive paging alert, paging alerts with an SOP, paging alerts routed to a
 * PagerDuty service with someone on call, and procedures reviewed within their
 * interval.
 *
 * @public
 */
export function computeAlertCoverage(input: AlertCoverageInput): AlertCoverage {
  const onCall = input.onCall ?? NOT_CONSULTED;
  const verdicts = [
    ...jobVerdicts(input.components, input.alerts, input.lookup),
    ...alertVerdicts(input.alerts, onCall),
    ...procedureVerdicts(input.procedures, input.asOf),
  ];
  const totals = emptyChecks();
  for (const verdict of verdicts) {
    count(totals[verdict.check], verdict);
  }
  const unavailable = onCall.available
    ? undefined
    : `PagerDuty data unavailable: ${onCall.reason}`;
  return {
    asOf: input.asOf.toISOString().slice(0, 10),
    checks: COVERAGE_CHECKS.map(check => ({
      ...check,
      ...totals[check.id],
      ...(unavailable && totals[check.id].unknown > 0 ? { unavailable } : {}),
    })),
    byDomain: tallyBy(verdicts, verdict => verdict.domain ?? NO_DOMAIN),
    bySquad: tallyBy(verdicts, verdict => verdict.owner),
    gaps: verdicts.flatMap(({ gap, unknown: _unknown, ...verdict }) =>
      gap ? [{ ...verdict, reason: gap }] : [],
    ),
  };
}
