import { Locator, Page } from '@playwright/test';
import {
  DemoPerson,
  expect,
  Portal,
  readApi,
  screens,
  screenshotDir,
  test,
  waitBeforeAll,
  waitForFirstPagerDutySync,
  waitForListTotal,
  waitForScorecardHistory,
} from './portal';

/** Every role's widgets, by the title their card shows. */
const engineerWidgets = [
  'My on-call shifts',
  "Open incidents on my squad's services",
  'My squad’s level',
  'My and my squad’s actions',
  'My squad’s paging alerts with a gap',
  'SOPs due for review',
];
const leaderWidgets = [
  'Attestations awaiting your approval',
  'Squads per level, by quarter',
  'Squads that moved down',
  'Checks failing most often',
  'Overdue actions by squad',
  'MTTR and MTBF by domain',
  'Post-mortems later than three days',
];
const auditorWidgets = [
  'Reviews overdue and due within 30 days',
  'Critical functions without an exercise in 12 months',
  'DORA register completeness',
  'Exports',
  'Records changed most recently',
];

/** The widgets leaders and auditors both see. */
const leaderAndAuditorWidgets = ['Critical functions’ recovery'];

/** A widget's card on the home grid, found by its title. */
function widget(page: Page, title: string): Locator {
  return page.locator('.react-grid-item').filter({
    has: page.getByText(title, { exact: true }),
  });
}

/** Signs in, opens the home page and waits until every widget has loaded. */
async function openHome(page: Page, person: DemoPerson): Promise<Portal> {
  const portal = new Portal(page);
  await portal.signIn(person);
  await page.goto('/');
  await expect(page.locator('.react-grid-item').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  return portal;
}

/**
 * Waits until a widget has loaded (its placeholder lines are gone: the network can fall quiet
 * before a widget's second request starts), checks it shows no error and no "undefined", then
 * returns its text.
 */
async function widgetText(page: Page, title: string): Promise<string> {
  const card = widget(page, title);
  await expect(card).toBeVisible();
  await expect(card.locator('.bui-Skeleton')).toHaveCount(0, {
    timeout: 30_000,
  });
  await expect(card.getByText(/^Could not load this/)).toHaveCount(0);
  const text = await card.innerText();
  expect(text, `${title} says undefined`).not.toMatch(/undefined|NaN/);
  return text;
}

/** Saves the home page at both screen sizes. */
async function screenshots(page: Page, person: DemoPerson) {
  for (const screen of screens) {
    await page.setViewportSize(screen);
    // The grid measures its width when it mounts: load the page again at this size.
    await page.reload();
    await expect(page.locator('.react-grid-item').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.screenshot({
      path: `${screenshotDir}/home-${person}-${screen.width}x${screen.height}.png`,
      fullPage: true,
    });
  }
}

test.describe("each person's home page", () => {
  waitBeforeAll(
    [
      'group:ach-operations-squad',
      'capabilitymodel:engineering-capability-model',
    ],
    async request => {
      // The demo history and the first PagerDuty sync land a little after the catalog, and the
      // records reach the post-mortem and continuity backends when they next read it.
      await waitForScorecardHistory(request, 4);
      await waitForFirstPagerDutySync(request);
      await waitForListTotal(request, '/api/postmortems?limit=1', 31);
      await waitForListTotal(request, '/api/continuity/plans?limit=1', 6);
    },
  );

  test("Ada (engineer) sees her shift, her squad's overdue actions and its level", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const portal = await openHome(page, 'ada.engineer');
    expect(await widgetText(page, 'My on-call shifts')).toMatch(
      /(On call now|Next shift): ACH Operations Squad escalation policy, level \d/,
    );
    expect(await widgetText(page, 'My and my squad’s actions')).toMatch(
      /\d+ open, [1-9]\d* overdue[\s\S]*overdue by \d+ days?/,
    );
    expect(await widgetText(page, 'My squad’s level')).toMatch(
      /ACH Operations Squad (is at level \d|has not been evaluated)/,
    );
    for (const title of engineerWidgets) await widgetText(page, title);
    for (const title of [
      ...leaderWidgets,
      ...auditorWidgets,
      ...leaderAndAuditorWidgets,
    ]) {
      await expect(widget(page, title)).toHaveCount(0);
    }
    await portal.expectNoErrorBoundary();
    await screenshots(page, 'ada.engineer');
    expect(portal.problems).toEqual([]);
  });

  test('Lee (CTO) sees the level distribution over at least four quarters, overdue actions by squad, MTTR and MTBF', async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    const portal = await openHome(page, 'lee.leader');
    const distribution = await widgetText(page, 'Squads per level, by quarter');
    expect(
      distribution.match(/\d{4}-Q\d: L3 \d+ · L2 \d+ · L1 \d+ · L0 \d+/g) ?? [],
    ).toHaveLength(4);

    const overdue = await readApi<{ total: number }>(
      request,
      '/api/postmortems/actions?filter[overdue]=true&limit=1',
      'lee.leader',
    );
    expect(overdue.total).toBeGreaterThan(0);
    expect(await widgetText(page, 'Overdue actions by squad')).toMatch(
      new RegExp(
        `${overdue.total} overdue across \\d+ squads?\\n[^:]+: \\d+ overdue\\nthe oldest by \\d+ days?`,
      ),
    );

    // Four trailing years, one per quarter, for each domain with incidents.
    const trend = await widgetText(page, 'MTTR and MTBF by domain');
    expect(trend).toMatch(
      /Trailing 12 months at the end of \d{4}-Q\d to \d{4}-Q\d/,
    );
    expect(trend).toMatch(
      /MTTR ([^→\n]+ → ){3}[^→\n]+\nMTBF ([^→\n]+ → ){3}[^→\n]+/,
    );
    expect(trend).toMatch(/MTTR [^\n]*\d+ (min|h)/);
    expect(trend).toMatch(/MTBF [^\n]*\d+ d/);

    const late = await readApi<{ total: number }>(
      request,
      '/api/postmortems?filter[publication]=overdue&limit=1',
      'lee.leader',
    );
    expect(
      await widgetText(page, 'Post-mortems later than three days'),
    ).toMatch(
      late.total > 0
        ? new RegExp(
            `${late.total} unpublished more than 3 days after resolution\\n[\\s\\S]*days? past the deadline`,
          )
        : /Every post-mortem was published within 3 days/,
    );
    for (const title of [...leaderWidgets, ...leaderAndAuditorWidgets]) {
      await widgetText(page, title);
    }
    for (const title of [...engineerWidgets, ...auditorWidgets]) {
      await expect(widget(page, title)).toHaveCount(0);
    }
    await portal.expectNoErrorBoundary();
    await screenshots(page, 'lee.leader');
    expect(portal.problems).toEqual([]);
  });

  test('Alex (auditor) sees the overdue reviews, unexercised critical functions, DORA completeness, exports and record changes', async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    const portal = await openHome(page, 'alex.auditor');
    expect(
      await widgetText(page, 'Reviews overdue and due within 30 days'),
    ).toMatch(
      /[1-9]\d* overdue, \d+ due within 30 days[\s\S]*overdue by \d+ days?/,
    );

    const critical = await readApi<{ total: number }>(
      request,
      '/api/continuity/plans?filter[criticality]=critical&limit=1',
      'alex.auditor',
    );
    expect(critical.total).toBeGreaterThan(0);
    expect(
      await widgetText(
        page,
        'Critical functions without an exercise in 12 months',
      ),
    ).toMatch(
      new RegExp(
        `(\\d+ of ${critical.total} critical functions without an exercise in 12 months\\n[\\s\\S]*(last exercised \\d{4}-\\d{2}-\\d{2}|never exercised)|Every one of the ${critical.total} critical functions had its plan exercised within 12 months: nothing to do\\.)`,
      ),
    );

    const { tables } = await readApi<{
      tables: Array<{ missingCount: number }>;
    }>(request, '/api/continuity/dora', 'alex.auditor');
    const missing = tables.reduce((sum, table) => sum + table.missingCount, 0);
    expect(await widgetText(page, 'DORA register completeness')).toMatch(
      new RegExp(
        `\\d{1,3}% of mandatory values recorded; ${missing} required values? missing`,
      ),
    );

    // One click downloads a register.
    const exports = widget(page, 'Exports');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByRole('button', { name: 'Vendor register' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('vendor-register.csv');
    // The DORA register is one report package, offered once the linter finds no error.
    await expect(
      exports.getByRole('button', { name: 'Report package (ZIP)' }),
    ).toBeEnabled();

    // Each recovery status counted as the plans list filters it.
    const recovery = await widgetText(page, 'Critical functions’ recovery');
    for (const status of ['breached', 'at-risk', 'unproven', 'proven']) {
      const { total } = await readApi<{ total: number }>(
        request,
        `/api/continuity/plans?filter[criticality]=critical&filter[recovery]=${status}&limit=1`,
        'alex.auditor',
      );
      expect(recovery).toContain(`${total} ${status.replace('-', ' ')}`);
    }

    // The demo records are read from this git checkout: each file names its last commit.
    expect(await widgetText(page, 'Records changed most recently')).toMatch(
      /\d{4}-\d{2}-\d{2} · [^·]+ · [0-9a-f]{7} “[^”]*” · catalog-info\/[\w/-]+\.yaml/,
    );
    for (const title of [...engineerWidgets, ...leaderWidgets]) {
      await expect(widget(page, title)).toHaveCount(0);
    }
    await portal.expectNoErrorBoundary();
    await screenshots(page, 'alex.auditor');
    expect(portal.problems).toEqual([]);
  });

  test('Sam (squad lead) sees the engineer widgets of his squad', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const portal = await openHome(page, 'sam.lead');
    for (const title of engineerWidgets) await widgetText(page, title);
    await screenshots(page, 'sam.lead');
    expect(portal.problems).toEqual([]);
  });
});
