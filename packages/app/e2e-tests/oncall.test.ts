import { APIRequestContext } from '@playwright/test';
import {
  expect,
  Portal,
  readApi,
  screenshotDir,
  test,
  waitForEntities,
} from './portal';

const squadPage = '/catalog/default/group/ach-operations-squad';
const servicePage = '/catalog/default/component/payment-gateway';

type OnCallGroup = {
  title: string;
  levels: Array<{ level: number; now: Array<{ name: string }> }>;
};

/** Reads the on-call backend as the signed-in engineer. */
const onCallApi = <T>(request: APIRequestContext, path: string) =>
  readApi<T>(request, `/api/oncall${path}`);

/** Who the backend says is on call first at the lowest level of the first policy. */
function firstOnCall(groups: OnCallGroup[]): string {
  const person = groups
    .flatMap(group => group.levels)
    .flatMap(level => level.now)[0];
  expect(person, 'someone on call').toBeDefined();
  return person.name;
}

test.describe('live on-call from PagerDuty (the local sandbox)', () => {
  test.beforeAll(async ({ request }) => {
    test.setTimeout(300_000);
    await waitForEntities(request, [
      'group:ach-operations-squad',
      'component:payment-gateway',
    ]);
    // A fresh portal syncs the sandbox a few seconds after it starts.
    await expect
      .poll(
        async () =>
          (await onCallApi<{ lastSuccessAt?: string }>(request, '/status'))
            .lastSuccessAt,
        { timeout: 180_000, intervals: [2000] },
      )
      .toBeTruthy();
  });

  test('the On call now page lists the organisation by domain, searchable', async ({
    portal,
    request,
  }) => {
    const { page } = portal;
    await portal.visit('/on-call', 'oncall-now', 'ACH Operations Squad');
    await expect(page.getByRole('status').first()).toContainText(
      /PagerDuty data from .* local PagerDuty sandbox/,
    );
    await expect(page.getByRole('heading', { name: 'Transfers', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Payments', exact: true })).toBeVisible();
    await expect(page.getByText('Level 1 · primary').first()).toBeVisible();
    await expect(page.getByText(/^Next:/).first()).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Wires Squad', exact: true }),
    ).toBeVisible();

    const squad = await onCallApi<{ items: OnCallGroup[] }>(
      request,
      '/oncall/entity/group/default/ach-operations-squad',
    );
    const person = firstOnCall(squad.items);
    await page
      .getByRole('searchbox', { name: /Search on-call/ })
      .fill(person);
    await expect(
      page.getByRole('link', { name: 'ACH Operations Squad', exact: true }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Wires Squad', exact: true }),
    ).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    await page.screenshot({
      path: `${screenshotDir}/oncall-now-search.png`,
      fullPage: true,
    });
  });

  test("a squad's on-call card and its incident analytics", async ({
    portal,
    request,
  }) => {
    const { page } = portal;
    const squad = await onCallApi<{ items: OnCallGroup[] }>(
      request,
      '/oncall/entity/group/default/ach-operations-squad',
    );
    await portal.visit(squadPage, 'oncall-squad-card', 'Level 1 · primary');
    const card = page
      .locator('.MuiCard-root')
      .filter({ has: page.getByText('Level 1 · primary') });
    await expect(card.getByText(firstOnCall(squad.items)).first()).toBeVisible();
    await expect(card.getByText(/\d+ open incidents?/)).toBeVisible();
    await expect(card.getByRole('status')).toContainText('PagerDuty data from');

    await portal.visit(
      `${squadPage}/incidents`,
      'oncall-squad-incidents',
      'Incidents per month',
    );
    await expect(
      page.getByRole('grid').filter({ hasText: 'MTTR' }).locator('tbody tr'),
    ).toHaveCount(12);
  });

  test("an engineer raises an incident from the PagerDuty card's Report a problem, and it then shows on the card", async ({
    portal,
    request,
  }) => {
    const { page } = portal;
    const service = await onCallApi<{ items: OnCallGroup[] }>(
      request,
      '/oncall/entity/component/default/payment-gateway',
    );
    const onCall = firstOnCall(service.items);

    await portal.visit(servicePage, 'oncall-service-cards', /^ON CALL$/);
    const pagerDutyCard = page
      .locator('.MuiCard-root')
      .filter({ has: page.getByText('ON CALL', { exact: true }) });
    await expect(pagerDutyCard.getByText(onCall).first()).toBeVisible();
    // Read-only: the card's own "Create Incident" would page from the browser with a routing key.
    await expect(page.getByText('Create Incident')).toHaveCount(0);

    // Its Report a problem opens the portal's own flow with the service chosen.
    await page.getByRole('button', { name: 'Report a problem' }).click();
    await expect(page).toHaveURL(/\/report-a-problem\?entity=component%3Adefault%2Fpayment-gateway$/);
    await expect(page.getByRole('textbox', { name: 'Affected service' })).toHaveValue('payment-gateway');
    const title = `Card payments failing at checkout (e2e ${Date.now()})`;
    await page
      .getByRole('textbox', { name: /What is wrong, in a few words/ })
      .fill(title);
    await page
      .getByRole('textbox', { name: /Details/ })
      .fill('Customers see "payment declined" for every card since a few minutes.');
    await page.screenshot({
      path: `${screenshotDir}/oncall-report-form.png`,
      fullPage: true,
    });
    await page.getByRole('button', { name: 'Raise incident' }).click();
    const raised = page.getByText(/^Incident #\d+ raised on payment-gateway$/);
    await expect(raised).toBeVisible();
    await page.screenshot({
      path: `${screenshotDir}/oncall-report-raised.png`,
      fullPage: true,
    });

    // The third-party card reads PagerDuty live; the readiness summary counts what the backend stored.
    await portal.visit(servicePage, 'oncall-service-incident', title);
    await expect(pagerDutyCard.getByText(title)).toBeVisible();
    const summary = page
      .locator('.bui-Card')
      .filter({ has: page.getByText('Readiness summary', { exact: true }) });
    await expect(summary.getByText(/^[1-9]\d* open incidents?$/)).toBeVisible();
  });

  test('an auditor sees the PagerDuty card and no control that raises an incident', async ({
    page,
  }) => {
    const portal = new Portal(page);
    await portal.signIn('alex.auditor');
    await portal.visit(servicePage, 'oncall-service-cards-auditor', /^ON CALL$/);
    await expect(page.getByText('Create Incident')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Report a problem' })).toHaveCount(0);
    // The entity menu's Report a problem is there, disabled.
    await page.getByRole('button', { name: 'More actions' }).click();
    await expect(page.getByRole('menuitem', { name: 'Report a problem' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await page.keyboard.press('Escape');

    await portal.visit(
      '/report-a-problem?entity=component%3Adefault%2Fpayment-gateway',
      'oncall-report-form-auditor',
      /Your role may not raise incidents from the portal/,
    );
    await expect(page.getByRole('button', { name: 'Raise incident' })).toBeDisabled();
    expect(portal.problems, 'console errors and failed API calls').toEqual([]);
  });
});
