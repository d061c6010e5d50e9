import {
  AlertCoverage,
  AlertSummary,
  CatalogLookup,
  computeAlertCoverage,
  createCatalogLookup,
  ErrorCodeEntry,
  indexAlertsByProcedure,
  PagerDutyOnCall,
  ProcedureSummary,
  summarizeAlert,
  summarizeProcedure,
  TitledRef,
} from '@readiness/plugin-alerts-common';
import {
  entityRefKey,
  PostmortemEntity,
} from '@readiness/plugin-readiness-common';
import { RecordsSnapshot } from '@readiness/plugin-readiness-node';
import { indexErrorCodes } from './errorCodes';
import {
  countAlertValues,
  ReviewedProcedure,
  reviewProcedures,
} from './listFields';
import { indexServiceJobs, ServiceJobs } from './serviceJobs';

/** The alert catalog of one snapshot, resolved once and shared by every request. */
export interface AlertsModel {
  snapshot: RecordsSnapshot;
  lookup: CatalogLookup;
  alerts: AlertSummary[];
  procedures: ProcedureSummary[];
  errorCodes: ErrorCodeEntry[];
  /** Post-mortems by the lower-case ref of each service and resource they name. */
  postmortemsByTarget: Map<string, PostmortemEntity[]>;
  /** Which jobs run on which services. */
  serviceJobs: ServiceJobs;
  /** The owners, domains and journeys the alerts have, for the catalog's filters. */
  facets: { owners: TitledRef[]; domains: TitledRef[]; journeys: string[] };
  /** The value counts of all alerts, for the unfiltered catalog. */
  allAlertCounts(): Record<string, Record<string, number>>;
  /** Coverage on the day of `asOf` (UTC), computed once per day and on-call answer. */
  coverageOn(asOf: Date, onCall: PagerDutyOnCall | undefined): AlertCoverage;
  /** The procedures with their review status on the day of `asOf` (UTC), once per day. */
  reviewedProceduresOn(asOf: Date): ReviewedProcedure[];
}

function uniqueByRef(refs: Array<TitledRef | undefined>): TitledRef[] {
  const byRef = new Map<string, TitledRef>();
  for (const ref of refs) {
    if (ref) byRef.set(ref.ref, ref);
  }
  return [...byRef.values()].sort((a, b) =>
    a.title.localeCompare(b.title, 'en'),
  );
}

function indexPostmortems(
  postmortems: readonly PostmortemEntity[],
): Map<string, PostmortemEntity[]> {
  const index = new Map<string, PostmortemEntity[]>();
  for (const postmortem of postmortems) {
    const targets = [
      ...postmortem.spec.services.map(ref => entityRefKey(ref, 'component')),
      ...(postmortem.spec.infrastructure ?? []).map(ref =>
        entityRefKey(ref, 'resource'),
      ),
    ];
    for (const target of new Set(targets)) {
      if (!target) continue;
      index.set(target, [...(index.get(target) ?? []), postmortem]);
    }
  }
  return index;
}

function buildModel(snapshot: RecordsSnapshot): AlertsModel {
  const lookup = createCatalogLookup(snapshot.byRef);
  const alerts = snapshot.alerts.map(alert => summarizeAlert(alert, lookup));
  const alertsByProcedure = indexAlertsByProcedure(snapshot.alerts, lookup);
  const procedures = snapshot.procedures.map(procedure =>
    summarizeProcedure(procedure, lookup, alertsByProcedure),
  );
  let allCounts: Record<string, Record<string, number>> | undefined;
  const days = new Map<
    string,
    {
      coverage?: { onCall?: PagerDutyOnCall; value: AlertCoverage };
      procedures?: ReviewedProcedure[];
    }
  >();
  const day = (asOf: Date) => {
    const key = asOf.toISOString().slice(0, 10);
    if (!days.has(key)) {
      // Only today's (and, around midnight, yesterday's) results are asked for.
      if (days.size > 1) days.clear();
      days.set(key, {});
    }
    return days.get(key)!;
  };
  return {
    allAlertCounts() {
      allCounts ??= countAlertValues(alerts);
      return allCounts;
    },
    coverageOn(asOf, onCall) {
      const cached = day(asOf);
      // The on-call answer is kept for a while and then replaced: a new one means new figures.
      if (!cached.coverage || cached.coverage.onCall !== onCall) {
        cached.coverage = {
          onCall,
          value: computeAlertCoverage({
            alerts,
            procedures,
            components: snapshot.catalog,
            lookup,
            asOf,
            onCall,
          }),
        };
      }
      return cached.coverage.value;
    },
    reviewedProceduresOn(asOf) {
      const cached = day(asOf);
      cached.procedures ??= reviewProcedures(procedures, asOf);
      return cached.procedures;
    },
    snapshot,
    lookup,
    alerts,
    procedures,
    errorCodes: indexErrorCodes(alerts),
    postmortemsByTarget: indexPostmortems(snapshot.postmortems),
    serviceJobs: indexServiceJobs(snapshot.catalog, lookup),
    facets: {
      owners: uniqueByRef(alerts.map(alert => alert.owner)),
      domains: uniqueByRef(alerts.map(alert => alert.domain)),
      journeys: [
        ...new Set(
          alerts.flatMap(alert => (alert.journey ? [alert.journey] : [])),
        ),
      ].sort(),
    },
  };
}

const models = new WeakMap<RecordsSnapshot, AlertsModel>();

/** The model of a snapshot, built on first use; a newer snapshot gets a new one. */
export function alertsModel(snapshot: RecordsSnapshot): AlertsModel {
  let model = models.get(snapshot);
  if (!model) {
    model = buildModel(snapshot);
    models.set(snapshot, model);
  }
  return model;
}
