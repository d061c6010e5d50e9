import {
  authHeaders,
  expect,
  screenshotDir,
  evaluateScorecards,
  test,
  waitBeforeAll,
} from './portal';
import { daysAfterToday } from './today';

const squadPage = '/catalog/default/group/ach-operations-squad';

test.describe('capability scorecards', () => {
  waitBeforeAll(
    [
      'group:ach-operations-squad',
      'capabilitymodel:engineering-capability-model',
    ],
    async request => {
      expect((await evaluateScorecards(request)).squads).toBe(8);
    },
  );

  test("a squad's card and scorecard, and a member attesting a check", async ({
    portal,
  }) => {
    const { page } = portal;
    await portal.visit(
      squadPage,
      'scorecards-squad-overview',
      'Capability scorecard',
    );
    const card = page.getByRole('region', { name: 'Capability scorecard' });
    await expect(card.getByText(/^Level \d/)).toBeVisible();
    await expect(card.getByText(/attestations? due/)).toBeVisible();
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({
      path: `${screenshotDir}/scorecards-squad-card.png`,
    });

    await portal.visit(
      `${squadPage}/scorecard`,
      'scorecards-squad-tab',
      /^What blocks level|^Next level$/,
    );
    await expect(page.getByText('How to fix').first()).toBeVisible();

    const firstDue = page
      .getByRole('row')
      .filter({
        has: page.getByRole('button', { name: 'Attest', exact: true }),
      })
      .first();
    const checkTitle = (
      await firstDue.getByRole('rowheader').innerText()
    ).trim();
    await firstDue.getByRole('button', { name: 'Attest', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText(`Attest: ${checkTitle}`)).toBeVisible();
    await dialog
      .getByLabel(/Evidence link/)
      .fill('https://ci.meridianpay.example/ach-operations/pipelines');
    await dialog
      .getByLabel(/Comment/)
      .fill('Every pull request and every merge to main is built and tested.');
    await dialog.screenshot({
      path: `${screenshotDir}/scorecards-attest-form.png`,
    });
    await dialog.getByRole('button', { name: 'Attest', exact: true }).click();
    await expect(dialog).toBeHidden();

    // The check now passes with the evidence, and the audit trail names who attested, by name.
    const checks = page.getByRole('row').filter({ hasText: checkTitle });
    await expect(
      checks.getByText(/^Attested by Ada Okafor on/).first(),
    ).toBeVisible();
    const audited = page
      .getByRole('row')
      .filter({ hasText: /attested/ })
      .filter({ hasText: 'Ada Okafor' })
      .first();
    await expect(audited).toBeVisible();
    await portal.expectNoErrorBoundary();
    await audited.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshotDir}/scorecards-attested.png` });
  });

  test('the leadership page: heat map by domain, levels, trend, comparison and export', async ({
    portal,
  }) => {
    const { page } = portal;
    await portal.visit('/scorecards', 'scorecards-leadership', 'Heat map');
    const heatMap = page.getByRole('table', { name: 'Scorecard heat map' });
    await expect(
      heatMap.getByRole('link', { name: 'ACH Operations Squad' }),
    ).toBeVisible();
    await expect(heatMap.getByText('payments', { exact: true })).toBeVisible();
    await heatMap.screenshot({
      path: `${screenshotDir}/scorecards-heat-map.png`,
    });

    const card = (title: string) => page.getByRole('region', { name: title });
    const levels = card('Level distribution');
    await levels.scrollIntoViewIfNeeded();
    await expect(levels.locator('.recharts-surface')).toBeVisible();
    await levels.screenshot({ path: `${screenshotDir}/scorecards-levels.png` });

    const trend = card('Trend');
    await expect(trend.getByText(/^\d{4}-W\d{2}$/).first()).toBeVisible();
    await trend.screenshot({
      path: `${screenshotDir}/scorecards-trend-week.png`,
    });
    await trend.getByRole('button', { name: 'By quarter' }).click();
    await expect(trend.getByText(/^\d{4}-Q\d$/).first()).toBeVisible();
    await trend.screenshot({
      path: `${screenshotDir}/scorecards-trend-quarter.png`,
    });

    const comparison = card('Compare two dates');
    await comparison.scrollIntoViewIfNeeded();
    await expect(comparison.getByRole('table')).toBeVisible();
    await comparison.screenshot({
      path: `${screenshotDir}/scorecards-comparison.png`,
    });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = await download;
    expect(csv.suggestedFilename()).toMatch(
      /^scorecards-\d{4}-\d{2}-\d{2}\.csv$/,
    );
  });

  test('only squad members attest and only leadership waives', async ({
    request,
  }) => {
    const ada = await authHeaders(request, 'ada.engineer');
    const lee = await authHeaders(request, 'lee.leader');
    const attestation = {
      squad: 'group:default/wires-squad',
      checkId: 'continuous-integration',
      evidenceUrl: 'https://ci.meridianpay.example/wires',
      comment: 'Not my squad',
    };
    const refused = await request.post('/api/scorecards/attestations', {
      headers: ada,
      data: attestation,
    });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.message).toBe(
      'You may not attest checks for wires-squad (permission readiness.scorecard.attest)',
    );

    const expiresOn = daysAfterToday(30);
    const waiver = {
      squad: 'group:default/ach-operations-squad',
      checkId: 'recent-game-day',
      reason: 'Game day moved after the FedACH cut-over',
      expiresOn,
    };
    expect(
      (
        await request.post('/api/scorecards/waivers', {
          headers: ada,
          data: waiver,
        })
      ).status(),
    ).toBe(403);
    expect(
      (
        await request.post('/api/scorecards/waivers', {
          headers: lee,
          data: waiver,
        })
      ).status(),
    ).toBe(201);
    const bad = await request.post('/api/scorecards/waivers', {
      headers: lee,
      data: { ...waiver, expiresOn: 'soon' },
    });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.message).toBe(
      'expiresOn: must be a date YYYY-MM-DD',
    );
  });
});
