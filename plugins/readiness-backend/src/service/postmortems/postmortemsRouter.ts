import {
  taxonomyTitles,
  toCsv,
  utcDate,
} from '@readiness/plugin-readiness-common';
import express from 'express';
import Router from 'express-promise-router';
import { applyListQuery, filterRows, parseListQuery } from '../listQuery';
import type { RouterOptions } from '../router';
import {
  actionCsvColumns,
  actionFields,
  parseDimensions,
  parsePeriod,
  postmortemAnalytics,
  postmortemCsvColumns,
  postmortemFields,
  postmortemViews,
  rowsInPeriod,
} from './postmortemViews';

function sendCsv(response: express.Response, name: string, csv: string) {
  response.type('text/csv; charset=utf-8').attachment(name).send(csv);
}

/**
 * The post-mortem library, its analytics and the open actions of post-mortems
 * and exercises. Mounted under `/postmortems` behind the readiness router's
 * sign-in check.
 */
export function createPostmortemsRouter(
  options: RouterOptions,
): express.Router {
  const { index, clock, taxonomy = async () => undefined } = options;
  const router = Router();
  const views = async () =>
    postmortemViews(await index.snapshot(), utcDate(clock()));

  router.get('/', async (request, response) => {
    const query = parseListQuery(request, postmortemFields);
    const rows = rowsInPeriod(await views(), parsePeriod(request.query));
    response.json(applyListQuery(rows, query, postmortemFields));
  });

  router.get('/export.csv', async (request, response) => {
    const query = parseListQuery(request, postmortemFields);
    const rows = rowsInPeriod(await views(), parsePeriod(request.query));
    sendCsv(
      response,
      'postmortems.csv',
      toCsv(filterRows(rows, query, postmortemFields), postmortemCsvColumns),
    );
  });

  router.get('/facets', async (_request, response) => {
    const [{ facets, today }, current] = await Promise.all([
      views(),
      taxonomy(),
    ]);
    // Titled here, not in the cached views: the taxonomy file changes on its own.
    const titles = current ? taxonomyTitles(current) : new Map();
    response.json({
      today,
      facets: {
        ...facets,
        taxonomy: facets.taxonomy.map(value => ({
          ...value,
          title: titles.get(value.value),
        })),
      },
    });
  });

  router.get('/taxonomy', async (_request, response) => {
    response.json({ categories: (await taxonomy())?.categories ?? [] });
  });

  router.get('/analytics', async (request, response) => {
    const query = parseListQuery(request, postmortemFields);
    const period = parsePeriod(request.query);
    const dimensions = parseDimensions(request.query);
    response.json(
      postmortemAnalytics(await views(), query, period, dimensions),
    );
  });

  router.get('/actions', async (request, response) => {
    const query = parseListQuery(request, actionFields);
    response.json(applyListQuery((await views()).actions, query, actionFields));
  });

  router.get('/actions/export.csv', async (request, response) => {
    const query = parseListQuery(request, actionFields);
    const items = filterRows((await views()).actions, query, actionFields);
    sendCsv(response, 'open-actions.csv', toCsv(items, actionCsvColumns));
  });

  return router;
}
