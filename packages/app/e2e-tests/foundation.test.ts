import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { rmSync } from 'node:fs';
import { request as playwrightRequest } from '@playwright/test';
import {
  expect,
  signInToken,
  test,
  waitForDocsAndSearch,
  waitForEntity,
} from './portal';

test.describe('the portal on its embedded defaults', () => {
  test.beforeAll(async ({ request }) => {
    test.setTimeout(300_000);
    await waitForEntity(request, { kind: 'component', name: 'payment-gateway' });
    await waitForDocsAndSearch(request);
  });

  test('the catalog API needs a signed-in user and returns the demo organisation', async ({
    request,
  }) => {
    expect((await request.get('/api/catalog/entities')).status()).toBe(401);

    const token = await signInToken(request);
    const headers = { Authorization: `Bearer ${token}` };
    const squads = await request.get(
      '/api/catalog/entities/by-query?filter=kind=group,spec.type=team&limit=100',
      { headers },
    );
    const squadNames = (await squads.json()).items.map(
      (group: { metadata: { name: string } }) => group.metadata.name,
    );
    expect(squadNames).toContain('ach-operations-squad');
    expect(squadNames.length).toBeGreaterThanOrEqual(8);

    await expect
      .poll(
        async () => {
          const jobs = await request.get(
            '/api/catalog/entities/by-query?filter=kind=component,spec.type=job&limit=1',
            { headers },
          );
          return (await jobs.json()).totalItems;
        },
        { timeout: 60_000 },
      )
      .toBeGreaterThanOrEqual(65);
  });

  test('home, catalog, a service, a squad and a TechDocs page render', async ({
    portal,
  }) => {
    await portal.visit('/', 'home', 'Readiness Portal');
    await portal.visit(
      '/catalog?filters[kind]=component&filters[user]=all',
      'catalog',
      /All Components \(\d+\)/,
    );
    await portal.visit(
      '/catalog/default/component/payment-gateway',
      'service-page',
      'Payments Core Squad',
    );
    await portal.visit(
      '/catalog/default/group/ach-operations-squad',
      'group-page',
      'Sam Patel',
    );
    // Text of docs/index.md, rendered by mkdocs into the reader's shadow root.
    await portal.visit(
      '/docs/default/component/readiness-portal',
      'techdocs-page',
      'Why records as code',
    );
  });
});

async function freePort(): Promise<number> {
  return new Promise(resolve => {
    const server = createServer().listen(0, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' ? address!.port : 0));
    });
  });
}

/** Starts `./portal start` on its own port and data folder; resolves when it answers. */
async function startPortal(port: number, dataDir: string) {
  const child = spawn('./portal', ['start'], {
    env: { ...process.env, PORTAL_PORT: String(port), PORTAL_DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', chunk => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>(resolve => child.on('exit', resolve));
  await expect
    .poll(() => stderr, { timeout: 180_000, intervals: [500] })
    .toContain('Readiness Portal is running at');
  return { child, exited, stderr: () => stderr };
}

test('a registered location survives a restart, and Ctrl-C stops the portal cleanly', async () => {
  test.setTimeout(420_000);
  const port = await freePort();
  const dataDir = '.data/e2e-restart';
  rmSync(dataDir, { recursive: true, force: true });
  const target = 'https://github.com/meridian-pay/records/blob/main/catalog-info.yaml';
  const api = await playwrightRequest.newContext({
    baseURL: `http://localhost:${port}`,
  });

  const first = await startPortal(port, dataDir);
  const token = await signInToken(api);
  const headers = { Authorization: `Bearer ${token}` };
  const created = await api.post('/api/catalog/locations', {
    headers,
    data: { type: 'url', target },
  });
  expect(created.status()).toBe(201);
  first.child.kill('SIGINT');
  expect(await first.exited).toBe(0);
  expect(first.stderr()).toContain('portal: stopped');

  const second = await startPortal(port, dataDir);
  const locations = await api.get('/api/catalog/locations', {
    headers: { Authorization: `Bearer ${await signInToken(api)}` },
  });
  const targets = (await locations.json()).map(
    (location: { data: { target: string } }) => location.data.target,
  );
  expect(targets).toContain(target);
  second.child.kill('SIGINT');
  expect(await second.exited).toBe(0);
  await api.dispose();
});
