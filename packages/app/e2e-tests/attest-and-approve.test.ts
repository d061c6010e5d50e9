import { Browser, Locator, Page } from '@playwright/test';
import {
  DemoPerson,
  evaluateScorecards,
  expect,
  Portal,
  screens,
  screenshotDir,
  test,
  waitBeforeAll,
} from './portal';

const scorecardPage = '/catalog/default/group/ach-operations-squad/scorecard';
/** A level-3 check of the model that counts only once leadership approves it. */
const checkTitle = 'About 20% of time goes to technical debt';
/** The first screen: what a person needs is above it or one click away. */
const FOLD = 900;

/** A page of its own for each person, signed in; the portal collects its problems. */
async function signedIn(browser: Browser, person: DemoPerson) {
  const page = await (await browser.newContext()).newPage();
  const portal = new Portal(page);
  await portal.signIn(person);
  return { page, portal };
}

async function expectAboveTheFold(locator: Locator, what: string) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  expect(
    box!.y + box!.height,
    `${what} is below the first screen`,
  ).toBeLessThan(FOLD);
}

/** Saves the page at both screen sizes, from the top. */
async function screenshots(page: Page, name: string) {
  for (const screen of screens) {
    await page.setViewportSize(screen);
    await page.waitForLoadState('networkidle');
    await page.screenshot({
      path: `${screenshotDir}/${name}-${screen.width}x${screen.height}.png`,
    });
  }
  await page.setViewportSize(screens[0]);
}

/** The row of the "Attestations due" table for the check. */
function dueRow(page: Page) {
  return page
    .getByRole('row')
    .filter({ hasText: checkTitle })
    .filter({ has: page.getByRole('button', { name: 'Attest', exact: true }) });
}

/** The row of the "All checks" table for the check (its type column says "attestation"). */
function checkRow(page: Page) {
  return page
    .getByRole('row')
    .filter({ hasText: checkTitle })
    .filter({ hasText: 'attestation' });
}

test.describe('attest and approve', () => {
  waitBeforeAll(
    [
      'group:ach-operations-squad',
      'capabilitymodel:engineering-capability-model',
    ],
    async request => {
      await evaluateScorecards(request);
    },
  );

  test('the squad lead attests, the check waits for leadership, a leader approves from the queue, and the squad lead is told', async ({
    browser,
  }) => {
    test.setTimeout(300_000);

    // Sam (squad lead) attests a check that requires approval.
    const sam = await signedIn(browser, 'sam.lead');
    await sam.page.goto(scorecardPage);
    const due = dueRow(sam.page);
    await expect(due).toBeVisible();
    await expect(due).toContainText('Counts once leadership approves it');
    // Checks that need no approval say so.
    await expect(
      sam.page.getByText('Takes effect without approval').first(),
    ).toBeVisible();
    await due.getByRole('button', { name: 'Attest', exact: true }).click();
    const dialog = sam.page.getByRole('dialog');
    await expect(
      dialog.getByText(
        /Counts once leadership approves it: until then the check stays failing, and leadership is notified\./,
      ),
    ).toBeVisible();
    await dialog
      .getByLabel(/Evidence link/)
      .fill('https://board.meridianpay.example/ach-operations/tech-debt');
    await dialog
      .getByLabel(/Comment/)
      .fill('19% of the items finished last quarter were labelled tech-debt.');
    await dialog.getByRole('button', { name: 'Attest', exact: true }).click();
    await expect(dialog).toBeHidden();

    // Pending: awaiting approval in the due table, failing among the checks.
    const pending = sam.page
      .getByRole('row')
      .filter({ hasText: checkTitle })
      .filter({
        has: sam.page.getByRole('gridcell', {
          name: 'Awaiting approval',
          exact: true,
        }),
      });
    await expect(pending).toBeVisible();
    await expect(pending).toContainText(/by Sam Patel on \d{4}-\d\d-\d\d/);
    await expect(
      sam.page
        .getByRole('row')
        .filter({ hasText: checkTitle })
        .filter({ hasText: 'awaiting approval by leadership' })
        .first(),
    ).toContainText('Fail');
    await sam.portal.expectNoErrorBoundary();
    await pending.scrollIntoViewIfNeeded();
    await sam.page.screenshot({
      path: `${screenshotDir}/attest-and-approve-pending-1440x900.png`,
    });

    // Lee (leader) sees the count on the first screen of home, and the queue one click away.
    const lee = await signedIn(browser, 'lee.leader');
    await lee.page.goto('/');
    const widget = lee.page.locator('.react-grid-item').filter({
      has: lee.page.getByText('Attestations awaiting your approval', {
        exact: true,
      }),
    });
    await expectAboveTheFold(
      widget.getByText('1 attestation awaits your approval'),
      'the count of attestations awaiting approval',
    );
    await expect(widget).toContainText(`ACH Operations Squad: ${checkTitle}`);
    await expect(widget).toContainText(/Attested by Sam Patel/);
    await screenshots(lee.page, 'attest-and-approve-leader-home');
    await widget
      .getByRole('link', { name: 'Approve or reject attestations' })
      .click();

    await expect(lee.page).toHaveURL(/\/approvals$/);
    const queued = lee.page.getByRole('row').filter({ hasText: checkTitle });
    await expect(
      lee.page.getByText('Awaiting your approval (1)'),
    ).toBeVisible();
    await expect(queued).toContainText(/Sam Patel on \d{4}-\d\d-\d\d/);
    await expectAboveTheFold(
      queued.getByRole('button', { name: 'Approve' }),
      'the Approve button',
    );
    await lee.portal.expectNoErrorBoundary();
    await screenshots(lee.page, 'attest-and-approve-queue');

    await queued.getByRole('button', { name: 'Approve' }).click();
    const decision = lee.page.getByRole('dialog');
    await decision
      .getByLabel(/Reason/)
      .fill('The board labels the work and 19% is within the 15–25% target.');
    await decision.screenshot({
      path: `${screenshotDir}/attest-and-approve-decision.png`,
    });
    await decision.getByRole('button', { name: 'Approve' }).click();
    await expect(decision).toBeHidden();
    await expect(
      lee.page.getByText('No attestation awaits your approval.'),
    ).toBeVisible();

    // The leader was notified of the attestation.
    await lee.page.goto('/notifications');
    await expect(
      lee.page
        .getByText(
          `ACH Operations Squad attested "${checkTitle}": awaiting your approval`,
        )
        .first(),
    ).toBeVisible();

    // The check passes, and the audit trail names both people.
    await lee.page.goto(scorecardPage);
    await expect(checkRow(lee.page)).toContainText('Pass');
    await expect(checkRow(lee.page)).toContainText(/approved by/);
    // The trail names the check by its title and the evidence by a label, not its id or URL.
    const trail = (action: string) =>
      lee.page
        .getByRole('row')
        .filter({
          has: lee.page.getByRole('gridcell', { name: action, exact: true }),
        })
        .filter({ hasText: checkTitle })
        .first();
    await expect(trail('approved')).toContainText('Lee Moreno');
    await expect(trail('approved')).toContainText(
      'because: The board labels the work',
    );
    await expect(trail('attested')).toContainText('Sam Patel');
    await expect(
      trail('attested').getByRole('link', {
        name: /^tech debt on board\.meridianpay\.example/,
      }),
    ).toBeVisible();
    await expect(trail('attested')).not.toContainText('tech-debt-time');
    await trail('approved').scrollIntoViewIfNeeded();
    await lee.page.screenshot({
      path: `${screenshotDir}/attest-and-approve-trail-1440x900.png`,
    });
    await lee.portal.expectNoErrorBoundary();

    // Sam is told, one click away in the sidebar's notifications.
    await sam.page.goto('/notifications');
    const told = sam.page.getByText(
      `Your attestation of "${checkTitle}" for ACH Operations Squad was approved`,
    );
    await expectAboveTheFold(told.first(), "the attester's notification");
    await screenshots(sam.page, 'attest-and-approve-attester-notified');

    expect(sam.portal.problems).toEqual([]);
    expect(lee.portal.problems).toEqual([]);
  });
});
