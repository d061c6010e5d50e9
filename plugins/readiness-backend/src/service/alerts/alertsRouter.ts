import { CompoundEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  AlertSummary,
  displayTitle,
  entityRefKey,
  ErrorCodeEntry,
  indexErrorCodes,
  isAlertEntity,
  isProcedureEntity,
  ProcedureEntity,
  toCsv,
} from '@readiness/plugin-readiness-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import {
  AnswerCache,
  applyListQuery,
  filterRows,
  ListQuery,
  parseListQuery,
  sendSharedJson,
} from '@readiness/plugin-readiness-node';
import type { RouterOptions } from '../router';
import { AlertsModel, alertsModel } from './alertsModel';
import {
  alertListFields,
  countAlertValues,
  errorCodeListFields,
  procedureListFields,
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

const OPERATIONS_KINDS = ['component', 'resource', 'group'];

function recordOf(
  model: AlertsModel,
  kind: 'alert' | 'procedure',
  { namespace, name }: Partial<CompoundEntityRef>,
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

function operationsTarget(request: Request): string {
  const raw = request.query.entityRef;
  const ref = typeof raw === 'string' ? entityRefKey(raw) : undefined;
  if (!ref || !OPERATIONS_KINDS.includes(ref.split(':')[0])) {
    throw new InputError(
      `entityRef must be the ref of a component, resource or group (got "${
        raw ?? ''
      }")`,
    );
  }
  return ref;
}

/**
 * The alert catalog and SOP library: alert list, CSV export and details, coverage, procedures,
 * error codes, and the operations view of a service, job or squad. Mounted at `/alerts`.
 */
export function createAlertsRouter(options: RouterOptions): express.Router {
  const { index, clock, onCall } = options;
  const router = Router();
  const model = async () => alertsModel(await index.snapshot());
  const facetAnswers = new AnswerCache<AlertsModel, object>(1);
  // The list answers the same filters with the same array (listQuery), so counts once per filter.
  const countsByMatch = new WeakMap<
    readonly AlertSummary[],
    Record<string, Record<string, number>>
  >();
  const errorCodesByAlerts = new WeakMap<readonly AlertSummary[], ErrorCodeEntry[]>();
  const csvByAlerts = new WeakMap<readonly AlertSummary[], string>();
  // A page is the same object for the same question (listQuery), so its answer is too.
  const pagesWithCounts = new WeakMap<object, object>();
  const countsOf = (matching: readonly AlertSummary[]) => {
    let found = countsByMatch.get(matching);
    if (!found) {
      found = countAlertValues(matching);
      countsByMatch.set(matching, found);
    }
    return found;
  };

  router.get('/', async (request, response) => {
    const query = parseListQuery(request, alertListFields);
    const current = await model();
    const page = applyListQuery(current.alerts, query, alertListFields);
    let answer = pagesWithCounts.get(page);
    if (!answer) {
      const matching = filterRows(current.alerts, query, alertListFields);
      answer = {
        ...page,
        counts:
          matching.length === current.alerts.length
            ? current.allAlertCounts()
            : countsOf(matching),
      };
      pagesWithCounts.set(page, answer);
    }
    sendSharedJson(response, answer);
  });

  router.get('/facets', async (_request, response) => {
    const current = await model();
    sendSharedJson(
      response,
      facetAnswers.get(current, '', () => ({
        ...current.facets,
        total: current.alerts.length,
      })),
    );
  });

  router.get('/export.csv', async (request, response) => {
    const query = parseListQuery(request, alertListFields);
    const current = await model();
    const matching = filterRows(current.alerts, query, alertListFields);
    let csv = csvByAlerts.get(matching);
    if (csv === undefined) {
      csv = toCsv(matching, CSV_COLUMNS);
      csvByAlerts.set(matching, csv);
    }
    response.type('text/csv').attachment('alerts.csv').send(csv);
  });

  router.get('/entities/:namespace/:name', async (request, response) => {
    const current = await model();
    const entity = recordOf(current, 'alert', request.params);
    if (!isAlertEntity(entity)) {
      throw new NotFoundError(`${entityRefKey(entity)} is not an alert record`);
    }
    const summary = current.alerts.find(
      alert => alert.ref === entityRefKey(entity),
    )!;
    const monitored = current.lookup.get(entity.spec.monitors, 'component');
    const procedure = current.lookup.get(entity.spec.procedure, 'procedure');
    const procedureRow = current
      .procedureRowsOn(clock())
      .find(row => row.ref === summary.procedure?.ref);
    response.json({
      summary,
      monitored: monitored && {
        ref: entityRefKey(monitored),
        title: displayTitle(monitored),
        kind: monitored.kind,
        type: monitored.spec?.type,
        description: monitored.metadata.description,
        annotations: monitored.metadata.annotations ?? {},
      },
      procedure:
        procedure && procedureRow
          ? { entity: procedure, review: procedureRow.review }
          : undefined,
      scripts: scriptTemplatesOf(current, entity.spec.scripts ?? []),
      postmortems: (
        current.postmortemsByTarget.get(summary.monitors.ref) ?? []
      ).map(postmortem => ({
        ref: entityRefKey(postmortem),
        title: displayTitle(postmortem),
        reviewType: postmortem.spec.reviewType,
        severity: postmortem.spec.severity,
        startedAt: postmortem.spec.startedAt,
        status: postmortem.spec.status,
      })),
    });
  });

  router.get('/coverage', async (_request, response) => {
    const [current, onCallNow] = await Promise.all([model(), onCall?.onCall()]);
    sendSharedJson(response, current.coverageOn(clock(), onCallNow));
  });

  router.get('/procedures', async (request, response) => {
    const query = parseListQuery(request, procedureListFields);
    const current = await model();
    sendSharedJson(
      response,
      applyListQuery(
        current.procedureRowsOn(clock()),
        query,
        procedureListFields,
      ),
    );
  });

  router.get(
    '/procedures/entities/:namespace/:name',
    async (request, response) => {
      const current = await model();
      const entity = recordOf(current, 'procedure', request.params);
      const ref = entityRefKey(entity)!;
      const row = current
        .procedureRowsOn(clock())
        .find(procedure => procedure.ref === ref)!;
      const alerts = current.alerts.filter(alert =>
        row.alerts.some(used => used.ref === alert.ref),
      );
      response.json({
        procedure: row,
        alerts,
        // The script templates the same alerts offer, so an SOP leads on to its scripts.
        scripts: scriptTemplatesOf(
          current,
          current.snapshot.alerts
            .filter(alert =>
              alerts.some(used => used.ref === entityRefKey(alert)),
            )
            .flatMap(alert => alert.spec.scripts ?? []),
        ).filter(script => entityRefKey(script) !== ref),
      });
    },
  );

  router.get('/error-codes', async (request, response) => {
    const query = parseListQuery(request, errorCodeListFields);
    const { errorCodes } = await model();
    const page = applyListQuery(errorCodes, query, errorCodeListFields);
    let answer = pagesWithCounts.get(page);
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
      pagesWithCounts.set(page, answer);
    }
    sendSharedJson(response, answer);
  });

  router.get('/operations', async (request, response) => {
    const ref = operationsTarget(request);
    const current = await model();
    const field = ref.startsWith('group:') ? 'owner' : 'monitors';
    // Through the list index: a squad's or a service's alerts without reading all of them.
    const only = (filters: Record<string, string[]>): ListQuery => ({
      filters,
      order: 'asc',
      offset: 0,
      limit: 0,
    });
    const alerts = filterRows(current.alerts, only({ [field]: [ref] }), alertListFields);
    let errorCodes = errorCodesByAlerts.get(alerts);
    if (!errorCodes) {
      // The codes of these alerts, each with these alerts only.
      errorCodes = indexErrorCodes(alerts);
      errorCodesByAlerts.set(alerts, errorCodes);
    }
    response.json({
      entityRef: ref,
      alerts,
      procedures: filterRows(
        current.procedureRowsOn(clock()),
        only({ [field === 'owner' ? 'owner' : 'service']: [ref] }),
        procedureListFields,
      ),
      errorCodes,
    });
  });

  return router;
}
