import { APIRequestContext, Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  evaluateScorecards,
  expect,
  Portal,
  readApi,
  screens,
  screenshotDir,
  test,
  waitBeforeAll,
  waitForScorecardHistory,
  waitForResolvedIncidents,
} from './portal';
import { E2E_TODAY } from './today';

/** The first screen of the large screen: what a person sees without scrolling. */
const [large, laptop] = screens;

/** Photographs the first screen at both sizes; `atSize` lays the page out again after a resize. */
async function firstScreens(
  page: Page,
  name: string,
  atSize?: () => Promise<void>,
) {
  for (const size of [large, laptop]) {
    await page.setViewportSize(size);
    await atSize?.();
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

/** A home-page widget's card, found by its title. */
function homeWidget(page: Page, title: string): Locator {
  return page
    .locator('.react-grid-item')
    .filter({ has: page.getByText(title, { exact: true }) });
}

/** Opens the home page and waits until its widgets have loaded: the grid measures its width then. */
async function openHome(page: Page) {
  await page.goto('/');
  await expect(page.locator('.react-grid-item').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
}

/** Fails when the page's first screen names a person or group by its entity ref. */
async function expectNamesNotRefs(page: Page) {
  const text = await page.locator('main').innerText();
  expect(text, 'entity refs where names belong').not.toMatch(
    /\b(user|group):[\w-]+\//,
  );
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

type HistoryPoint = {
  period: string;
  squads: number;
  distribution: Record<number, number>;
};
type SquadChange = {
  squadRef: string;
  title: string;
  levelBefore?: number;
  levelAfter?: number;
  levelChange?: number;
  regressed: string[];
};
type Blocker = { checkId: string; title: string };

/** The first day of the quarter before the one {@link E2E_TODAY} is in: "moved down since". */
const startOfLastQuarter = '2026-07-01';

/** A quarter's squads per level as the leadership widget words it: "L3 1 · L2 2 · L1 3 · L0 4". */
function distributionText(point: HistoryPoint): string {
  return Object.entries(point.distribution)
    .sort(([a], [b]) => Number(b) - Number(a))
    .map(([level, count]) => `L${level} ${count}`)
    .join(' · ');
}

type ReviewItem = {
  kind: string;
  subject: string;
  subjectTitle: string;
  standing: string;
  due?: string;
  lastDone?: string;
};
type VendorDetail = {
  vendor: {
    spec: { reviews: Array<{ type: string; date: string; reviewer: string }> };
  };
  register: { dependentPlans: string[] };
  people: Record<string, { title: string }>;
  provenance: { path?: string; lastChange?: { commit: string } };
};
type PlanDetail = {
  status: {
    title: string;
    rto: string;
    lastExercise?: { ref: string; date: string };
  };
  exercises: Array<{ ref: string; title: string }>;
};

/** The reviews the auditor's home widget lists (procedure reviews are the squads'). */
const auditedReviewKinds = [
  'vendor-security',
  'vendor-financial',
  'vendor-due-diligence',
  'plan',
  'table-top',
];
/** How the widget names each kind of vendor review. */
const vendorReviewLabels: Record<string, string> = {
  'vendor-security': 'Vendor security review',
  'vendor-financial': 'Vendor financial review',
  'vendor-due-diligence': 'Vendor due diligence',
};

const durationUnits: Record<string, string> = {
  D: 'day',
  H: 'hour',
  M: 'minute',
};

/** A recovery objective of whole hours, minutes or days (`PT4H`) as pages word it: "4 hours". */
function durationInWords(iso: string): string {
  const [, amount, unit] = iso.match(/^PT?(\d+)([DHM])$/) ?? [];
  expect(amount, `${iso} is a duration of one unit`).toBeDefined();
  const word = durationUnits[unit];
  return `${amount} ${word}${amount === '1' ? '' : 's'}`;
}

test.describe('journeys: what a person came for is on the first screen', () => {
  test.use({ viewport: large });
  // The on-call backend syncs the sandbox a few seconds after a fresh start.
  test.describe.configure({ timeout: 240_000 });
  waitBeforeAll(
    [
      'alert:ach-origination-file-0600-not-acknowledged',
      'component:ach-origination-service',
      'continuityplan:ach-payments-continuity',
      'capabilitymodel:engineering-capability-model',
    ],
    // A fresh portal has not evaluated the squads yet: the service's summary shows their level.
    async request => {
      await evaluateScorecards(request);
    },
  );

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
    await waitForResolvedIncidents(
      request,
      'group:default/ach-operations-squad',
    );

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

  test.describe('as the CTO', () => {
    test.use({ person: 'lee.leader' });
    waitBeforeAll(['group:ach-operations-squad'], request =>
      waitForScorecardHistory(request, 4),
    );

    test('leadership review: levels by quarter, squads that moved down, failing checks and approvals on the first screen; the heat map and a squad’s blockers one click away', async ({
      portal,
      request,
    }) => {
      const { page } = portal;
      const read = <T>(path: string) => readApi<T>(request, path, 'lee.leader');
      const { points } = await read<{ points: HistoryPoint[] }>(
        '/api/scorecards/history?period=quarter&count=4',
      );
      const quarters = points.filter(point => point.squads > 0);
      expect(quarters.length).toBeGreaterThanOrEqual(4);
      const { changes } = await read<{ changes: SquadChange[] }>(
        `/api/scorecards/compare?from=${startOfLastQuarter}&to=${E2E_TODAY}`,
      );
      const movedDown = changes.filter(change => (change.levelChange ?? 0) < 0);
      expect(movedDown.length, 'squads that moved down').toBeGreaterThan(0);
      const { model, squads } = await read<{
        model: { checks: Array<{ id: string; title: string }> };
        squads: { total: number };
      }>('/api/scorecards/scorecards?limit=0');
      const { pending } = await read<{ pending: unknown[] }>(
        '/api/scorecards/approvals',
      );

      await openHome(page);
      const levels = homeWidget(page, 'Squads per level, by quarter');
      for (const point of quarters) {
        await expectOnFirstScreen(
          page,
          levels.getByText(`${point.period}: ${distributionText(point)}`),
          `the levels of ${point.period}`,
        );
      }
      const down = homeWidget(page, 'Squads that moved down');
      const squad = movedDown[0];
      const squadLink = down.getByRole('link', {
        name: `${squad.title}: level ${squad.levelBefore} → ${squad.levelAfter}`,
      });
      await expectOnFirstScreen(page, squadLink, 'a squad that moved down');
      const checkTitle = new Map(model.checks.map(c => [c.id, c.title]));
      if (squad.regressed.length > 0) {
        // The checks it no longer meets, by title rather than id.
        await expect(down).toContainText(checkTitle.get(squad.regressed[0])!);
        await expect(down).not.toContainText(squad.regressed[0]);
      }
      const failing = homeWidget(page, 'Checks failing most often');
      await expectOnFirstScreen(
        page,
        failing.getByText(`of ${squads.total} squads`).first(),
        'the checks failing most often',
      );
      const failingTitle = await failing.locator('li').first().innerText();
      expect(
        model.checks.map(check => check.title),
        'the most failing check is named by its title',
      ).toContain(failingTitle.split('\n')[0]);
      await expectOnFirstScreen(
        page,
        homeWidget(page, 'Attestations awaiting your approval').getByText(
          pending.length === 0
            ? 'No attestation awaits your approval.'
            : `${pending.length} attestation`,
        ),
        'the attestations awaiting approval',
      );
      await portal.expectNoErrorBoundary();
      await firstScreens(page, 'journey-leadership-home', () => openHome(page));

      // One click: the heat map of squads × checks.
      await failing.getByRole('link', { name: 'Scorecard heat map' }).click();
      await expect(page).toHaveURL(/\/scorecards$/);
      const heatMap = page.getByRole('table', { name: 'Scorecard heat map' });
      await expectOnFirstScreen(
        page,
        heatMap.getByRole('link').first(),
        'the heat map’s first squad',
      );
      await expect(
        heatMap.getByRole('link', { name: squad.title, exact: true }),
      ).toBeVisible();
      await page.waitForLoadState('networkidle');
      await portal.expectNoErrorBoundary();
      await firstScreens(page, 'journey-leadership-heat-map');

      // One click from home: the squad that moved down, and what blocks its next level.
      const { level } = await read<{
        level: { next?: { level: number; blockers: Blocker[] } };
      }>(`/api/scorecards/squads/${squad.squadRef.replace(/^group:/, '')}`);
      await openHome(page);
      await homeWidget(page, 'Squads that moved down')
        .getByRole('link', { name: new RegExp(`^${squad.title}: level`) })
        .click();
      await expect(page).toHaveURL(/\/group\/[\w-]+\/scorecard$/);
      const next = level.next!;
      await expectOnFirstScreen(
        page,
        page.getByText(new RegExp(`^What blocks level ${next.level} · `)),
        'what blocks the next level',
      );
      await expectOnFirstScreen(
        page,
        page.getByText(next.blockers[0].title, { exact: true }).first(),
        'the first blocking check, by title',
      );
      await page.waitForLoadState('networkidle');
      await expectNamesNotRefs(page);
      await portal.expectNoErrorBoundary();
      await firstScreens(page, 'journey-leadership-squad');
    });
  });

  test.describe('as the auditor', () => {
    test.use({ person: 'alex.auditor' });
    waitBeforeAll(['vendor:fedach', 'continuityplan:ach-payments-continuity']);

    test('auditor inspection: overdue reviews on the first screen, a vendor’s overdue review and provenance one click away, the DORA exports and a plan’s RTO and last exercise', async ({
      portal,
      request,
    }) => {
      const { page } = portal;
      const read = <T>(path: string) =>
        readApi<T>(request, path, 'alex.auditor');
      // What the home widget reads: the audited reviews overdue or due within 30 days.
      const { items } = await read<{ items: ReviewItem[] }>(
        `/api/continuity/reviews?${auditedReviewKinds
          .map(kind => `filter[kind]=${kind}`)
          .join('&')}&filter[standing]=overdue&filter[standing]=due-30&limit=8`,
      );
      // The widget shows its first four lines.
      const review = items
        .slice(0, 4)
        .find(
          item =>
            item.kind in vendorReviewLabels &&
            item.standing === 'overdue' &&
            item.lastDone,
        );
      expect(review, 'an overdue vendor review on the widget').toBeTruthy();
      const vendorName = review!.subject.split('/')[1];
      const vendor = await read<VendorDetail>(
        `/api/continuity/vendors/default/${vendorName}`,
      );
      const reviewType = review!.kind.replace(/^vendor-/, '');
      const lastReview = vendor.vendor.spec.reviews
        .filter(r => r.type === reviewType)
        .sort((a, b) => b.date.localeCompare(a.date))[0];
      expect(lastReview.date).toBe(review!.lastDone);
      const reviewer = vendor.people[lastReview.reviewer].title;

      await openHome(page);
      const reviews = homeWidget(
        page,
        'Reviews overdue and due within 30 days',
      );
      const reviewLink = reviews.getByRole('link', {
        name: `${vendorReviewLabels[review!.kind]}: ${review!.subjectTitle}`,
      });
      await expectOnFirstScreen(page, reviewLink, 'the overdue vendor review');
      // The DORA register: one click on the first screen downloads the report package.
      const exports = homeWidget(page, 'Exports');
      const packageButton = exports.getByRole('button', {
        name: 'Report package (ZIP)',
      });
      await expect(exports).toContainText(
        'DORA register of information: submittable',
      );
      await expectOnFirstScreen(page, packageButton, 'the DORA report package');
      await portal.expectNoErrorBoundary();
      await firstScreens(page, 'journey-auditor-home', () => openHome(page));
      const { package: reportPackage } = await read<{
        package: { referenceDate: string };
      }>('/api/continuity/dora');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        packageButton.click(),
      ]);
      // Named for the register's reference date, ending with the package's creation time.
      expect(download.suggestedFilename()).toMatch(
        new RegExp(
          `_DORA010100_DORA_${reportPackage.referenceDate}_\\d{17}\\.zip$`,
        ),
      );
      // A ZIP begins with its local file header's signature.
      expect(
        readFileSync(await download.path())
          .subarray(0, 4)
          .toString('latin1'),
      ).toBe('PK\x03\x04');

      // One click: the vendor's readable view, with the overdue review and its provenance.
      await reviewLink.click();
      await expect(page).toHaveURL(
        new RegExp(`/catalog/default/vendor/${vendorName}/vendor$`),
      );
      const overdue = page
        .getByRole('row')
        .filter({ hasText: `Overdue · ${review!.due}` })
        .filter({ hasText: review!.lastDone });
      await expectOnFirstScreen(page, overdue, 'the overdue review');
      await expect(overdue).toContainText(reviewer);
      const { path, lastChange } = vendor.provenance;
      expect(path, 'a path in the repository').toMatch(/^catalog-info\//);
      await expectOnFirstScreen(
        page,
        page.getByText(path!, { exact: true }),
        'the record’s file in the repository',
      );
      await expectOnFirstScreen(
        page,
        page.getByText(lastChange!.commit.slice(0, 12), { exact: true }),
        'the commit that last changed it',
      );
      await page.waitForLoadState('networkidle');
      await expectNamesNotRefs(page);
      await portal.expectNoErrorBoundary();
      await firstScreens(page, 'journey-auditor-vendor');

      // One click from the vendor: a plan that depends on it, with its RTO and last exercise.
      const planRef = vendor.register.dependentPlans[0];
      expect(planRef, 'a continuity plan depends on the vendor').toBeTruthy();
      const planName = planRef.split('/')[1];
      const plan = await read<PlanDetail>(
        `/api/continuity/plans/default/${planName}`,
      );
      await page
        .getByRole('link', { name: plan.status.title, exact: true })
        .first()
        .click();
      await expect(page).toHaveURL(
        new RegExp(`/catalog/default/continuityplan/${planName}/continuity$`),
      );
      const businessFunction = page
        .locator('.MuiCard-root')
        .filter({ has: page.getByText('Business function', { exact: true }) });
      const rto = businessFunction
        .getByText('RTO', { exact: true })
        .locator('xpath=..');
      await expectOnFirstScreen(page, rto, 'the plan’s RTO');
      await expect(rto).toContainText(durationInWords(plan.status.rto));
      const exercise = plan.status.lastExercise!;
      const lastExercise = businessFunction
        .getByText('Last exercise', { exact: true })
        .locator('xpath=..');
      await expectOnFirstScreen(page, lastExercise, 'the plan’s last exercise');
      await expect(lastExercise).toContainText(exercise.date);
      await expect(lastExercise).toContainText(
        plan.exercises.find(row => row.ref === exercise.ref)!.title,
      );
      await page.waitForLoadState('networkidle');
      await portal.expectNoErrorBoundary();
      await firstScreens(page, 'journey-auditor-plan');
    });
  });
});
