import { readFileSync } from 'node:fs';
import { authHeaders, expect, screens, screenshotDir, test } from './portal';
import { E2E_TODAY } from './today';

const TEMPLATES = [
  'B_01.01', 'B_01.02', 'B_01.03', 'B_02.01', 'B_02.02', 'B_02.03', 'B_03.01', 'B_03.02',
  'B_03.03', 'B_04.01', 'B_05.01', 'B_05.02', 'B_06.01', 'B_07.01', 'B_99.01',
];

test.describe('the DORA register of information, for an auditor', () => {
  test.use({ person: 'alex.auditor' });

  test('shows every template complete, the lint findings, and downloads a submittable report package', async ({
    portal,
    request,
  }) => {
    await portal.visit(
      '/continuity/exports',
      'dora-register-exports',
      'Submittable: the pre-submission linter finds no error',
    );
    const page = portal.page;

    // Per template: its rows and missing values, every template of Annex I.
    const templates = page.getByRole('grid').first();
    for (const code of TEMPLATES) {
      await expect(
        templates.getByRole('rowheader', { name: new RegExp(`^${code.replace('.', '\\.')}`) }),
      ).toBeVisible();
    }
    const providers = templates
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^B_05\.01/ }) });
    await expect(providers.getByRole('gridcell').first()).toHaveText('18');
    await expect(providers.getByText('none', { exact: true })).toBeVisible();
    await expect(page.getByText('Every required value of every template is recorded.')).toBeVisible();

    // The lint findings: the dollar contracts warn, they do not block.
    await expect(page.getByText('DORA-BASE-CURRENCY').first()).toBeVisible();
    await expect(page.getByText(/^\d+ warnings, which do not block the submission\. Reference date 2026-11-22\.$/)).toBeVisible();

    for (const screen of screens) {
      await page.setViewportSize(screen);
      await page.screenshot({
        path: `${screenshotDir}/dora-register-exports-${screen.width}x${screen.height}.png`,
        fullPage: true,
      });
    }

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download report package (xBRL-CSV ZIP)' }).click();
    const zip = await download;
    expect(zip.suggestedFilename()).toMatch(
      new RegExp(`^5493001MERIDIANPAY22\\.IND_IE_DORA010100_DORA_${E2E_TODAY}_\\d{17}\\.zip$`),
    );
    expect(readFileSync((await zip.path())!).subarray(0, 2).toString()).toBe('PK');

    // Someone from whom contract values are withheld cannot produce a submittable package.
    const refused = await request.get('/api/continuity/dora/package', {
      headers: await authHeaders(request, 'ada.engineer'),
    });
    expect(refused.status()).toBe(422);
    expect((await refused.json()).findings).toContainEqual(
      expect.objectContaining({ rule: 'DORA-WITHHELD', severity: 'error' }),
    );
  });
});
