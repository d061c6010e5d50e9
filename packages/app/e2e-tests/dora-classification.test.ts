import { readFileSync } from 'node:fs';
import {
  expect,
  screenshotDir,
  test,
  waitForEntities,
  waitForListTotal,
} from './portal';

// Major under DORA, its initial notification and final report sent late (catalog-info/postmortems).
const lateMajor = '2025-12-10-api-gateway-bad-deploy-outage';
// Major, its intermediate report unsent past its due time on the pinned day.
const overdueMajor = '2026-11-12-ach-1400-window-missed-queue-lag';

test.describe('DORA incident classification', () => {
  test.beforeAll(async ({ request }) => {
    test.setTimeout(300_000);
    await waitForEntities(request, [
      `postmortem:${lateMajor}`,
      `postmortem:${overdueMajor}`,
    ]);
    await waitForListTotal(
      request,
      '/api/postmortems?limit=1&filter[classification]=major',
      3,
    );
  });

  test('a major incident’s post-mortem shows why it is major and its reporting clocks', async ({
    portal,
  }) => {
    const { page } = portal;
    await portal.visit(
      `/catalog/default/postmortem/${lateMajor}/postmortem`,
      'dora-classification-major',
      'DORA classification: Major incident',
    );
    const card = page.getByLabel('DORA classification');
    await expect(
      card.getByText(
        /^Major: critical services affected and 62% of clients affected \(threshold: more than 10%\);/,
      ),
    ).toBeVisible();
    await expect(
      card.getByText(
        '4 member states affected (DE, FR, ES, IT) (threshold: 2 or more)',
        { exact: true },
      ),
    ).toBeVisible();
    await expect(card.getByText('2024/1772 art. 9(6) with art. 7', { exact: true })).toBeVisible();

    const clock = (report: string) =>
      card.locator('tr', { has: page.getByText(report, { exact: true }) });
    await expect(clock('Initial notification')).toContainText(
      '2025-12-10 19:30 UTC',
    );
    await expect(clock('Initial notification')).toContainText(
      '2025-12-10 21:10 UTC',
    );
    await expect(clock('Initial notification')).toContainText('Sent late');
    await expect(clock('Intermediate report')).toContainText(
      '2025-12-13 21:10 UTC',
    );
    await expect(clock('Intermediate report')).toContainText('Sent on time');
    await expect(clock('Final report')).toContainText('2026-01-13 17:00 UTC');
    await expect(clock('Final report')).toContainText('Sent late');
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({
      path: `${screenshotDir}/dora-classification-card.png`,
    });

    const download = page.waitForEvent('download');
    await card
      .getByRole('button', { name: 'Download the DORA report draft as CSV' })
      .click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('Report,Field,Value');
    expect(lines).toContain('initial,Member states affected,DE FR ES IT');
    expect(lines).toContain('initial,State,late');
  });

  test('the library filters on classification and overdue reports', async ({
    portal,
  }) => {
    const { page } = portal;
    const rows = page.locator('tbody tr');
    await portal.visit(
      '/postmortems/library?classification=major',
      'dora-library-major',
      'Post-mortem library',
    );
    await expect(rows).toHaveCount(3);
    for (const row of await rows.all()) {
      await expect(row).toContainText('DORA major');
    }

    await portal.visit(
      '/postmortems/library?doraReports=overdue',
      'dora-library-overdue-reports',
      'Post-mortem library',
    );
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('DORA major, a report overdue');

    await portal.visit(
      `/catalog/default/postmortem/${overdueMajor}/postmortem`,
      'dora-classification-overdue',
      'DORA classification: Major incident',
    );
    const card = page.getByLabel('DORA classification');
    await expect(
      card.locator('tr', {
        has: page.getByText('Intermediate report', { exact: true }),
      }),
    ).toContainText('Overdue');
  });

  test('the analytics count major incidents per quarter', async ({
    portal,
  }) => {
    const { page } = portal;
    await portal.visit(
      '/postmortems/analytics',
      'dora-analytics',
      'Major incidents (DORA) per quarter',
    );
    const chart = page
      .locator('.MuiCard-root')
      .filter({ hasText: 'Major incidents (DORA) per quarter' });
    await chart.getByRole('tab', { name: 'Table' }).click();
    await expect(
      chart.locator('tr', { hasText: '2025-Q4' }),
    ).toContainText('1');
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: `${screenshotDir}/dora-analytics-chart.png` });
  });
});
