import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { entityRefKey } from '@readiness/plugin-readiness-common';
import {
  createSignedInRouter,
  parseListQuery,
  sendSharedJson,
} from '@readiness/plugin-readiness-node';
import express, { Request } from 'express';
import { AlertsService, OPERATIONS_KINDS } from './AlertsService';
import {
  alertListFields,
  coverageGapListFields,
  coverageSquadListFields,
  errorCodeListFields,
  procedureListFields,
} from './listFields';

/** Reads `entityRef`, the component, resource or squad an operations view is for. */
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
 * The alerts API: the alert catalog and SOP library. HTTP only: it reads and checks requests
 * and sends what the service answers.
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  service: AlertsService;
}): Promise<express.Router> {
  const { httpAuth, service } = options;
  const router = createSignedInRouter(httpAuth);

  router.get('/', async (request, response) => {
    const query = parseListQuery(request, alertListFields);
    sendSharedJson(response, await service.listAlerts(query));
  });

  router.get('/facets', async (_request, response) => {
    sendSharedJson(response, await service.facets());
  });

  router.get('/facets/owners', async (request, response) => {
    const text = request.query.q;
    if (typeof text !== 'string' || text.trim() === '') {
      throw new InputError('q must be the text to look for in the owners');
    }
    response.json(await service.searchOwners(text));
  });

  router.get('/export.csv', async (request, response) => {
    const query = parseListQuery(request, alertListFields);
    const csv = await service.exportCsv(query);
    response.type('text/csv').attachment('alerts.csv').send(csv);
  });

  router.get('/entities/:namespace/:name', async (request, response) => {
    response.json(await service.alertDetails(request.params));
  });

  router.get('/coverage', async (_request, response) => {
    sendSharedJson(response, await service.coverage());
  });

  router.get('/coverage/squads', async (request, response) => {
    const query = parseListQuery(request, coverageSquadListFields);
    sendSharedJson(response, await service.squadCoverage(query));
  });

  router.get('/coverage/gaps', async (request, response) => {
    const query = parseListQuery(request, coverageGapListFields);
    sendSharedJson(response, await service.coverageGaps(query));
  });

  router.get('/procedures', async (request, response) => {
    const query = parseListQuery(request, procedureListFields);
    sendSharedJson(response, await service.listProcedures(query));
  });

  router.get(
    '/procedures/entities/:namespace/:name',
    async (request, response) => {
      response.json(await service.procedureDetails(request.params));
    },
  );

  router.get('/error-codes', async (request, response) => {
    const query = parseListQuery(request, errorCodeListFields);
    sendSharedJson(response, await service.listErrorCodes(query));
  });

  router.get('/operations', async (request, response) => {
    response.json(await service.operations(operationsTarget(request)));
  });

  return router;
}
