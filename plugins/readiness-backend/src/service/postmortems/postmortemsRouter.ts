import {
  RootCauseTaxonomy,
  taxonomyTitles,
  toCsv,
  utcDate,
} from '@readiness/plugin-readiness-common';
import express from 'express';
import Router from 'express-promise-router';
import { sendSharedJson } from '@readiness/plugin-readiness-node';
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
  PostmortemViews,
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
  const facetAnswers = new WeakMap<
    PostmortemViews,
    { taxonomy: RootCauseTaxonomy | undefined; value: object }
  >();
  const views = async () =>
    postmortemViews(await index.snapshot(), utcDate(clock()));

  router.get('/', async (request, response) => {
    const query = parseListQuery(request, postmortemFields);
    const rows = rowsInPeriod(await views(), parsePeriod(request.query));
    sendSharedJson(response, applyListQuery(rows, query, postmortemFields));
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
    const [current, taxonomyNow] = await Promise.all([views(), taxonomy()]);
    // Titled here, not in the cached views: the taxonomy file changes on its own, and then
    // loads as a new object.
    let answer = facetAnswers.get(current);
    if (!answer || answer.taxonomy !== taxonomyNow) {
      const titles = taxonomyNow ? taxonomyTitles(taxonomyNow) : new Map();
      answer = {
        taxonomy: taxonomyNow,
        value: {
          today: current.today,
          facets: {
            ...current.facets,
            taxonomy: current.facets.taxonomy.map(value => ({
              ...value,
              title: titles.get(value.value),
            })),
          },
        },
      };
      facetAnswers.set(current, answer);
    }
    sendSharedJson(response, answer.value);
  });

  router.get('/taxonomy', async (_request, response) => {
    response.json({ categories: (await taxonomy())?.categories ?? [] });
  });

  router.get('/analytics', async (request, response) => {
    const query = parseListQuery(request, postmortemFields);
    const period = parsePeriod(request.query);
    const dimensions = parseDimensions(request.query);
    sendSharedJson(
      response,
      postmortemAnalytics(await views(), query, period, dimensions),
    );
  });

  router.get('/actions', async (request, response) => {
    const query = parseListQuery(request, actionFields);
    sendSharedJson(response, applyListQuery((await views()).actions, query, actionFields));
  });

  router.get('/actions/export.csv', async (request, response) => {
    const query = parseListQuery(request, actionFields);
    const items = filterRows((await views()).actions, query, actionFields);
    sendCsv(response, 'open-actions.csv', toCsv(items, actionCsvColumns));
  });

  return router;
}
