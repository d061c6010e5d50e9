/*
 * Alert catalog API benchmark at scale profile L (40,000 alerts, 4,000 procedures, 4,000
 * services and jobs, 400 squads): the `/alerts` routes timed under 20 concurrent requests.
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs \
 *     plugins/readiness-backend/scripts/alerts-benchmark.ts [--runs 200] [--concurrency 20] [--json]
 */
import { runBenchmark, runScript } from '@readiness/scale-profile';
import { readinessApi } from './readinessApi';

// Queries written as the portal's client writes them (URLSearchParams percent-encodes).
const query = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

runScript(() =>
  runBenchmark('Alert catalog', readinessApi, [
    ['alerts, default sort', `/alerts${query({ limit: '50' })}`],
    [
      'alerts, critical paging',
      `/alerts${query({ 'filter[severity]': 'critical', 'filter[paging]': 'true', limit: '50' })}`,
    ],
    ['alerts, free text', `/alerts${query({ q: 'exceptions', limit: '50' })}`],
    [
      'alerts, squad by title',
      `/alerts${query({ 'filter[owner]': 'group:default/cards-squad-01', sort: 'title' })}`,
    ],
    [
      'alerts, no SOP, paging, by title',
      `/alerts${query({
        'filter[hasSop]': 'false',
        'filter[paging]': 'true',
        sort: 'title',
        order: 'desc',
        limit: '50',
      })}`,
    ],
    [
      'alerts, domain + error class',
      `/alerts${query({
        'filter[domain]': 'domain:default/cards-domain',
        'filter[errorClass]': 'business',
        sort: 'owner',
        limit: '50',
      })}`,
    ],
    ['alert facets', '/alerts/facets'],
    ['coverage', '/alerts/coverage'],
    ['procedures, overdue first', `/alerts/procedures${query({ limit: '50' })}`],
    ['error codes, business', `/alerts/error-codes${query({ 'filter[class]': 'business', limit: '50' })}`],
    ['operations of a squad', `/alerts/operations${query({ entityRef: 'group:default/cards-squad-01' })}`],
    ['alert details', '/alerts/entities/default/cards-matching-0001-exceptions'],
    ['CSV export, critical', `/alerts/export.csv${query({ 'filter[severity]': 'critical' })}`],
  ]),
);
