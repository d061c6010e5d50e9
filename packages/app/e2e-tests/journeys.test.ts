import { APIRequestContext, Locator, Page } from '@playwright/test';
import {
  expect,
  Portal,
  readApi,
  screens,
  screenshotDir,
  test,
  waitBeforeAll,
  waitForResolvedIncidents,
} from './portal';
import { E2E_TODAY } from './today';

/** The first screen of the large screen: what a person sees without scrolling. */
const [large, laptop] = screens;

/** Photographs the first screen at both sizes. */
async function firstScreens(page: Page, name: string) {
  for (const size of [large, laptop]) {
    await page.setViewportSize(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({
      path: `${screenshotDir}/${name}-${size.width}x${size.height}.png`,
    });
  }
  await page.setViewportSize(large);
}

const alertPage =
  '/catalog/default/alert/ach-origination-file-0600-not-acknowledged';
const service = 'component:default/ach-origination-service';
const servicePage = '/catalog/default/component/ach-origination-service';

type OnCallGroup = { levels: Array<{ now: Array<{ name: string }> }> };

/** Who the on-call backend says is on call first for an entity, once it has synced. */
async function firstOnCall(
  request: APIRequestContext,
  entityPath: string,
): Promise<string> {
  let name: string | undefined;
  await expect
    .poll(
      async () => {
        const { items } = await readApi<{ items: OnCallGroup[] }>(
          request,
          `/api/oncall/oncall/entity/${entityPath}`,
        );
        name = items.flatMap(group => group.levels)[0]?.now[0]?.name;
        return name;
      },
      { timeout: 180_000, intervals: [2000] },
    )
    .toBeTruthy();
  return name!;
}

/** Fails unless the element is shown whole above the fold of a 900 px high window. */
async function expectOnFirstScreen(page: Page, element: Locator, what: string) {
  await expect(element, what).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = (await element.boundingBox())!;
  expect(
    box.y + box.height,
    `${what} ends above ${large.height} px`,
  ).toBeLessThanOrEqual(large.height);
}

/**
 * The business day in New York as the pinned clock of the page has it: `readiness.today`
 * at the real time of day.
 */
function newYorkBusinessDay(): string {
  const pinned = new Date(Date.parse(E2E_TODAY) + (Date.now() % 86_400_000));
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/New_York',
  }).format(pinned);
}

test.describe('journeys: what a person came for is on the first screen', () => {
  test.use({ viewport: large });
  // The on-call backend syncs the sandbox a few seconds after a fresh start.
  test.describe.configure({ timeout: 240_000 });
  waitBeforeAll([
    'alert:ach-origination-file-0600-not-acknowledged',
    'component:ach-origination-service',
    'continuityplan:ach-payments-continuity',
  ]);

  test('paged engineer: severity, on call, the SOP steps and the first script, filled in', async ({
    portal,
    request,
  }) => {
    const { page } = portal;
    const onCall = await firstOnCall(
      request,
      'component/default/ach-origination-file-0600',
    );
    await portal.visit(alertPage, 'journey-paged-engineer', 'Respond');
    const respond = page
      .locator('.MuiCard-root')
      .filter({ has: page.getByText('Respond', { exact: true }) });
    await expectOnFirstScreen(
      page,
      respond.getByText('critical', { exact: true }),
      'severity',
    );
    await expectOnFirstScreen(
      page,
      respond.getByText(onCall).first(),
      'on call now',
    );
    await expectOnFirstScreen(
      page,
      page.getByText(/Run the "ACH window status" script template/),
      'the SOP step',
    );
    // The SOP calls for the window status first (step 2), the re-send later (step 6).
    const first = page.getByRole('button', {
      name: /^Step 2: ACH window status/,
    });
    await expectOnFirstScreen(page, first, 'the first script template');
    await expect(
      page.getByRole('button', {
        name: /^Step 6: Re-send an ACH origination file/,
      }),
    ).toBeVisible();
    const date = page.locator('#script-parameter-businessDate').first();
    await expect(date).toHaveValue(newYorkBusinessDay());
    await expectOnFirstScreen(page, date, 'its business date, filled in');
    expect(
      (await date.boundingBox())!.width,
      'the business date field is wide enough to show its date, not only its calendar icon',
    ).toBeGreaterThanOrEqual(140);
    const script = page.getByRole('textbox', {
      name: 'Filled script ach-window-status-check',
    });
    await expect(script).toHaveValue(
      new RegExp(`--date '${newYorkBusinessDay()}' --window '0600'`),
    );
    // The service's post-mortems, not only the job's one, below the response.
    await expect(
      page.getByText(
        'Post-mortems of ach-origination-file-0600 and the services it runs on',
      ),
    ).toBeVisible();
    await firstScreens(page, 'journey-paged-engineer');
  });

  test('service browse: squad, domain, level, on call, alerts, vendors and plan on the first screen', async ({
    portal,
    request,
  }) => {
    const { page } = portal;
    const onCall = await firstOnCall(
      request,
      'component/default/ach-origination-service',
    );
    const operations = await readApi<{ alerts: unknown[] }>(
      request,
      `/api/alerts/operations?entityRef=${service}`,
    );
    await portal.visit(
      servicePage,
      'journey-service-browse',
      'Readiness summary',
    );
    const summary = page
      .locator('.bui-Card')
      .filter({ has: page.getByText('Readiness summary', { exact: true }) });
    await expect(
      summary.getByText(/^\d+ alerts? on it and its jobs/),
    ).toBeVisible();
    await expectOnFirstScreen(page, summary, 'the readiness summary');
    await expect(
      summary.getByRole('link', { name: 'ACH Operations Squad' }),
    ).toBeVisible();
    await expect(summary.getByRole('link', { name: /domain$/ })).toBeVisible();
    await expect(
      summary.getByRole('link', { name: /^Level \d/ }),
    ).toBeVisible();
    await expect(summary.getByText(onCall).first()).toBeVisible();
    await expect(summary.getByText(/open incidents?$/)).toBeVisible();
    await expect(
      summary.getByText(/^(Overdue|Due within \d+ days|Not due yet)/).first(),
    ).toBeVisible();
    await expect(summary.getByText(/^RTO /).first()).toBeVisible();
    await firstScreens(page, 'journey-service-browse');

    // One source: the summary's count is the Operations tab's, jobs' alerts included.
    const alerts = summary.getByRole('link', {
      name: /alerts? on it and its jobs/,
    });
    const count = Number((await alerts.innerText()).match(/^(\d+)/)![1]);
    expect(count).toBe(operations.alerts.length);
    await alerts.click();
    await expect(page).toHaveURL(/\/operations$/);
    await expect(page.getByText(`Alerts (${count})`)).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.screenshot({
      path: `${screenshotDir}/journey-service-operations.png`,
      fullPage: true,
    });
  });

  test('incident reviewer: from a resolved incident, a post-mortem started, pre-filled and previewed', async ({
    page,
    request,
  }) => {
    // A squad lead, whose squad the picker shows first.
    const portal = new Portal(page);
    await portal.signIn('sam.lead');
    await waitForResolvedIncidents(request, 'group:default/ach-operations-squad');

    // The squad's incidents: the latest resolved first, each reviewed or ready to start.
    await portal.visit(
      '/catalog/default/group/ach-operations-squad/incidents',
      'journey-incident-reviewer-incidents',
      'Resolved incidents',
    );
    const resolved = page
      .locator('.MuiCard-root')
      .filter({ has: page.getByText('Resolved incidents', { exact: true }) });
    const start = resolved
      .getByRole('button', { name: /^Start a post-mortem of incident #\d+$/ })
      .first();
    await expectOnFirstScreen(page, start, 'a resolved incident to start from');
    await expect(resolved.getByText(/^Reviewed:/).first()).toBeVisible();
    await firstScreens(page, 'journey-incident-reviewer-incidents');
    const number = (await start.getAttribute('aria-label'))!.match(
      /#(\d+)$/,
    )![1];

    // One click: the template with the incident picked and the squad's incidents offered.
    await start.click();
    const picked = page.getByRole('textbox', { name: 'Resolved incident' });
    await expect(picked).toHaveValue(new RegExp(`^#${number} `));
    await expectOnFirstScreen(page, picked, 'the incident, pre-filled');
    await expect(
      page.getByRole('button', { name: /ACH Operations Squad/ }),
    ).toBeVisible();
    await portal.expectNoErrorBoundary();
    await firstScreens(page, 'journey-incident-reviewer-form');
    const title = (await picked.inputValue()).replace(/^#\d+ /, '');

    await page.getByRole('button', { name: /Customer impact/ }).click();
    await page.getByRole('option', { name: '<10%' }).click();
    await page.getByRole('button', { name: 'Next' }).click();

    // The preview: the draft as it will read, its sections and timeline.
    const heading = page.getByRole('heading', { name: title, exact: true });
    await expectOnFirstScreen(page, heading, 'the draft, titled');
    const draft = page.locator('form');
    await expectOnFirstScreen(
      page,
      draft.getByRole('link', { name: 'ACH Operations Squad' }),
      'its owning squad',
    );
    await expectOnFirstScreen(
      page,
      draft.getByText(/^Due by \d{4}-\d{2}-\d{2}$/),
      'its publication deadline',
    );
    await expect(draft.getByText('<10% of active users')).toBeVisible();
    for (const section of ['Summary', 'Timeline', 'Five whys', 'Actions']) {
      await expect(
        page.getByText(section, { exact: true }).first(),
      ).toBeVisible();
    }
    await expect(
      page.getByText(new RegExp(`PagerDuty incident #${number} triggered`)),
    ).toBeVisible();
    await page.waitForLoadState('networkidle');
    await portal.expectNoErrorBoundary();
    await firstScreens(page, 'journey-incident-reviewer-preview');
    await page.screenshot({
      path: `${screenshotDir}/journey-incident-reviewer-preview-full.png`,
      fullPage: true,
    });
    expect(portal.problems, 'console errors and failed API calls').toEqual([]);
  });
});
