/*
 * Alert catalog API benchmark at scale profile L (40,000 alerts, 4,000 procedures, 4,000
 * services and jobs, 400 squads): the alerts API's routes timed under 20 concurrent requests.
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs \
 *     plugins/alerts-backend/scripts/alerts-benchmark.ts [--runs 200] [--concurrency 20] [--json]
 */
import { runBenchmark, runScript } from '@readiness/scale-profile';
import { AlertsService } from '../src/service/AlertsService';
import { createRouter } from '../src/service/router';

// Queries written as the portal's client writes them (URLSearchParams percent-encodes).
const query = (params: Record<string, string>) =>
  `?${new URLSearchParams(params)}`;

runScript(() =>
  runBenchmark(
    'Alert catalog',
    {
      basePath: '/api/alerts',
      prepare: AlertsService.prepare,
      createRouter: ({ httpAuth, index, clock }) =>
        createRouter({
          httpAuth,
          service: new AlertsService({ index, clock }),
        }),
    },
    [
      ['alerts, default sort', query({ limit: '50' })],
      [
        'alerts, critical paging',
        query({
          'filter[severity]': 'critical',
          'filter[paging]': 'true',
          limit: '50',
        }),
      ],
      ['alerts, free text', query({ q: 'exceptions', limit: '50' })],
      [
        'alerts, squad by title',
        query({
          'filter[owner]': 'group:default/cards-squad-01',
          sort: 'title',
        }),
      ],
      [
        'alerts, no SOP, paging, by title',
        query({
          'filter[hasSop]': 'false',
          'filter[paging]': 'true',
          sort: 'title',
          order: 'desc',
          limit: '50',
        }),
      ],
      [
        'alerts, domain + error class',
        query({
          'filter[domain]': 'domain:default/cards-domain',
          'filter[errorClass]': 'business',
          sort: 'owner',
          limit: '50',
        }),
      ],
      ['alert facets', '/facets'],
      ['coverage: totals and domains', '/coverage'],
      ['coverage: squads', '/coverage/squads?limit=20'],
      ['coverage: a page of gaps', `/coverage/gaps${query({ limit: '20' })}`],
      ['procedures, overdue first', `/procedures${query({ limit: '50' })}`],
      [
        'error codes, business',
        `/error-codes${query({ 'filter[class]': 'business', limit: '50' })}`,
      ],
      [
        'operations of a squad',
        `/operations${query({ entityRef: 'group:default/cards-squad-01' })}`,
      ],
      ['alert details', '/entities/default/cards-matching-0001-exceptions'],
      [
        'CSV export, critical',
        `/export.csv${query({ 'filter[severity]': 'critical' })}`,
      ],
    ],
  ),
);
