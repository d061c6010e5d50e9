import { readFileSync } from 'node:fs';
import {
  expect,
  screenshotDir,
  test,
  waitForEntities,
  waitForListTotal,
  waitForResolvedIncidents,
} from './portal';

const postmortem = '2025-05-22-ach-0600-file-sftp-certificate-expired';

test.describe('the post-mortem library', () => {
  test.beforeAll(async ({ request }) => {
    test.setTimeout(300_000);
    await waitForEntities(request, [
      `postmortem:${postmortem}`,
      'exercise:2025-08-aws-region-failover-dr-test',
    ]);
    await waitForListTotal(request, '/api/postmortems?limit=1', 31);
  });

  test('the library lists, filters and exports post-mortems', async ({
    portal,
  }) => {
    const { page } = portal;
    await portal.visit(
      '/postmortems',
      'postmortems-library',
      'Post-mortem library',
    );
    await expect(page.getByRole('tab', { name: 'Analytics' })).toBeVisible();
    // Newest first: the draft of 2026-11-12 is unpublished past its deadline.
    const rows = page.locator('tbody tr');
    await expect(rows.first()).toContainText('Same-day window 2 missed');
    await expect(rows.first()).toContainText(
      'Unpublished, deadline 2026-11-15',
    );
    await expect(
      page.getByText(/Within 3 days \(\d d\)/).first(),
    ).toBeVisible();

    await portal.visit(
      '/postmortems/library?squad=group:default/ach-operations-squad&severity=critical',
      'postmortems-library-filtered',
      'Post-mortem library',
    );
    await expect(rows).toHaveCount(2);
    for (const row of await rows.all()) {
      await expect(row).toContainText('critical');
    }
    // The filters stay with the tabs, and back and forward return to each with its filters.
    const expectTabWithFilters = (tab: string) =>
      expect
        .poll(() => {
          const url = new URL(page.url());
          return `${url.pathname} ${url.searchParams.getAll(
            'squad',
          )} ${url.searchParams.getAll('severity')}`;
        })
        .toBe(
          `/postmortems/${tab} group:default/ach-operations-squad critical`,
        );
    await page.getByRole('tab', { name: 'Analytics' }).click();
    await expectTabWithFilters('analytics');
    await expect(
      page.getByText('Customer-impacting incidents per month'),
    ).toBeVisible();
    await page.getByRole('tab', { name: 'Library' }).click();
    await expectTabWithFilters('library');
    await expect(rows).toHaveCount(2);
    await page.goBack();
    await expectTabWithFilters('analytics');
    await page.goForward();
    await expectTabWithFilters('library');
    await expect(rows).toHaveCount(2);

    const download = page.waitForEvent('download');
    await page
      .getByRole('button', { name: 'Download postmortems.csv' })
      .click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(
      /^Post-mortem,Title,Review,Status,Severity/,
    );
    expect(csv.trim().split('\r\n')).toHaveLength(3);
  });

  test('a post-mortem shows every section of the template', async ({
    portal,
  }) => {
    const { page } = portal;
    await portal.visit(
      `/catalog/default/postmortem/${postmortem}/postmortem`,
      'postmortem-page',
      'Where we got lucky',
    );
    for (const section of [
      'Summary',
      'Impact',
      'Timeline',
      'Detection',
      'Five whys',
      'Root cause and taxonomy',
      'What went well',
      'What went wrong',
      'Actions',
      'Participants',
    ]) {
      await expect(
        page.getByText(section, { exact: true }).first(),
      ).toBeVisible();
    }
    await expect(
      page.getByText('The positive alert on the 06:00 file fired as designed.'),
    ).toBeVisible();
    await expect(page.getByText('1 h 28 min')).toBeVisible();
    // Root-cause tags by their titles in catalog-info/taxonomy.yaml, not their ids.
    await expect(
      page.getByText('Certificate expiry', { exact: true }),
    ).toBeVisible();
    await expect(
      page.getByText('infrastructure/certificate-expiry', { exact: true }),
    ).toHaveCount(0);
  });

  test('the analytics state each figure with its definition, as charts, tables and CSV', async ({
    portal,
  }) => {
    const { page } = portal;
    await portal.visit(
      '/postmortems/analytics',
      'postmortems-analytics',
      'Days since the last customer-impacting incident',
    );
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(
      page
        .getByText(/Mean time to detect: the mean of detectedAt − startedAt/)
        .first(),
    ).toBeVisible();
    await expect(page.getByLabel('Published within three days')).toHaveText(
      /\d+%/,
    );
    await page.screenshot({
      path: '.data/screenshots/postmortems-analytics.png',
      fullPage: true,
    });

    await page.getByRole('tab', { name: 'Table' }).first().click();
    // A month names its row.
    await expect(
      page.getByRole('rowheader', { name: '2025-05', exact: true }),
    ).toBeVisible();
    const download = page.waitForEvent('download');
    await page
      .getByRole('button', { name: 'Download incidents-per-month.csv' })
      .click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('Month,critical,high,medium,low,Total');

    // MTTD, MTTR and MTBF by squad come ten a page, sorted on the server; the CSV holds them all.
    const reliability = page.getByRole('grid').filter({
      has: page.getByRole('columnheader', { name: /^MTBF/ }),
    });
    const slowestFirst = page.waitForResponse(response =>
      /\/api\/postmortems\/analytics\/reliability\?.*sort=mttrMinutes&order=desc/.test(
        response.url(),
      ),
    );
    const mttrHeader = reliability.getByRole('columnheader', { name: /^MTTR/ });
    await mttrHeader.click();
    await mttrHeader.click();
    const { total } = await (await slowestFirst).json();
    expect(total).toBeGreaterThan(1);
    await expect(reliability.locator('tbody tr')).toHaveCount(
      Math.min(total, 10),
    );
    const squads = page.waitForEvent('download');
    await page
      .getByRole('button', { name: 'Download reliability-by-squad.csv' })
      .click();
    const squadsCsv = readFileSync((await (await squads).path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(squadsCsv[0]).toBe(
      'squad,Incidents,Customer-impacting incidents,MTTD (minutes),MTTR (minutes),MTBF (days)',
    );
    expect(squadsCsv).toHaveLength(total + 1);
    const mttr = squadsCsv
      .slice(1)
      .map(line => line.split(',')[4])
      .filter(Boolean)
      .map(Number);
    expect(mttr).toEqual([...mttr].sort((a, b) => b - a));

    await portal.visit(
      '/postmortems/analytics?squad=group:default/ach-operations-squad&period=12m',
      'postmortems-analytics-squad',
      'Days since the last customer-impacting incident',
    );
  });

  test('the action items list every open action, overdue first, with CSV', async ({
    portal,
  }) => {
    const { page } = portal;
    await portal.visit(
      '/postmortems/actions',
      'postmortems-actions',
      'Open action items',
    );
    const rows = page.locator('tbody tr');
    await expect(rows.first()).toContainText(/\d+ days/);
    await expect(page.getByText('Exercise:').first()).toBeVisible();

    // Overdue first is also earliest due first; a header sorts on the server, latest due first.
    const dueHeader = page.getByRole('columnheader', { name: /^Due/ });
    await dueHeader.click();
    const latestDueFirst = page.waitForResponse(response =>
      /\/api\/postmortems\/actions\?.*sort=due&order=desc/.test(response.url()),
    );
    await dueHeader.click();
    await latestDueFirst;
    const dues = rows.locator('td:nth-child(6)');
    await expect
      .poll(async () => {
        const shown = await dues.allInnerTexts();
        const latestFirst = [...shown].sort().reverse();
        return shown[0] > shown.at(-1)! && shown.join() === latestFirst.join();
      })
      .toBe(true);

    const download = page.waitForEvent('download');
    await page
      .getByRole('button', { name: 'Download open-actions.csv' })
      .click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(1 + 19);
  });

  test('squad, service and domain pages have a post-mortems tab', async ({
    portal,
  }) => {
    await portal.visit(
      '/catalog/default/group/ach-operations-squad/postmortems',
      'postmortems-squad-tab',
      'Open actions owned by this squad',
    );
    await portal.visit(
      '/catalog/default/component/ach-origination-service/postmortems',
      'postmortems-service-tab',
      'Post-mortems naming this service',
    );
    await portal.visit(
      '/catalog/default/domain/transfers/postmortems',
      'postmortems-domain-tab',
      'Post-mortems of services in this domain',
    );
  });

  test('"Start a post-mortem" drafts one from a resolved PagerDuty incident', async ({
    portal,
    request,
  }) => {
    const { page } = portal;
    await waitForResolvedIncidents(request);

    await portal.visit(
      '/create/templates/default/start-postmortem',
      'postmortems-start-form',
      'Resolved incident',
    );
    // Every squad's incidents: the engineer's own squad may have had none resolved.
    await page.getByRole('button', { name: /^Squad/ }).click();
    await page.getByRole('option', { name: 'All squads' }).click();
    await page.getByRole('textbox', { name: 'Resolved incident' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('button', { name: /Customer impact/ }).click();
    await page.getByRole('option', { name: '10-25%' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText(/The draft as it will read/)).toBeVisible();
    await page.getByRole('button', { name: 'Review' }).click();
    await page.getByRole('button', { name: 'Create' }).click();

    await expect(
      page.getByText('Draft post-mortem (not published)'),
    ).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByText('status: draft')).toBeVisible();
    await expect(page.getByText('customerImpact: 10-25%')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.screenshot({
      path: `${screenshotDir}/postmortems-start-preview.png`,
      fullPage: true,
    });
  });
});
