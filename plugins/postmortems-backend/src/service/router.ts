import {
  doraReportExportPermission,
  POSTMORTEM_FACET_FIELDS,
  PostmortemFacetField,
  RELIABILITY_DIMENSIONS,
  ReliabilityDimension,
} from '@readiness/plugin-postmortems-common';
import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  createSignedInRouter,
  parseListQuery,
  sendSharedJson,
} from '@readiness/plugin-readiness-node';
import express from 'express';
import { DateTime } from 'luxon';
import { doraReportCsv } from './doraReport';
import {
  actionFields,
  Period,
  postmortemFields,
  PostmortemsService,
  reliabilityFields,
} from './PostmortemsService';

function day(value: unknown, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  const text = String(value);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(text) ||
    !DateTime.fromISO(text, { zone: 'utc' }).isValid
  ) {
    throw new InputError(`${name} must be a date YYYY-MM-DD (got "${text}")`);
  }
  return text;
}

function isFacetField(field: string): field is PostmortemFacetField {
  return (POSTMORTEM_FACET_FIELDS as readonly string[]).includes(field);
}

/** Reads and checks `from` and `to` from a request's query. */
function parsePeriod(query: Record<string, unknown>): Period {
  const from = day(query.from, 'from');
  const to = day(query.to, 'to');
  if (from && to && from > to) {
    throw new InputError(`from must not be after to (got ${from} > ${to})`);
  }
  return { from, to };
}

/**
 * Reads `by`, what the reliability figures are grouped by: one of the dimensions, squad unless
 * asked.
 */
function parseDimension(query: Record<string, unknown>): ReliabilityDimension {
  const asked = query.by ?? 'squad';
  if (!RELIABILITY_DIMENSIONS.includes(asked as ReliabilityDimension)) {
    throw new InputError(
      `by must be one of ${RELIABILITY_DIMENSIONS.join(', ')} (got "${asked}")`,
    );
  }
  return asked as ReliabilityDimension;
}

/**
 * Reads a reliability request: the library's filters and search select the post-mortems, and
 * `sort`, `order`, `offset` and `limit` page the figures.
 */
function parseReliabilityQuery(request: express.Request) {
  return {
    query: parseListQuery(request, {
      filters: postmortemFields.filters,
      sorts: reliabilityFields.sorts,
    }),
    period: parsePeriod(request.query),
    dimension: parseDimension(request.query),
  };
}

function sendCsv(response: express.Response, name: string, csv: string) {
  response.type('text/csv; charset=utf-8').attachment(name).send(csv);
}

/**
 * The post-mortems API: the library, its analytics and the open actions of post-mortems and
 * exercises. HTTP only: it reads and checks requests and sends what the service answers.
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  service: PostmortemsService;
}): Promise<express.Router> {
  const { httpAuth, permissions, service } = options;
  const router = createSignedInRouter(httpAuth);

  router.get('/', async (request, response) => {
    const query = parseListQuery(request, postmortemFields);
    const period = parsePeriod(request.query);
    sendSharedJson(response, await service.listPostmortems(query, period));
  });

  router.get('/export.csv', async (request, response) => {
    const query = parseListQuery(request, postmortemFields);
    const period = parsePeriod(request.query);
    const csv = await service.exportPostmortems(query, period);
    sendCsv(response, 'postmortems.csv', csv);
  });

  router.get('/facets', async (_request, response) => {
    sendSharedJson(response, await service.getFacets());
  });

  router.get('/facets/:field', async (request, response) => {
    const { field } = request.params;
    if (!isFacetField(field)) {
      throw new InputError(
        `${field} is not a facet; use one of ${POSTMORTEM_FACET_FIELDS.join(
          ', ',
        )}`,
      );
    }
    const text = request.query.q;
    if (typeof text !== 'string' || text.trim() === '') {
      throw new InputError('q must be the text to look for in the values');
    }
    response.json(await service.searchFacet(field, text));
  });

  router.get('/taxonomy', async (_request, response) => {
    response.json(await service.getTaxonomy());
  });

  router.get('/analytics', async (request, response) => {
    const query = parseListQuery(request, postmortemFields);
    const period = parsePeriod(request.query);
    sendSharedJson(response, await service.getAnalytics(query, period));
  });

  router.get('/analytics/reliability', async (request, response) => {
    const { query, period, dimension } = parseReliabilityQuery(request);
    sendSharedJson(
      response,
      await service.listReliability(query, period, dimension),
    );
  });

  router.get('/analytics/reliability/export.csv', async (request, response) => {
    const { query, period, dimension } = parseReliabilityQuery(request);
    sendCsv(
      response,
      `reliability-by-${dimension}.csv`,
      await service.exportReliability(query, period, dimension),
    );
  });

  router.get('/actions', async (request, response) => {
    const query = parseListQuery(request, actionFields);
    sendSharedJson(response, await service.listActions(query));
  });

  router.get('/actions/export.csv', async (request, response) => {
    const query = parseListQuery(request, actionFields);
    sendCsv(response, 'open-actions.csv', await service.exportActions(query));
  });

  router.get('/dora-report/:namespace/:name', async (request, response) => {
    const format = request.query.format ?? 'json';
    if (format !== 'json' && format !== 'csv') {
      throw new InputError(`format must be json or csv (got "${format}")`);
    }
    const credentials = await httpAuth.credentials(request);
    const [decision] = await permissions.authorize(
      [{ permission: doraReportExportPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `You may not export DORA report drafts (permission ${doraReportExportPermission.name})`,
      );
    }
    const { namespace, name } = request.params;
    const draft = await service.getDoraReport(namespace, name);
    const fileName = `dora-report-${name}.${format}`;
    if (format === 'csv') {
      sendCsv(response, fileName, doraReportCsv(draft));
    } else {
      response.attachment(fileName).json(draft);
    }
  });

  return router;
}
