import { readdirSync, readFileSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { APIRequestContext } from '@playwright/test';
import {
  DemoPerson,
  expect,
  Portal,
  signInToken,
  test,
  waitForDocsAndSearch,
  waitForEntity,
} from './portal';

type Route = [method: 'GET' | 'POST', path: string];

// Every route of the readiness plugins (read from their routers), and representative routes of
// the core plugins. `{incident}` is replaced by a real PagerDuty incident id.
const READINESS_ROUTES: Route[] = [
  ['GET', '/api/postmortems'],
  ['GET', '/api/postmortems/export.csv'],
  ['GET', '/api/postmortems/facets'],
  ['GET', '/api/postmortems/taxonomy'],
  ['GET', '/api/postmortems/analytics'],
  ['GET', '/api/postmortems/actions'],
  ['GET', '/api/postmortems/actions/export.csv'],
  ['GET', '/api/alerts'],
  ['GET', '/api/alerts/facets'],
  ['GET', '/api/alerts/export.csv'],
  ['GET', '/api/alerts/entities/default/ach-origination-file-0600-not-acknowledged'],
  ['GET', '/api/alerts/coverage'],
  ['GET', '/api/alerts/coverage/squads'],
  ['GET', '/api/alerts/coverage/gaps'],
  ['GET', '/api/alerts/procedures'],
  ['GET', '/api/alerts/procedures/entities/default/ach-file-not-acknowledged-sop'],
  ['GET', '/api/alerts/error-codes'],
  ['GET', '/api/alerts/operations?entityRef=component:default/ach-origination-service'],
  ['GET', '/api/continuity/vendors'],
  ['GET', '/api/continuity/vendors.csv'],
  ['GET', '/api/continuity/vendors/default/fedach'],
  ['GET', '/api/continuity/plans'],
  ['GET', '/api/continuity/plans.csv'],
  ['GET', '/api/continuity/plans/default/card-payments-continuity'],
  ['GET', '/api/continuity/plans/default/card-payments-continuity/recovery'],
  ['GET', '/api/continuity/exercises'],
  ['GET', '/api/continuity/exercises.csv'],
  ['GET', '/api/continuity/reviews'],
  ['GET', '/api/continuity/reviews.csv'],
  ['GET', '/api/continuity/reviews/owners'],
  ['GET', '/api/continuity/rto-conflicts'],
  ['GET', '/api/continuity/rto-conflicts.csv'],
  ['GET', '/api/continuity/blast-radius?entityRef=vendor:default/fedach'],
  ['GET', '/api/continuity/dora'],
  ['GET', '/api/continuity/dora/B_05.01.csv'],
  ['GET', '/api/oncall/status'],
  ['GET', '/api/oncall/oncall/now'],
  ['GET', '/api/oncall/oncall/entity/group/default/ach-operations-squad'],
  ['GET', '/api/oncall/incidents'],
  ['GET', '/api/oncall/incidents/analytics'],
  ['GET', '/api/oncall/incidents/{incident}/log-entries'],
  ['GET', '/api/oncall/users'],
  ['GET', '/api/oncall/mapping'],
  ['POST', '/api/oncall/incidents'],
  // The third-party PagerDuty card's reads, relayed to PagerDuty.
  ['GET', '/api/oncall/pagerduty/services/PXA6126'],
  ['GET', '/api/oncall/pagerduty/incidents'],
  ['GET', '/api/oncall/pagerduty/oncalls'],
  ['GET', '/api/oncall/pagerduty/services/PXA6126/change_events'],
  ['GET', '/api/scorecards/scorecards'],
  ['GET', '/api/scorecards/export.csv'],
  ['GET', '/api/scorecards/squads/default/ach-operations-squad'],
  ['GET', '/api/scorecards/squads/default/ach-operations-squad/audit'],
  ['GET', '/api/scorecards/history'],
  ['GET', '/api/scorecards/compare'],
  ['POST', '/api/scorecards/evaluate'],
  ['POST', '/api/scorecards/attestations'],
  ['GET', '/api/scorecards/approvals'],
  ['POST', '/api/scorecards/decisions'],
  ['POST', '/api/scorecards/waivers'],
];

const CORE_ROUTES: Route[] = [
  ['GET', '/api/catalog/entities'],
  ['GET', '/api/catalog/entities/by-query'],
  ['GET', '/api/catalog/entities/by-name/vendor/default/fedach'],
  ['GET', '/api/catalog/entity-facets?facet=kind'],
  ['GET', '/api/catalog/locations'],
  ['POST', '/api/catalog/locations'],
  ['POST', '/api/catalog/refresh'],
  ['GET', '/api/search/query?term=fedach'],
  ['GET', '/api/techdocs/metadata/techdocs/default/component/readiness-portal'],
  ['GET', '/api/techdocs/static/docs/default/component/readiness-portal/index.html'],
  ['GET', '/api/scaffolder/v2/actions'],
  ['GET', '/api/scaffolder/v2/tasks'],
  ['GET', '/api/scaffolder/v2/templates/default/template/start-postmortem/parameter-schema'],
  ['POST', '/api/scaffolder/v2/tasks'],
  ['POST', '/api/permission/authorize'],
  ['GET', '/api/notifications'],
];

// Where PagerDuty once answered through the portal: the sandbox mounted on the backend (it took
// its own token, not Backstage sign-in, so anyone with a routing key could page) and the proxy to
// PagerDuty (any reader could fetch the routing keys through it). Nothing answers there now.
const REMOVED_ROUTES: Route[] = [
  ['GET', '/api/oncall/pagerduty-sandbox/services'],
  ['POST', '/api/oncall/pagerduty-sandbox/v2/enqueue'],
  ['GET', '/api/proxy/pagerduty/services'],
  ['GET', '/api/proxy/pagerduty/services/PXA6126?include[]=integrations'],
];

const ROUTES = [...READINESS_ROUTES, ...CORE_ROUTES, ...REMOVED_ROUTES];

// Static files that exist only once TechDocs has built the site: an empty 404 before then.
const BUILT_ON_DEMAND = ['/api/techdocs/static/docs/default/component/readiness-portal/index.html'];

/** A request context of its own: no cookie or token from another request travels with it. */
async function freshContext(
  playwright: { request: { newContext(options: object): Promise<APIRequestContext> } },
  baseURL: string,
) {
  return playwright.request.newContext({ baseURL });
}

async function call(
  request: APIRequestContext,
  [method, path]: Route,
  headers: Record<string, string> = {},
) {
  return request.fetch(path, {
    method,
    headers,
    ...(method === 'POST' ? { data: {} } : {}),
    failOnStatusCode: false,
  });
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The PagerDuty token the portal's sandbox takes (playwright.config.ts sets it for the run). */
const sandboxToken = () => ({
  Authorization: `Token token=${process.env.PAGERDUTY_SANDBOX_TOKEN}`,
});

/** Every file of the built frontend, which the portal serves at / and /api/app/. */
function builtFrontendFiles(): { dist: string; files: string[] } {
  const dist = resolve('.data/build/packages/app/dist');
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(dist);
  return { dist, files };
}

/** Where the on-call backend's PagerDuty sandbox listens, as its status says. */
async function sandboxUrl(request: APIRequestContext, token: string): Promise<URL> {
  let baseUrl = '';
  await expect
    .poll(
      async () => {
        const response = await request.get('/api/oncall/status', { headers: bearer(token) });
        baseUrl = response.ok() ? (await response.json()).baseUrl : '';
        return baseUrl;
      },
      { timeout: 120_000, intervals: [1000] },
    )
    .toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  return new URL(baseUrl);
}

/** Every routing key of the sandbox's PagerDuty services, read from the sandbox itself. */
async function routingKeys(request: APIRequestContext, sandbox: URL): Promise<string[]> {
  const response = await request.get(`${sandbox.origin}/services?include[]=integrations&limit=100`, {
    headers: sandboxToken(),
  });
  expect(response.status()).toBe(200);
  const { services } = await response.json();
  const keys: string[] = services.flatMap((service: any) =>
    service.integrations.map((integration: any) => integration.integration_key),
  );
  expect(keys.length).toBeGreaterThanOrEqual(24);
  expect(keys.every(key => /^[0-9a-f]{32}$/.test(key))).toBe(true);
  return keys;
}

/** How a TCP connection to the address ends: 'connected' or the error code. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise(resolveConnection => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolveConnection('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) =>
      resolveConnection(error.code ?? error.message),
    );
  });
}

/** A real incident id, for the routes that need one. */
async function withIncidentId(request: APIRequestContext, token: string): Promise<Route[]> {
  let incident = '';
  await expect
    .poll(
      async () => {
        const response = await request.get('/api/oncall/incidents?limit=1', {
          headers: bearer(token),
        });
        incident = response.ok() ? ((await response.json()).items[0]?.id ?? '') : '';
        return incident;
      },
      { timeout: 120_000, intervals: [2000] },
    )
    .not.toBe('');
  return ROUTES.map(([method, path]) => [method, path.replace('{incident}', incident)]);
}

/** Waits until the readiness backend's records snapshot holds the demo vendors (a fresh portal reads them within minutes). */
async function waitForVendorRecord(request: APIRequestContext) {
  const headers = bearer(await signInToken(request, 'alex.auditor'));
  await expect
    .poll(
      async () =>
        (await request.get('/api/continuity/vendors/default/fedach', { headers })).status(),
      { timeout: 240_000, intervals: [3000] },
    )
    .toBe(200);
}

test.describe('security', () => {
  // A fresh portal reads the organisation, builds the docs and indexes search first.
  test.beforeEach(() => {
    test.setTimeout(420_000);
  });

  test('every backend route answers 401 without credentials or with a forged token; the health checks answer 200', async ({
    playwright,
    baseURL,
  }) => {
    const signedIn = await freshContext(playwright, baseURL!);
    const auditor = await signInToken(signedIn, 'alex.auditor');
    const routes = await withIncidentId(signedIn, auditor);

    const anonymous = await freshContext(playwright, baseURL!);
    for (const route of routes) {
      const label = route.join(' ');
      expect.soft((await call(anonymous, route)).status(), `${label} without credentials`).toBe(401);
      expect
        .soft(
          (await call(anonymous, route, bearer('forged.token.value'))).status(),
          `${label} with a forged token`,
        )
        .toBe(401);
      // The route exists: signed in, it is not refused and not unrouted (Backstage answers an
      // unknown path with an empty 404; a route answers a missing record with a NotFoundError).
      // The auditor changes nothing, so the POSTs are refused (403) or rejected as empty (400).
      const response = await call(signedIn, route, bearer(auditor));
      const status = response.status();
      const unrouted =
        status === 404 &&
        !BUILT_ON_DEMAND.includes(route[1]) &&
        !(await response.text()).includes('NotFoundError');
      if (REMOVED_ROUTES.some(([method, path]) => method === route[0] && path === route[1])) {
        expect.soft(unrouted, `${label} signed in must be unrouted (${status})`).toBe(true);
        // Nor does the sandbox's own token open it.
        expect
          .soft((await call(anonymous, route, sandboxToken())).status(), `${label} with the sandbox token`)
          .toBe(401);
        continue;
      }
      expect.soft(status, `${label} signed in`).not.toBe(401);
      expect.soft(unrouted, `${label} signed in answered an empty 404: no such route`).toBe(false);
    }
    for (const health of ['/.backstage/health/v1/readiness', '/.backstage/health/v1/liveness']) {
      expect((await anonymous.get(health)).status(), health).toBe(200);
    }
    await anonymous.dispose();
    await signedIn.dispose();
  });

  test('the PagerDuty token reaches no frontend file and no /api/app response', async ({
    request,
  }) => {
    // playwright.config.ts gives the portal a recognisable token for the run.
    const token = process.env.PAGERDUTY_SANDBOX_TOKEN!;
    expect(token).toMatch(/^e2e-pagerduty-token-/);

    // The portal does use it: the on-call backend relays the PagerDuty card's reads with it.
    const auditor = await signInToken(request, 'alex.auditor');
    const read = await request.get('/api/oncall/pagerduty/services/PXA6126', { headers: bearer(auditor) });
    expect(read.status()).toBe(200);
    expect(await read.text()).not.toContain(token);

    // The page every browser loads, with the frontend configuration injected into it.
    for (const path of ['/', '/index.html', '/catalog', '/api/app/', '/api/app/index.html']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(html, path).not.toContain(token);
      const injected = html.match(/<script type="backstage\.io\/config">([\s\S]*?)<\/script>/);
      expect(injected, `${path} carries the frontend configuration`).not.toBeNull();
      const config = JSON.stringify(JSON.parse(injected![1]));
      expect(config).not.toMatch(/"token"|"proxy"|"sandbox"/);
    }

    // Every file of the built frontend, as the portal serves it at / and /api/app/.
    const { dist, files } = builtFrontendFiles();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect(readFileSync(file).includes(token), file).toBe(false);
      const served = relative(dist, file).split('\\').join('/');
      if (served.endsWith('.tmpl')) continue;
      for (const url of [`/${served}`, `/api/app/${served}`]) {
        const response = await request.get(url);
        expect(response.status(), url).toBe(200);
        expect((await response.body()).includes(token), url).toBe(false);
      }
    }
  });

  test('the PagerDuty sandbox listens on loopback for the backend only, behind its own token', async ({
    playwright,
    baseURL,
    request,
  }) => {
    const sandbox = await sandboxUrl(request, await signInToken(request, 'alex.auditor'));
    expect(sandbox.port).not.toBe(new URL(baseURL!).port);
    // On this machine it refuses requests without its token, like PagerDuty…
    expect((await request.get(`${sandbox.origin}/services`)).status()).toBe(401);
    // …and it does not answer on the machine's other addresses.
    const external = Object.values(networkInterfaces())
      .flat()
      .filter(address => address && !address.internal && address.family === 'IPv4');
    for (const address of external) {
      expect(await tryConnect(address!.address, Number(sandbox.port)), address!.address).toBe('ECONNREFUSED');
    }

    // The public port serves none of its API, with or without its token.
    const anonymous = await freshContext(playwright, baseURL!);
    for (const path of ['/services', '/oncalls', '/incidents']) {
      const response = await anonymous.get(path, { headers: sandboxToken() });
      // The app serves its page for any other path; never PagerDuty's JSON.
      expect(response.headers()['content-type'], path).toContain('text/html');
    }
    const event = await anonymous.post('/v2/enqueue', {
      headers: sandboxToken(),
      data: { event_action: 'trigger', routing_key: '0'.repeat(32), payload: {} },
      failOnStatusCode: false,
    });
    expect(event.status()).toBe(404);
    await anonymous.dispose();
  });

  test('the auditor cannot raise an incident by any path: the API, the card, the sandbox', async ({
    page,
    request,
  }) => {
    const token = await signInToken(request, 'alex.auditor');
    const auditor = bearer(token);
    // Even holding a routing key, which the portal never hands out.
    const keys = await routingKeys(request, await sandboxUrl(request, token));
    const event = {
      event_action: 'trigger',
      routing_key: keys[0],
      payload: { summary: 'Paged by the auditor', source: 'e2e', severity: 'critical' },
    };
    const attempts: Array<[path: string, data: object]> = [
      // The portal's own flow: the permission policy refuses.
      ['/api/oncall/incidents', { entityRef: 'component:default/payment-gateway', title: 'Down' }],
      // The card's routes only read.
      ['/api/oncall/pagerduty/incidents', event],
      ['/api/oncall/pagerduty/v2/enqueue', event],
      // The sandbox once mounted on the backend, the proxy, the public port's root.
      ['/api/oncall/pagerduty-sandbox/v2/enqueue', event],
      ['/api/proxy/pagerduty/incidents', event],
      ['/v2/enqueue', event],
    ];
    const statuses: Record<string, number> = {};
    for (const [path, data] of attempts) {
      statuses[path] = (
        await request.post(path, { headers: auditor, data, failOnStatusCode: false })
      ).status();
    }
    expect(statuses).toEqual({
      '/api/oncall/incidents': 403,
      '/api/oncall/pagerduty/incidents': 404,
      '/api/oncall/pagerduty/v2/enqueue': 404,
      '/api/oncall/pagerduty-sandbox/v2/enqueue': 404,
      '/api/proxy/pagerduty/incidents': 404,
      '/v2/enqueue': 404,
    });

    // On the service page the auditor sees the card, and no control that raises an incident.
    const portal = new Portal(page);
    await portal.signIn('alex.auditor');
    await portal.visit('/catalog/default/component/payment-gateway', 'security-card-auditor', /^ON CALL$/);
    await expect(page.getByText('Create Incident')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Report a problem' })).toHaveCount(0);
    expect(portal.problems, 'console errors and failed API calls').toEqual([]);
  });

  test('no frontend file, API answer or rendered page carries a routing key', async ({ page, request }) => {
    const engineer = await signInToken(request, 'ada.engineer');
    const keys = await routingKeys(request, await sandboxUrl(request, engineer));
    const carriesKey = (text: string) => keys.find(key => text.includes(key));

    for (const file of builtFrontendFiles().files) {
      expect(carriesKey(readFileSync(file, 'latin1')), file).toBeUndefined();
    }

    // What the APIs answer: the catalog's services, the on-call routes, the card's reads, search.
    await waitForEntity(request, { kind: 'component', name: 'payment-gateway' });
    for (const path of [
      '/api/catalog/entities?filter=kind=component',
      '/api/catalog/entities/by-name/component/default/payment-gateway',
      '/api/oncall/status',
      '/api/oncall/mapping',
      '/api/oncall/oncall/now',
      '/api/oncall/oncall/entity/component/default/payment-gateway',
      '/api/oncall/incidents?limit=500',
      '/api/oncall/users',
      '/api/oncall/pagerduty/services?include[]=integrations&limit=100',
      '/api/oncall/pagerduty/services/PXA6126?time_zone=UTC&include[]=integrations&include[]=escalation_policies',
      `/api/search/query?term=${keys[0]}`,
    ]) {
      const response = await request.get(path, { headers: bearer(engineer) });
      expect(response.status(), path).toBe(200);
      expect(carriesKey(await response.text()), path).toBeUndefined();
    }

    // What the browser receives while it shows a service with the PagerDuty card.
    const answers: Array<Promise<string>> = [];
    page.on('response', response => {
      if (response.url().includes('/api/')) {
        answers.push(response.text().then(text => `${response.url()}\n${text}`, () => ''));
      }
    });
    const portal = new Portal(page);
    await portal.signIn('ada.engineer');
    await portal.visit('/catalog/default/component/payment-gateway', 'security-card-engineer', /^ON CALL$/);
    await expect(page.getByRole('button', { name: 'Report a problem' })).toBeVisible();
    const received = await Promise.all(answers);
    expect(received.some(text => text.includes('/api/oncall/pagerduty/services/PXA6126'))).toBe(true);
    for (const answer of received) {
      expect(carriesKey(answer), answer.split('\n')[0]).toBeUndefined();
    }
    expect(carriesKey(await page.content())).toBeUndefined();
    expect(portal.problems, 'console errors and failed API calls').toEqual([]);
  });

  test('no one finds the confidential vendor values through search or the catalog', async ({
    request,
  }) => {
    await waitForEntity(request, { kind: 'vendor', name: 'visa' });
    await waitForDocsAndSearch(request);
    // Values from catalog-info/confidential/vendor-contracts.yaml: FedACH's and Visa's contract
    // values, Visa's financial review summary and evidence.
    const confidential = ['420000', '2400000', 'Settlement exposure', 'visa-fin-2026'];
    const people: DemoPerson[] = ['ada.engineer', 'sam.lead', 'lee.leader', 'alex.auditor'];
    for (const person of people) {
      const headers = bearer(await signInToken(request, person));
      // Search works and holds the vendors…
      await expect
        .poll(
          async () =>
            JSON.stringify(
              await (await request.get('/api/search/query?term=FedACH', { headers })).json(),
            ),
          { timeout: 240_000, intervals: [5000] },
        )
        .toContain('/catalog/default/vendor/fedach');
      // …but not their confidential fields, whoever asks.
      for (const value of confidential) {
        const response = await request.get(
          `/api/search/query?term=${encodeURIComponent(value)}`,
          { headers },
        );
        expect(response.status()).toBe(200);
        expect(await response.text(), `${person} searching "${value}"`).not.toContain(value);
      }
      const vendors = await request.get('/api/catalog/entities?filter=kind=vendor', { headers });
      const text = await vendors.text();
      expect(text).toContain('"name":"visa"');
      for (const value of [...confidential, 'annualValue']) {
        expect(text, `${person}: the catalog's vendors`).not.toContain(value);
      }
    }
  });

  test('an auditor sees a vendor\'s contract value on its page', async ({ page, request }) => {
    await waitForVendorRecord(request);
    const portal = new Portal(page);
    await portal.signIn('alex.auditor');
    await portal.visit('/catalog/default/vendor/fedach/vendor', 'security-vendor-auditor', '420,000 USD');
    expect(portal.problems, 'console errors and failed API calls').toEqual([]);
  });

  test('an engineer who does not own the relationship sees "confidential" instead', async ({
    portal,
    request,
  }) => {
    await waitForVendorRecord(request);
    await portal.visit('/catalog/default/vendor/fedach/vendor', 'security-vendor-engineer', 'Review history');
    const contract = portal.page.getByText('Annual value', { exact: true }).locator('..');
    await expect(contract.getByText('confidential')).toBeVisible();
    await expect(portal.page.getByText('420,000')).toHaveCount(0);
  });
});
