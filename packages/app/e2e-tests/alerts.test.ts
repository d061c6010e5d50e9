import { readFileSync } from 'node:fs';
import { APIRequestContext } from '@playwright/test';
import {
  authHeaders,
  expect,
  readApi,
  expectTablesFit,
  screenshotDir,
  test,
  waitBeforeAll,
  waitForListTotal,
} from './portal';

const alertTitle =
  'ACH origination file (06:00 window) not acknowledged by FedACH';
const sopTitle = 'ACH origination file not acknowledged by FedACH';

/** Reads the alerts backend's routes as the signed-in engineer. */
const alertsApi = <T>(request: APIRequestContext, path: string) =>
  readApi<T>(request, `/api/alerts${path}`);

type Coverage = {
  checks: Array<{
    id: string;
    covered: number;
    total: number;
    unknown: number;
    unavailable?: string;
  }>;
};
type CoverageGaps = {
  total: number;
  items: Array<{
    check: string;
    subject: { ref: string; title: string };
    reason: string;
  }>;
};

test.describe('the alert catalog and SOP library', () => {
  waitBeforeAll(
    [
      'alert:ach-origination-file-0600-not-acknowledged',
      'procedure:ach-file-not-acknowledged-sop',
      'procedure:ach-resend-origination-file',
      'template:add-job-alert',
    ],
    async request => {
      await waitForListTotal(request, '/api/alerts/facets', 148);
      // The catalog ingests the post-mortems after the alerts; the alert page reads them once.
      const headers = await authHeaders(request);
      await expect
        .poll(
          async () => {
            const response = await request.get(
              '/api/alerts/entities/default/ach-origination-file-0600-not-acknowledged',
              { headers },
            );
            return response.ok()
              ? (await response.json()).postmortems.length
              : 0;
          },
          { timeout: 180_000, intervals: [5000] },
        )
        .toBeGreaterThan(0);
    },
  );

  test('search "ACH", open the alert, its SOP, fill a script template and copy it', async ({
    portal,
    context,
    baseURL,
  }) => {
    const { page } = portal;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: baseURL,
    });

    await portal.visit('/alerts', 'alerts-catalog', /of 148 alerts/);
    await expect(page).toHaveURL(/\/alerts\/catalog/);
    await page.getByRole('textbox', { name: 'Search alerts' }).fill('ACH');
    await expect(page).toHaveURL(/q=ACH/);
    await expect(page.getByText(/^\d+ of 148 alerts$/)).not.toHaveText(
      '148 of 148 alerts',
    );
    await expect(page.getByRole('link', { name: alertTitle })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.screenshot({
      path: `${screenshotDir}/alerts-catalog-search.png`,
      fullPage: true,
    });

    await page.getByRole('link', { name: alertTitle }).click();
    await expect(page.getByText('What this alert means')).toBeVisible();
    await expect(page.getByText(`SOP: ${sopTitle}`)).toBeVisible();
    await expect(page.getByText('must be done by')).toBeVisible();
    await expect(page.getByText('Respond', { exact: true })).toBeVisible();
    // Who is on call now, or a plain note when on-call data cannot be read.
    await expect(
      page.getByText(
        /From the PagerDuty sandbox|From PagerDuty|On-call data is not available|No PagerDuty escalation policy/,
      ),
    ).toBeVisible();
    await expect(
      page
        .getByRole('link', {
          name: /2025-05-22|FedLine SFTP certificate expired|52 minutes late/,
        })
        .first(),
    ).toBeVisible();
    await page.waitForLoadState('networkidle');
    await portal.expectNoErrorBoundary();
    await page.screenshot({
      path: `${screenshotDir}/alerts-alert-page.png`,
      fullPage: true,
    });

    await page.getByRole('link', { name: 'Open the SOP' }).click();
    await expect(page.getByText('The SOP', { exact: true })).toBeVisible();
    await expect(page.getByText('Alerts it answers')).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Read it in TechDocs' }),
    ).toBeVisible();
    await page.waitForLoadState('networkidle');
    await portal.expectNoErrorBoundary();
    await page.screenshot({
      path: `${screenshotDir}/alerts-sop-page.png`,
      fullPage: true,
    });

    await page
      .getByRole('link', { name: 'Re-send an ACH origination file' })
      .click();
    await expect(page.getByText('Fill in the script')).toBeVisible();
    const script = page.getByRole('textbox', {
      name: 'Filled script ach-resend-origination-file',
    });
    const copy = page.getByRole('button', { name: 'Copy script' });

    await page.getByLabel('Business date').fill('2026-11-20');
    await page.getByLabel('FedACH window').click();
    await page.getByRole('option', { name: '1000' }).click();
    await page.getByLabel('Batch id').fill('B12');
    // Refused inline: the reason under the field, the placeholder kept, nothing to copy.
    await expect(page.getByText('must match ^B[0-9]{8}$')).toBeVisible();
    await expect(copy).toBeDisabled();
    await expect(script).toHaveValue(/batch_id = '\{\{batchId\}\}'/);
    await page.screenshot({
      path: `${screenshotDir}/alerts-script-refused.png`,
      fullPage: true,
    });

    await page.getByLabel('Batch id').fill('B20261120');
    const filled = [
      'SELECT file_id, file_id_modifier, status, entry_count, total_debits, total_credits, acknowledged_at',
      'FROM ach_files',
      "WHERE business_date = '2026-11-20' AND window = '1000'",
      "  AND ('B20261120' = '' OR file_id IN (SELECT file_id FROM ach_batches WHERE batch_id = 'B20261120'))",
      'ORDER BY created_at DESC;',
      '',
    ].join('\n');
    await expect(script).toHaveValue(filled);
    await copy.click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Copied.' }),
    ).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      filled,
    );
    await page.screenshot({
      path: `${screenshotDir}/alerts-script-filled.png`,
      fullPage: true,
    });
  });

  test('the coverage dashboard shows the deliberate gaps', async ({
    portal,
    request,
  }) => {
    const { page } = portal;
    // Who is on call comes from the PagerDuty sandbox once the on-call backend has synced it;
    // until then the routing check says the data is unavailable.
    let coverage: Coverage | undefined;
    await expect
      .poll(
        async () => {
          coverage = await alertsApi<Coverage>(request, '/coverage');
          return coverage.checks.find(check => check.id === 'paging-routed')!
            .unavailable;
        },
        { timeout: 180_000, intervals: [5000] },
      )
      .toBeUndefined();
    const everyGap = await alertsApi<CoverageGaps>(
      request,
      '/coverage/gaps?limit=500',
    );
    expect(everyGap.items).toHaveLength(everyGap.total);
    const gaps = (check: string) =>
      everyGap.items.filter(gap => gap.check === check);
    const routed = coverage!.checks.find(
      check => check.id === 'paging-routed',
    )!;
    expect(routed.unknown).toBe(0);
    // The sandbox has someone on call for every service: only the records' own routing gaps.
    expect(
      gaps('paging-routed').filter(gap =>
        gap.reason.startsWith('nobody is on call'),
      ),
    ).toEqual([]);
    expect(
      gaps('critical-jobs')
        .map(gap => gap.subject.title)
        .sort(),
    ).toEqual([
      'ach-return-entries-file',
      'ctr-batch-filing',
      'gl-reconciliation-daily',
      'positive-pay-exception-report',
    ]);
    expect(gaps('paging-sop')).toHaveLength(6);
    expect(gaps('paging-routed')).toHaveLength(5);
    expect(gaps('procedures-reviewed')).toHaveLength(6);

    const jobs = coverage!.checks.find(check => check.id === 'critical-jobs')!;
    await portal.visit(
      '/alerts/coverage',
      'alerts-coverage',
      `${jobs.covered} of ${jobs.total}`,
    );
    await expect(page.getByText(/^Gaps: All checks \(21\)$/)).toBeVisible();
    const groups = page.getByRole('region', { name: 'By domain and squad' });
    const gapList = page.getByRole('region', { name: /^Gaps:/ });
    await expect(gapList.getByText('1 - 20 of 21')).toBeVisible();
    await expectTablesFit(page, 'alerts-coverage-by-domain', [groups, gapList]);

    await page
      .locator('.MuiCard-root')
      .filter({ hasText: 'Critical jobs with a positive paging alert' })
      .first()
      .getByRole('button', { name: '4 gaps' })
      .click();
    await expect(
      page.getByText('Gaps: Critical jobs with a positive paging alert (4)'),
    ).toBeVisible();
    for (const job of gaps('critical-jobs')) {
      await expect(
        gapList.getByRole('link', { name: job.subject.title }),
      ).toBeVisible();
    }
    await page.screenshot({
      path: `${screenshotDir}/alerts-coverage-critical-jobs.png`,
      fullPage: true,
    });

    await page.getByRole('tab', { name: 'By squad' }).click();
    await expect(
      groups.getByRole('link', { name: 'ACH Operations Squad' }),
    ).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectTablesFit(page, 'alerts-coverage-by-squad', [groups]);

    // The squads are searched by title on the backend.
    await groups.getByRole('searchbox', { name: 'Find a squad' }).fill('card');
    await expect(
      groups.getByRole('link', { name: 'ACH Operations Squad' }),
    ).toHaveCount(0);
    await expect(
      groups.getByRole('link', { name: 'Card Payments Squad' }),
    ).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.screenshot({
      path: `${screenshotDir}/alerts-coverage-squad-search.png`,
      fullPage: true,
    });
  });

  test('filters, counts and CSV export of the alert catalog', async ({
    portal,
    request,
  }) => {
    const { page } = portal;
    const expected = await alertsApi<{ total: number }>(
      request,
      '/?filter[paging]=true&filter[hasSop]=false',
    );
    await portal.visit(
      '/alerts/catalog?paging=true&hasSop=false',
      'alerts-catalog-without-sop',
      `${expected.total} of 148 alerts`,
    );
    await expect(page.getByText(`without SOP ${expected.total}`)).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const lines = readFileSync(file!, 'utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^name,title,severity,paging,/);
    expect(lines).toHaveLength(expected.total + 1);
  });

  test('error codes, the SOP library, script templates and the Operations tabs', async ({
    portal,
  }) => {
    const { page } = portal;
    // Business codes first; a system code on its own tab.
    await portal.visit(
      '/alerts/error-codes',
      'alerts-error-codes',
      'ACH-ACK-009',
    );
    await page.getByRole('tab', { name: /^system/ }).click();
    await expect(page.getByText('ACH-TX-017')).toBeVisible();
    await expect(page.getByText('ACH-ACK-009')).toHaveCount(0);
    await page.screenshot({
      path: `${screenshotDir}/alerts-error-codes-system.png`,
      fullPage: true,
    });

    await portal.visit('/procedures', 'alerts-sop-library', /overdue since/);
    await expect(page).toHaveURL(/\/procedures\/library/);
    const firstRows = page
      .locator('tbody tr')
      .filter({ has: page.locator('a') });
    for (let row = 0; row < 6; row++) {
      await expect(firstRows.nth(row)).toContainText('overdue since');
    }
    await expect(firstRows.nth(6)).not.toContainText('overdue since');

    await portal.visit(
      '/procedures/scripts',
      'alerts-script-templates',
      'Re-send an ACH origination file',
    );

    await portal.visit(
      '/catalog/default/component/ach-origination-file-0600/operations',
      'alerts-operations-job',
      'Alerts (1)',
    );
    await expect(
      page.getByRole('link', { name: alertTitle }).first(),
    ).toBeVisible();
    await expect(page.getByText('ACH-TX-017').first()).toBeVisible();

    await portal.visit(
      '/catalog/default/group/ach-operations-squad/operations',
      'alerts-operations-squad',
      /^Procedures \(\d+\)$/,
    );
  });

  test('"Add a job alert" previews a validated record in the embedded default', async ({
    portal,
  }) => {
    const { page } = portal;
    await portal.visit('/create', 'alerts-templates', 'Add a job alert');
    await expect(page.getByText('Add an SOP')).toBeVisible();

    await portal.visit(
      '/create/templates/default/add-job-alert',
      'alerts-template-job-alert-form',
      'The job',
    );
    await page.getByRole('textbox', { name: 'Job' }).fill('ach-return-entries');
    await page.getByRole('option', { name: /ach-return-entries-file/ }).click();
    await page
      .getByRole('textbox', { name: 'Alert name' })
      .fill('ach-return-entries-file-not-sent');
    await page
      .getByRole('textbox', { name: 'Title' })
      .fill('ACH return entries file not sent by 15:30');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Page the on-call')).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
    await page
      .getByRole('textbox', { name: 'Meaning' })
      .fill(
        'FedACH has not received our returns: they miss the two-day window.',
      );
    await page
      .getByRole('textbox', { name: 'Customer journey' })
      .fill('ach-payments');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Review' }).click();
    await page.screenshot({
      path: `${screenshotDir}/alerts-template-job-alert-review.png`,
      fullPage: true,
    });
    await page.getByRole('button', { name: 'Create' }).click();

    await expect(page.getByText('Alert record (not published)')).toBeVisible({
      timeout: 60_000,
    });
    await expect(
      page.getByText('name: "ach-return-entries-file-not-sent"'),
    ).toBeVisible();
    await expect(page.getByText('cutoff: "15:30"')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.screenshot({
      path: `${screenshotDir}/alerts-template-job-alert-preview.png`,
      fullPage: true,
    });
  });
});
