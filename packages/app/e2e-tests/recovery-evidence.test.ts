import {
  expect,
  screens,
  screenshotDir,
  tableLayoutProblems,
  test,
  waitBeforeAll,
  waitForListTotal,
  waitForFirstPagerDutySync,
} from './portal';

test.describe('recovery proven, not declared', () => {
  waitBeforeAll(
    [
      'continuityplan:card-payments-continuity',
      'continuityplan:platform-region-loss-continuity',
      'postmortem:2026-02-12-chargeback-file-format-change',
      'exercise:2026-10-card-network-connectivity-game-day',
      'vendor:tessera-card-processing',
    ],
    async request => {
      await waitForListTotal(request, '/api/continuity/plans?limit=1', 6);
      // PagerDuty's incidents are part of the evidence once the on-call backend has synced.
      await waitForFirstPagerDutySync(request);
    },
  );

  test('a breached plan shows why: the incidents longer than its RTO, its last exercise and the dependencies slower than it', async ({
    portal,
  }) => {
    await portal.visit(
      '/catalog/default/continuityplan/card-payments-continuity/continuity',
      'recovery-evidence-breached-plan',
      'Recovery evidence',
    );
    const page = portal.page;
    const card = page.getByRole('region', { name: 'Recovery evidence' });
    await expect(card.locator('[data-recovery-status="breached"]')).toHaveText(
      'Breached',
    );
    // The post-mortem with the longest recovery decides; the others longer than the RTO are counted.
    await expect(card.getByTestId('recovery-reason')).toHaveText(
      /^Mastercard chargeback records failed to parse for two days took 1 d 5 h against an RTO of 1 hour, and \d+ more incidents? took longer too\.$/,
    );
    await expect(
      card.getByText('RTO 1 hour, RPO 5 minutes, MTPD 4 hours'),
    ).toBeVisible();
    await expect(card.getByText(/^47 min on 2026-10-21$/)).toBeVisible();
    await expect(
      card.getByText(
        /^\d+ incidents: worst 1 d 5 h \(longer than the RTO\), 90th percentile /,
      ),
    ).toBeVisible();

    const evidence = card.getByRole('list', {
      name: 'Evidence behind the status',
    });
    const exercise = evidence.locator('[data-evidence="exercise"]');
    await expect(exercise).toContainText('held on 2026-10-21, measured');
    await expect(exercise).toContainText('47 min');
    await expect(
      exercise.getByRole('link', {
        name: 'Card network connectivity game day, October 2026',
      }),
    ).toBeVisible();
    const chargebacks = evidence.locator('[data-evidence="incident"]').filter({
      hasText: 'Mastercard chargeback records failed to parse for two days',
    });
    await expect(chargebacks).toContainText('1 d 5 h (longer than the RTO)');
    await expect(chargebacks).toContainText('reviews PagerDuty DQ4DG92DWQT3AM');
    const settlement = evidence.locator('[data-evidence="incident"]').filter({
      hasText: 'Mastercard settlement reports 2 hours late after the holiday',
    });
    await expect(settlement).toContainText('1 h 45 min (longer than the RTO)');
    const processor = evidence.locator('[data-evidence="dependency"]').filter({
      has: page
        .getByRole('link', { name: 'Tessera Processing Services' })
        .first(),
    });
    await expect(processor.first()).toContainText('may take 4 hours');

    for (const screen of screens) {
      await page.setViewportSize(screen);
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({
        path: `${screenshotDir}/recovery-evidence-card-${screen.width}x${screen.height}.png`,
      });
    }

    // A longer period takes in older incidents; the status keeps the 12 months it is judged on.
    const incidentCount = async () =>
      Number(
        (await card.getByText(/^\d+ incidents: worst/).innerText()).split(
          ' ',
        )[0],
      );
    const lastYear = await incidentCount();
    await card.getByRole('button', { name: /Last 12 months/ }).click();
    await page.getByRole('option', { name: 'Last 24 months' }).click();
    await expect(
      card.getByText('Real recoveries, last 24 months'),
    ).toBeVisible();
    // The post-mortems of 2025 alone add three recoveries on the card services.
    expect(await incidentCount()).toBeGreaterThanOrEqual(lastYear + 3);
    await expect(card.locator('[data-recovery-status="breached"]')).toHaveText(
      'Breached',
    );

    // The post-mortem opens from the evidence.
    await chargebacks
      .getByRole('link', {
        name: 'Mastercard chargeback records failed to parse for two days',
      })
      .click();
    await expect(page).toHaveURL(
      /\/postmortem\/2026-02-12-chargeback-file-format-change/,
    );
  });

  test('the plans list counts each recovery status, filters by it from the address, and shows it as a column', async ({
    portal,
  }) => {
    await portal.visit(
      '/continuity/plans?recovery=breached',
      'recovery-evidence-plans-breached',
      'Card payments continuity plan',
    );
    const page = portal.page;
    const table = page.locator('table').first();
    await expect(
      table.getByRole('link', { name: 'Card payments continuity plan' }),
    ).toBeVisible();
    await expect(
      table.getByRole('link', {
        name: 'Platform and cloud region loss continuity plan',
      }),
    ).toHaveCount(0);
    await expect(
      table.getByRole('columnheader', { name: 'Recovery' }),
    ).toBeVisible();
    await expect(table.locator('[data-recovery-status]').first()).toHaveText(
      'Breached',
    );

    const overview = page.getByRole('group', { name: 'Recovery of the plans' });
    await expect(overview).toContainText(
      /\d+ breached\s*\d+ at risk\s*\d+ unproven\s*\d+ proven/,
    );
    await overview.locator('[data-recovery-count="unproven"]').click();
    await expect(page).toHaveURL(/[?&]recovery=unproven/);
    await expect(
      table.getByRole('link', { name: 'Customer onboarding continuity plan' }),
    ).toBeVisible();
    await expect(
      table.getByRole('link', { name: 'Card payments continuity plan' }),
    ).toHaveCount(0);

    await page.goto('/continuity/plans');
    await expect(table.locator('[data-recovery-status]')).toHaveCount(6);
    await page.waitForLoadState('networkidle');
    // On a laptop screen too, every column fits: no word broken, nothing cut off.
    for (const screen of screens) {
      await page.setViewportSize(screen);
      await page.screenshot({
        path: `${screenshotDir}/recovery-evidence-plans-${screen.width}x${screen.height}.png`,
        fullPage: true,
      });
      expect(
        await tableLayoutProblems(table),
        `the plans list at ${screen.width} px`,
      ).toEqual([]);
    }
  });
});
