import { APIRequestContext } from '@playwright/test';
import {
  authHeaders,
  expect,
  screens,
  screenshotDir,
  test,
  waitBeforeAll,
  waitForListTotal,
} from './portal';
import { E2E_TODAY } from './today';

// The demo's register history: a snapshot dated a year before the pinned day, derived from the
// records (docs/dora-register.md). The last 31 December before the pinned day falls in it.
const LAST_YEAR_END = `${Number(E2E_TODAY.slice(0, 4)) - 1}-12-31`;

/** Polls until the continuity backend has seeded the demo history and snapshotted today's records. */
async function waitForRegisterHistory(request: APIRequestContext) {
  const headers = await authHeaders(request);
  await expect
    .poll(
      async () => {
        const response = await request.get('/api/continuity/dora/history', { headers });
        if (!response.ok()) return [];
        const { snapshots } = await response.json();
        return [...new Set(snapshots.map((s: { source: string }) => s.source))].sort();
      },
      { timeout: 240_000, intervals: [5000] },
    )
    .toEqual(['demo', 'records']);
}

test.describe('the DORA register as of a day, for auditors', () => {
  test.use({ person: 'alex.auditor' });

  waitBeforeAll(['vendor:edgeshield-cdn', 'vendor:aegis-hsm'], async request => {
    await waitForListTotal(request, '/api/continuity/vendors?limit=1', 18);
    await waitForRegisterHistory(request);
  });

  test('Alex picks the last 31 December, downloads a template as it stood then, and compares with today', async ({
    portal,
  }) => {
    await portal.visit('/continuity/exports', 'dora-register-today', 'The register on another day');
    const page = portal.page;
    await expect(page.getByText('DORA register of information', { exact: true }).first()).toBeVisible();

    // The date picker takes a typed day (the browser's en-US order: month, day, year).
    const asOf = page.getByRole('group', { name: 'Register as of' }).first();
    await asOf.getByRole('spinbutton', { name: /month/i }).click();
    await page.keyboard.type(LAST_YEAR_END.slice(5, 7) + LAST_YEAR_END.slice(8, 10) + LAST_YEAR_END.slice(0, 4));
    await expect(page).toHaveURL(new RegExp(`asOf=${LAST_YEAR_END}`));
    const title = `DORA register of information as of ${LAST_YEAR_END}`;
    await expect(page.getByText(title)).toBeVisible();
    await expect(page.getByText(/As the records stood from .* \(the demo history\)\./)).toBeVisible();

    // B_05.01 a year ago: one provider fewer than today's 18.
    const templates = page.getByRole('grid').first();
    const providers = templates
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^B_05\.01/ }) });
    await expect(providers.getByRole('gridcell').first()).toHaveText('17');
    const csv = page.waitForEvent('download');
    await providers.getByRole('button', { name: 'B_05.01' }).click();
    expect((await csv).suggestedFilename()).toBe(`dora-B_05.01-${LAST_YEAR_END}.csv`);

    // The report package of that day: that day is its reference date.
    await expect(
      page.getByText(
        new RegExp(`^\\d+ warnings, which do not block the submission\\. Reference date ${LAST_YEAR_END}\\.$`),
      ),
    ).toBeVisible();
    const zip = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download report package (xBRL-CSV ZIP)' }).click();
    expect((await zip).suggestedFilename()).toMatch(
      new RegExp(`^5493001MERIDIANPAY22\\.IND_IE_DORA010100_DORA_${LAST_YEAR_END}_\\d{17}\\.zip$`),
    );

    await page.getByRole('button', { name: 'Compare with today' }).click();
    await expect(page).toHaveURL(new RegExp(`compare=${E2E_TODAY}`));
    const changes = page.getByRole('region', { name: 'Register changes' });
    await expect(changes.getByText(`What changed from ${LAST_YEAR_END}`)).toBeVisible();
    await expect(changes.getByRole('row').filter({ hasText: 'Edgeshield Networks, Inc.' })).toContainText('Added');
    await expect(changes.getByRole('row').filter({ hasText: 'ESN-2024-0045' })).toContainText('Added');
    // The renewed contract: its end date and, for an auditor, its amount.
    const renewed = changes.getByRole('row').filter({ hasText: 'ACS-HSM-2023-014' });
    await expect(renewed).toContainText('Changed');
    await expect(renewed).toContainText('2027-03-31 → 2028-03-31');
    await expect(renewed).toContainText('189000 → 210000');
    await expect(
      changes.getByRole('row').filter({ hasText: 'ACH payments' }),
    ).toContainText('Recovery time objective of the function (B_06.01.0080): 8 → 4');
    await portal.expectNoErrorBoundary();

    for (const screen of screens) {
      await page.setViewportSize(screen);
      await page.screenshot({
        path: `${screenshotDir}/dora-register-history-${screen.width}x${screen.height}.png`,
        fullPage: true,
      });
      // The difference at full size: its columns are what a screen this narrow must fit.
      await changes.screenshot({
        path: `${screenshotDir}/dora-register-changes-${screen.width}x${screen.height}.png`,
      });
    }

    // The view is in the address: reloading it shows the same days.
    await page.reload();
    await expect(page.getByText(title)).toBeVisible();
    await expect(changes.getByText('ESN-2024-0045')).toBeVisible();
  });

  test('the API refuses a day it cannot answer for, naming the parameter and the format', async ({
    request,
  }) => {
    const headers = await authHeaders(request, 'alex.auditor');
    const bad = await request.get('/api/continuity/dora?asOf=31.12.2025', { headers });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.message).toBe(
      'asOf must be a calendar day written YYYY-MM-DD, such as 2025-12-31 (got "31.12.2025")',
    );
    const early = await request.get('/api/continuity/dora/diff?from=2020-12-31&to=2025-12-31', {
      headers,
    });
    expect(early.status()).toBe(400);
    expect((await early.json()).error.message).toMatch(
      /^from 2020-12-31 is before the register's first snapshot, taken on \d{4}-\d{2}-\d{2}$/,
    );
  });
});
