import { readFileSync } from 'node:fs';
import {
  authHeaders,
  expect,
  expectTablesFit,
  test,
  waitBeforeAll,
  waitForListTotal,
} from './portal';

test.describe('continuity and vendors for auditors', () => {
  waitBeforeAll(
    [
      'vendor:tessera-card-processing',
      'vendor:pagerduty',
      'continuityplan:card-payments-continuity',
      'exercise:2026-11-swift-outage-game-day',
      'component:ledger-service',
    ],
    async request => {
      await waitForListTotal(request, '/api/continuity/vendors?limit=1', 18);
      await waitForListTotal(request, '/api/continuity/plans?limit=1', 6);
      await waitForListTotal(request, '/api/continuity/exercises?limit=1', 12);
    },
  );

  test('the vendor register shows reviews, with overdue ones standing out, and filters', async ({
    portal,
  }) => {
    await portal.visit(
      '/continuity/vendors',
      'continuity-vendor-register',
      'Vendor register',
    );
    const page = portal.page;
    await expect(page.getByText(/^Overdue · 2026-/).first()).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Tessera Processing Services' }),
    ).toBeVisible();

    await expectTablesFit(page, 'continuity-vendor-register');

    // The backend searches the register as the search box is typed in.
    const search = page.getByRole('searchbox', { name: 'Search vendors' });
    await search.fill('tessera');
    await expect(page.getByRole('link', { name: 'Mailcrest' })).toHaveCount(0);
    await expect(
      page.getByRole('link', { name: 'Tessera Processing Services' }),
    ).toBeVisible();
    await search.fill('');

    await page.getByLabel('Criticality').click();
    await page.getByRole('option', { name: 'medium' }).click();
    await page.keyboard.press('Escape');
    await expect(
      page.getByRole('link', { name: 'Mailcrest' }).first(),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Tessera Processing Services' }),
    ).toHaveCount(0);
  });

  test('a vendor page shows every field, its reviews and its blast radius with the RTO it breaks', async ({
    portal,
  }) => {
    await portal.visit(
      '/catalog/default/vendor/tessera-card-processing/vendor',
      'continuity-vendor-blast-radius',
      'RTOs its loss would break (1)',
    );
    const page = portal.page;
    await expect(page.getByText('Review history')).toBeVisible();
    await expect(page.getByText('Annual value', { exact: true })).toBeVisible();
    await expect(page.getByText(/^Dependents \(\d+\)$/)).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Card payments continuity plan' }).first(),
    ).toBeVisible();
  });

  test('a continuity plan shows its BIA, call tree, exercises and RTO conflicts', async ({
    portal,
  }) => {
    await portal.visit(
      '/catalog/default/continuityplan/card-payments-continuity/continuity',
      'continuity-plan',
      'Business-impact analysis',
    );
    const page = portal.page;
    await expect(
      page.getByText(/The RTO of 1 hour is shorter than/),
    ).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    for (const heading of [
      'Call tree',
      'Crisis communications by audience',
      'Exercises and their results',
    ]) {
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    // The squads of the call tree: who is on call now, or why that is not known.
    await expect(page.getByText('looking up who is on call…')).toHaveCount(0);
    await page.screenshot({
      path: '.data/screenshots/continuity-plan.png',
      fullPage: true,
    });
  });

  test('the exercises list shows targets against measured times, results and findings', async ({
    portal,
  }) => {
    await portal.visit(
      '/continuity/exercises',
      'continuity-exercises',
      'Game days, table-tops and DR tests',
    );
    const page = portal.page;
    await expect(page.getByText('(missed)').first()).toBeVisible();
    await page
      .getByRole('row', { name: /AWS region failover DR test, August 2025/ })
      .getByRole('button', { name: 'Show details' })
      .click();
    await expect(
      page.getByRole('heading', { name: 'Success criteria' }),
    ).toBeVisible();
    await expectTablesFit(page, 'continuity-exercises');
  });

  test('the plans list shows each plan with its reviews and recovery, then every RTO conflict', async ({
    portal,
  }) => {
    await portal.visit(
      '/continuity/plans',
      'continuity-plans',
      'RTO conflicts: dependencies slower than the plan that needs them',
    );
    const page = portal.page;
    await expect(page.locator('[data-recovery-status]')).toHaveCount(6);
    const conflicts = page.getByRole('region', {
      name: 'RTO conflicts: dependencies slower than the plan that needs them',
    });
    await expect(conflicts.getByRole('row').nth(1)).toBeVisible();
    await expectTablesFit(page, 'continuity-plans');
  });

  test('reviews due lists what is overdue or due within 90 days, by owner', async ({
    portal,
  }) => {
    await portal.visit(
      '/continuity/reviews',
      'continuity-reviews-due',
      'By owner',
    );
    const page = portal.page;
    await expect(page.getByText(/^Overdue · /).first()).toBeVisible();
    await expect(
      page.getByText('Vendor security review').first(),
    ).toBeVisible();
    await expectTablesFit(page, 'continuity-reviews-due');
  });

  test('auditors export the lists and the DORA tables, and print a vendor with its provenance', async ({
    portal,
    request,
  }) => {
    await portal.visit(
      '/continuity/exports',
      'continuity-exports',
      'DORA register of information',
    );
    const page = portal.page;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Vendor register' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(
      /^Vendor,Name,Legal name,Country,Criticality,/,
    );
    expect(csv.trimEnd().split('\r\n')).toHaveLength(19);

    const headers = await authHeaders(request);
    const dora = await request.get('/api/continuity/dora/B_05.01.csv', {
      headers,
    });
    expect(dora.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect((await dora.text()).split('\r\n')[0]).toMatch(
      /^B_05\.01\.0010 Identification code of the ICT third-party service provider,/,
    );

    await portal.visit(
      '/continuity/print/vendor/default/fedach',
      'continuity-print-vendor',
      'Provenance',
    );
    await expect(
      page.getByText(/catalog-info\/vendors\/vendors\.yaml$/),
    ).toBeVisible();
    await expect(page.getByText(/ by .+: “.+” \(commit/)).toBeVisible();
  });

  test('a service shows what its loss reaches', async ({ portal }) => {
    await portal.visit(
      '/catalog/default/component/ledger-service/blast-radius',
      'continuity-service-blast-radius',
      /^Dependents \(\d+\)$/,
    );
  });
});
