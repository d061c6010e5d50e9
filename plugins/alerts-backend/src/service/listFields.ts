import {
  ALERT_CATALOG_FIELDS,
  AlertCatalogField,
  AlertFilterField,
  AlertSummary,
  CoverageGap,
  CoverageGapFilterField,
  CoverageGroup,
  CoverageSquadSortField,
  COVERAGE_CHECKS,
  gapCount,
  ErrorCodeEntry,
  ErrorCodeFilterField,
  PROCEDURE_REVIEW_STATES,
  ProcedureFilterField,
  procedureReviewStatus,
  ProcedureReviewStatus,
  ProcedureRow,
  NO_DOMAIN_FILTER,
  ProcedureSummary,
  severityRank,
} from '@readiness/plugin-alerts-common';
import { ListFields } from '@readiness/plugin-readiness-node';

const alertTexts = new WeakMap<AlertSummary, string>();

/** How the alert catalog filters, sorts and searches alerts. */
export const alertListFields: ListFields<AlertSummary> = {
  filters: {
    severity: alert => alert.severity,
    paging: alert => alert.paging,
    owner: alert => alert.owner.ref,
    domain: alert => alert.domain?.ref,
    journey: alert => alert.journey,
    type: alert => alert.type,
    source: alert => alert.source,
    errorClass: alert => alert.errorCodeClasses,
    hasSop: alert => alert.hasSop,
    pagerDuty: alert => alert.routedToPagerDuty,
    monitors: alert => alert.monitors.ref,
  } satisfies Record<
    AlertFilterField,
    ListFields<AlertSummary>['filters'][string]
  >,
  sorts: {
    title: alert => alert.title.toLowerCase(),
    severity: alert => severityRank(alert.severity),
    owner: alert => alert.owner.title.toLowerCase(),
    domain: alert => alert.domain?.title.toLowerCase(),
    monitors: alert => alert.monitors.title.toLowerCase(),
    journey: alert => alert.journey,
    type: alert => alert.type,
    source: alert => alert.source,
    cutoff: alert => alert.cutoff,
  },
  text: alert => {
    // Built once per alert: free-text search reads it for every alert of the snapshot.
    let text = alertTexts.get(alert);
    if (text === undefined) {
      text = [
        alert.name,
        alert.title,
        alert.description,
        alert.meaning,
        alert.monitors.title,
        alert.owner.title,
        alert.journey,
        ...alert.errorCodes.map(code => code.code),
      ].join(' ');
      alertTexts.set(alert, text);
    }
    return text;
  },
  defaultSort: 'severity',
};

/** How many of the rows have each value of each counted field. */
export function countAlertValues(
  rows: readonly AlertSummary[],
): Record<string, Record<string, number>> {
  // Maps rather than objects keyed by ref: this runs over every matching alert.
  const counts = new Map<string, Map<string, number>>(
    ALERT_CATALOG_FIELDS.map(field => [field, new Map()]),
  );
  const counter = (field: AlertCatalogField) => {
    const byValue = counts.get(field)!;
    return (value: string | undefined) => {
      if (value !== undefined)
        byValue.set(value, (byValue.get(value) ?? 0) + 1);
    };
  };
  const severity = counter('severity');
  const paging = counter('paging');
  const type = counter('type');
  const source = counter('source');
  const errorClass = counter('errorClass');
  const hasSop = counter('hasSop');
  const pagerDuty = counter('pagerDuty');
  const owner = counter('owner');
  const domain = counter('domain');
  const journey = counter('journey');
  for (const alert of rows) {
    severity(alert.severity);
    paging(String(alert.paging));
    type(alert.type);
    source(alert.source);
    for (const value of alert.errorCodeClasses) errorClass(value);
    hasSop(String(alert.hasSop));
    pagerDuty(String(alert.routedToPagerDuty));
    owner(alert.owner.ref);
    domain(alert.domain?.ref);
    journey(alert.journey);
  }
  return Object.fromEntries(
    [...counts].map(([field, byValue]) => [field, Object.fromEntries(byValue)]),
  );
}

/**
 * A procedure with everything the SOP library filters on (its alerts, domain, what it applies
 * to) and its review status today; an answer carries its {@link ProcedureRow}.
 */
export type ReviewedProcedure = ProcedureSummary & {
  review: ProcedureReviewStatus;
};

/** How the SOP library filters, sorts and searches procedures; overdue first by default. */
export const procedureListFields: ListFields<ReviewedProcedure> = {
  filters: {
    type: row => row.type,
    owner: row => row.owner.ref,
    service: row => row.services.map(service => service.ref),
    domain: row => row.domain?.ref,
    review: row => row.review.state,
    alert: row => row.alerts.map(alert => alert.ref),
  } satisfies Record<
    ProcedureFilterField,
    ListFields<ReviewedProcedure>['filters'][string]
  >,
  sorts: {
    // Most urgent state first; within it the longest overdue first.
    review: row =>
      `${PROCEDURE_REVIEW_STATES.indexOf(row.review.state)} ${
        row.reviewDue ?? '0000-00-00'
      }`,
    due: row => row.reviewDue,
    title: row => row.title.toLowerCase(),
    type: row => row.type,
    owner: row => row.owner.title.toLowerCase(),
  },
  text: row =>
    [
      row.name,
      row.title,
      row.description,
      row.owner.title,
      ...row.services.map(service => service.title),
    ].join(' '),
  defaultSort: 'review',
};

/** Procedures with their review status on the day of `asOf`. */
export function reviewProcedures(
  procedures: readonly ProcedureSummary[],
  asOf: Date,
): ReviewedProcedure[] {
  return procedures.map(procedure => ({
    ...procedure,
    review: procedureReviewStatus(procedure.reviewDue, asOf),
  }));
}

/** What a list sends of a procedure: what its table shows, the alerts as a count. */
export function procedureRow(procedure: ReviewedProcedure): ProcedureRow {
  return {
    ref: procedure.ref,
    name: procedure.name,
    title: procedure.title,
    description: procedure.description,
    type: procedure.type,
    owner: procedure.owner,
    services: procedure.services,
    lastReviewed: procedure.lastReviewed,
    reviewInterval: procedure.reviewInterval,
    reviewDue: procedure.reviewDue,
    hasTechDocs: procedure.hasTechDocs,
    alertCount: procedure.alerts.length,
    review: procedure.review,
  };
}

/** How the error-code view filters, sorts and searches codes. */
export const errorCodeListFields: ListFields<ErrorCodeEntry> = {
  filters: {
    class: entry => entry.class,
    owner: entry => entry.owners.map(owner => owner.ref),
  } satisfies Record<
    ErrorCodeFilterField,
    ListFields<ErrorCodeEntry>['filters'][string]
  >,
  sorts: {
    code: entry => entry.code,
    alerts: entry => entry.alerts.length,
  },
  text: entry =>
    [
      entry.code,
      ...entry.meanings,
      ...entry.alerts.map(alert => alert.title),
    ].join(' '),
};

/** How `GET /coverage/gaps` filters and searches the gaps, in the order coverage lists them. */
export const coverageGapListFields: ListFields<CoverageGap> = {
  filters: {
    check: gap => gap.check,
    domain: gap => gap.domain?.ref ?? NO_DOMAIN_FILTER,
    owner: gap => gap.owner.ref,
  } satisfies Record<
    CoverageGapFilterField,
    ListFields<CoverageGap>['filters'][string]
  >,
  sorts: {},
  text: gap => `${gap.subject.title} ${gap.reason} ${gap.owner.title}`,
};

/**
 * How `GET /coverage/squads` sorts and searches the squads' tallies: by title (the default),
 * by gaps over every check, or by gaps in one check (`COVERAGE_SQUAD_SORT_FIELDS`).
 */
export const coverageSquadListFields: ListFields<CoverageGroup> = {
  filters: {},
  sorts: {
    squad: group => group.group.title.toLocaleLowerCase('en-US'),
    gaps: group =>
      COVERAGE_CHECKS.reduce(
        (sum, check) => sum + gapCount(group.checks[check.id]),
        0,
      ),
    ...Object.fromEntries(
      COVERAGE_CHECKS.map(check => [
        check.id,
        (group: CoverageGroup) => gapCount(group.checks[check.id]),
      ]),
    ),
  } satisfies Partial<
    Record<CoverageSquadSortField, ListFields<CoverageGroup>['sorts'][string]>
  >,
  text: group => group.group.title,
  defaultSort: 'squad',
};
