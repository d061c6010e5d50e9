import { CompoundEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  ALERT_OWNERS_SHOWN,
  AlertCoverage,
  AlertCoverageSummary,
  AlertDetails,
  AlertFacets,
  AlertOwnerSearch,
  AlertPage,
  AlertSummary,
  ErrorCodeEntry,
  ErrorCodePage,
  Operations,
  PagerDutyOnCall,
  PostmortemLink,
  TitledRef,
  CoverageGap,
  ProcedureDetails,
  ProcedureRow,
  CoverageGroup,
} from '@readiness/plugin-alerts-common';
import {
  entityRefKey,
  isAlertEntity,
  isProcedureEntity,
  PostmortemEntity,
  ProcedureEntity,
} from '@readiness/plugin-readiness-common';
import {
  entityTitle,
  ListPage,
  toCsv,
} from '@readiness/plugin-readiness-api-common';
import {
  AnswerCache,
  applyListQuery,
  filterRows,
  ListQuery,
  mostCommon,
  searchMostCommon,
  RecordsIndexService,
  RecordsSnapshot,
} from '@readiness/plugin-readiness-node';
import { AlertsModel, alertsModel } from './alertsModel';
import { indexErrorCodes } from './errorCodes';
import {
  alertListFields,
  countAlertValues,
  coverageGapListFields,
  coverageSquadListFields,
  errorCodeListFields,
  procedureListFields,
  procedureRow,
} from './listFields';

const CSV_COLUMNS = [
  { header: 'name', value: (a: AlertSummary) => a.name },
  { header: 'title', value: (a: AlertSummary) => a.title },
  { header: 'severity', value: (a: AlertSummary) => a.severity },
  { header: 'paging', value: (a: AlertSummary) => a.paging },
  { header: 'type', value: (a: AlertSummary) => a.type },
  { header: 'source', value: (a: AlertSummary) => a.source },
  { header: 'owner', value: (a: AlertSummary) => a.owner.ref },
  { header: 'domain', value: (a: AlertSummary) => a.domain?.ref },
  { header: 'journey', value: (a: AlertSummary) => a.journey },
  { header: 'monitors', value: (a: AlertSummary) => a.monitors.ref },
  { header: 'schedule', value: (a: AlertSummary) => a.schedule },
  { header: 'cutoff', value: (a: AlertSummary) => a.cutoff },
  { header: 'timezone', value: (a: AlertSummary) => a.timezone },
  {
    header: 'error codes',
    value: (a: AlertSummary) =>
      a.errorCodes.map(code => `${code.code} (${code.class})`).join('; '),
  },
  { header: 'procedure', value: (a: AlertSummary) => a.procedure?.ref },
  {
    header: 'pagerduty service id',
    value: (a: AlertSummary) => a.pagerDutyServiceId,
  },
  {
    header: 'pagerduty catalog service',
    value: (a: AlertSummary) => a.pagerDutyService?.ref,
  },
];

/** The kinds of entity an operations view is for: services and jobs, resources, squads. */
export const OPERATIONS_KINDS = ['component', 'resource', 'group'];

function recordOf(
  model: AlertsModel,
  kind: 'alert' | 'procedure',
  { namespace, name }: Pick<CompoundEntityRef, 'namespace' | 'name'>,
) {
  const ref = `${kind}:${namespace}/${name}`;
  const entity = model.lookup.get(ref);
  if (!entity) {
    throw new NotFoundError(`${ref} does not exist`);
  }
  return entity;
}

function scriptTemplatesOf(
  model: AlertsModel,
  refs: readonly string[],
): ProcedureEntity[] {
  const found = new Map<string, ProcedureEntity>();
  for (const ref of refs) {
    const entity = model.lookup.get(ref, 'procedure');
    if (
      entity &&
      isProcedureEntity(entity) &&
      entity.spec.type === 'script-template'
    ) {
      found.set(entityRefKey(entity)!, entity);
    }
  }
  return [...found.values()];
}

/** The post-mortems naming any of the targets, each once, latest first. */
function postmortemsOf(
  model: AlertsModel,
  targets: readonly string[],
): PostmortemLink[] {
  const found = new Map<string, PostmortemEntity>();
  for (const target of targets) {
    for (const postmortem of model.postmortemsByTarget.get(target) ?? []) {
      found.set(entityRefKey(postmortem)!, postmortem);
    }
  }
  return [...found.entries()]
    .map(([ref, postmortem]) => ({
      ref,
      title: entityTitle(postmortem),
      reviewType: postmortem.spec.reviewType,
      severity: postmortem.spec.severity,
      startedAt: postmortem.spec.startedAt,
      status: postmortem.spec.status,
    }))
    .sort((a, b) => (b.startedAt ?? '').localeCompare(a.startedAt ?? ''));
}

/** A query for the rows of the given filters, whole, through the list index. */
const only = (filters: Record<string, string[]>): ListQuery => ({
  filters,
  order: 'asc',
  offset: 0,
  limit: 0,
});

/** How many of a model's alerts an owner owns. */
function alertsOwnedBy(model: AlertsModel): (owner: TitledRef) => number {
  const counts = model.allAlertCounts().owner ?? {};
  return owner => counts[owner.ref] ?? 0;
}

/**
 * The alert catalog and SOP library over the records of the catalog: alert list, CSV export
 * and details, coverage, procedures, error codes, and the operations view of a service, job or
 * squad. Each answer is built from the model of the current records snapshot, and the same
 * question of the same snapshot gets the same object (so `sendSharedJson` serializes it once).
 */
export class AlertsService {
  /**
   * Builds what the answers derive from a snapshot, for the records index's
   * `addPreparation`: a refreshed snapshot is served ready, so no request waits for it.
   */
  static prepare(snapshot: RecordsSnapshot): void {
    alertsModel(snapshot);
  }

  private readonly index: RecordsIndexService;
  private readonly clock: () => Date;
  private readonly onCall?: { onCall(): Promise<PagerDutyOnCall> };
  private readonly facetAnswers = new AnswerCache<AlertsModel, AlertFacets>(1);
  // Coverage is computed once per snapshot, day and on-call answer; its summary is answered
  // apart from the squads and gaps (the whole was 400 KB at profile L, the squads alone 120 KB),
  // kept with it to be serialized once.
  private readonly coverageSummaries = new WeakMap<
    AlertCoverage,
    AlertCoverageSummary
  >();
  // The list answers the same filters with the same array (listQuery), so counts once per filter.
  private readonly countsByMatch = new WeakMap<
    readonly AlertSummary[],
    Record<string, Record<string, number>>
  >();
  private readonly errorCodesByAlerts = new WeakMap<
    readonly AlertSummary[],
    ErrorCodeEntry[]
  >();
  private readonly csvByAlerts = new WeakMap<readonly AlertSummary[], string>();
  // A page is the same object for the same question (listQuery), so its answer (with counts,
  // or rows as a list sends them) is too.
  private readonly answersByPage = new WeakMap<object, object>();

  constructor(options: {
    index: RecordsIndexService;
    /** The time deadlines and ages are computed against; tests fix it. */
    clock: () => Date;
    /**
     * Who is on call now, for the coverage check "routed to PagerDuty with someone on call".
     * Without it that check counts routed alerts as unknown: PagerDuty data unavailable.
     */
    onCall?: { onCall(): Promise<PagerDutyOnCall> };
  }) {
    this.index = options.index;
    this.clock = options.clock;
    this.onCall = options.onCall;
  }

  private async model(): Promise<AlertsModel> {
    return alertsModel(await this.index.snapshot());
  }

  private countsOf(matching: readonly AlertSummary[]) {
    let found = this.countsByMatch.get(matching);
    if (!found) {
      found = countAlertValues(matching);
      this.countsByMatch.set(matching, found);
    }
    return found;
  }

  /** A page of the alerts the query selects, with value counts over all of them. */
  async listAlerts(query: ListQuery): Promise<AlertPage> {
    const current = await this.model();
    const page = applyListQuery(current.alerts, query, alertListFields);
    let answer = this.answersByPage.get(page) as AlertPage | undefined;
    if (!answer) {
      const matching = filterRows(current.alerts, query, alertListFields);
      answer = {
        ...page,
        counts:
          matching.length === current.alerts.length
            ? current.allAlertCounts()
            : this.countsOf(matching),
      };
      this.answersByPage.set(page, answer);
    }
    return answer;
  }

  /**
   * The owners, domains and journeys the alerts have, and how many alerts there are: of the
   * owners a menu's worth, those with the most alerts (at profile XL there are 800).
   */
  async facets(): Promise<AlertFacets> {
    const current = await this.model();
    return this.facetAnswers.get(current, '', () => {
      const { owners, ...others } = current.facets;
      return {
        ...others,
        owners: mostCommon(owners, alertsOwnedBy(current), ALERT_OWNERS_SHOWN),
        ownerTotal: owners.length,
        total: current.alerts.length,
      };
    });
  }

  /** The owners whose ref or title contains the text, any case: those with the most alerts. */
  async searchOwners(text: string): Promise<AlertOwnerSearch> {
    const current = await this.model();
    const { values, total } = searchMostCommon(current.facets.owners, text, {
      textsOf: owner => [owner.ref, owner.title],
      countOf: alertsOwnedBy(current),
      shown: ALERT_OWNERS_SHOWN,
    });
    return { owners: values, total };
  }

  /** Every alert the query's filters select, as CSV. */
  async exportCsv(query: ListQuery): Promise<string> {
    const current = await this.model();
    const matching = filterRows(current.alerts, query, alertListFields);
    let csv = this.csvByAlerts.get(matching);
    if (csv === undefined) {
      csv = toCsv(matching, CSV_COLUMNS);
      this.csvByAlerts.set(matching, csv);
    }
    return csv;
  }

  /**
   * An alert with its monitored job or service, SOP, scripts and the post-mortems of what it
   * monitors and, for a job, of the services the job runs on.
   */
  async alertDetails(
    ref: Pick<CompoundEntityRef, 'namespace' | 'name'>,
  ): Promise<AlertDetails> {
    const current = await this.model();
    const entity = recordOf(current, 'alert', ref);
    if (!isAlertEntity(entity)) {
      throw new NotFoundError(`${entityRefKey(entity)} is not an alert record`);
    }
    const summary = current.alerts.find(
      alert => alert.ref === entityRefKey(entity),
    )!;
    const monitored = current.lookup.get(entity.spec.monitors, 'component');
    const procedure = current.lookup.get(entity.spec.procedure, 'procedure');
    const reviewed = current
      .reviewedProceduresOn(this.clock())
      .find(row => row.ref === summary.procedure?.ref);
    return {
      summary,
      monitored: monitored && {
        ref: entityRefKey(monitored)!,
        title: entityTitle(monitored),
        kind: monitored.kind,
        type: monitored.spec?.type as string | undefined,
        description: monitored.metadata.description,
        annotations: monitored.metadata.annotations ?? {},
      },
      procedure:
        procedure && isProcedureEntity(procedure) && reviewed
          ? { entity: procedure, review: reviewed.review }
          : undefined,
      scripts: scriptTemplatesOf(current, entity.spec.scripts ?? []),
      postmortems: postmortemsOf(current, [
        summary.monitors.ref,
        ...current.serviceJobs.servicesOf(summary.monitors.ref),
      ]),
    };
  }

  /** Coverage today, with who is on call now when the on-call backend can say. */
  private async fullCoverage(): Promise<AlertCoverage> {
    const [current, onCallNow] = await Promise.all([
      this.model(),
      this.onCall?.onCall(),
    ]);
    return current.coverageOn(this.clock(), onCallNow);
  }

  /** Each check's totals and the tallies by domain. */
  async coverage(): Promise<AlertCoverageSummary> {
    const coverage = await this.fullCoverage();
    let summary = this.coverageSummaries.get(coverage);
    if (!summary) {
      const { bySquad: _bySquad, gaps: _gaps, ...rest } = coverage;
      summary = rest;
      this.coverageSummaries.set(coverage, summary);
    }
    return summary;
  }

  /** A page of the squads' tallies the query selects. */
  async squadCoverage(query: ListQuery): Promise<ListPage<CoverageGroup>> {
    const coverage = await this.fullCoverage();
    return applyListQuery(coverage.bySquad, query, coverageSquadListFields);
  }

  /** A page of the coverage gaps the query selects. */
  async coverageGaps(query: ListQuery): Promise<ListPage<CoverageGap>> {
    const coverage = await this.fullCoverage();
    return applyListQuery(coverage.gaps, query, coverageGapListFields);
  }

  /** A page of the procedures the query selects, with their review status today. */
  async listProcedures(query: ListQuery): Promise<ListPage<ProcedureRow>> {
    const current = await this.model();
    const page = applyListQuery(
      current.reviewedProceduresOn(this.clock()),
      query,
      procedureListFields,
    );
    // One answer per cached page, so that it is serialised once.
    let answer = this.answersByPage.get(page) as
      | ListPage<ProcedureRow>
      | undefined;
    if (!answer) {
      answer = { ...page, items: page.items.map(procedureRow) };
      this.answersByPage.set(page, answer);
    }
    return answer;
  }

  /** A procedure with the alerts that name it and the script templates they offer. */
  async procedureDetails(
    ref: Pick<CompoundEntityRef, 'namespace' | 'name'>,
  ): Promise<ProcedureDetails> {
    const current = await this.model();
    const entity = recordOf(current, 'procedure', ref);
    const procedureRef = entityRefKey(entity)!;
    const reviewed = current
      .reviewedProceduresOn(this.clock())
      .find(procedure => procedure.ref === procedureRef)!;
    const alerts = current.alerts.filter(alert =>
      reviewed.alerts.some(used => used.ref === alert.ref),
    );
    return {
      procedure: procedureRow(reviewed),
      alerts,
      // The script templates the same alerts offer, so an SOP leads on to its scripts.
      scripts: scriptTemplatesOf(
        current,
        current.snapshot.alerts
          .filter(alert =>
            alerts.some(used => used.ref === entityRefKey(alert)),
          )
          .flatMap(alert => alert.spec.scripts ?? []),
      ).filter(script => entityRefKey(script) !== procedureRef),
    };
  }

  /** A page of the error codes the query selects, with how many codes each class has. */
  async listErrorCodes(query: ListQuery): Promise<ErrorCodePage> {
    const { errorCodes } = await this.model();
    const page = applyListQuery(errorCodes, query, errorCodeListFields);
    let answer = this.answersByPage.get(page) as ErrorCodePage | undefined;
    if (!answer) {
      // By class, among the codes that match the text whatever the filters.
      const counts: Record<string, number> = {};
      for (const entry of filterRows(
        errorCodes,
        { ...query, filters: {} },
        errorCodeListFields,
      )) {
        counts[entry.class] = (counts[entry.class] ?? 0) + 1;
      }
      answer = { ...page, counts };
      this.answersByPage.set(page, answer);
    }
    return answer;
  }

  /**
   * The alerts, procedures and error codes of a component, resource or squad, given by its
   * full lower-case ref (of one of `OPERATIONS_KINDS`). A service's include those of the jobs
   * that run on it: the one answer for the service's Operations tab and its summary.
   */
  async operations(ref: string): Promise<Operations> {
    const current = await this.model();
    const isSquad = ref.startsWith('group:');
    const targets = isSquad ? [ref] : [ref, ...current.serviceJobs.jobsOf(ref)];
    // Through the list index: a squad's or a service's alerts without reading all of them.
    const alerts = filterRows(
      current.alerts,
      only({ [isSquad ? 'owner' : 'monitors']: targets }),
      alertListFields,
    );
    let errorCodes = this.errorCodesByAlerts.get(alerts);
    if (!errorCodes) {
      // The codes of these alerts, each with these alerts only.
      errorCodes = indexErrorCodes(alerts);
      this.errorCodesByAlerts.set(alerts, errorCodes);
    }
    return {
      entityRef: ref,
      alerts: [...alerts],
      procedures: filterRows(
        current.reviewedProceduresOn(this.clock()),
        only({ [isSquad ? 'owner' : 'service']: targets }),
        procedureListFields,
      ).map(procedureRow),
      errorCodes,
    };
  }
}
