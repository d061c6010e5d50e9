import { Page } from '@playwright/test';
import {
  authHeaders,
  expect,
  screens,
  screenshotDir,
  test,
  waitBeforeAll,
} from './portal';

const size = ({ width, height }: { width: number; height: number }) =>
  `${width}x${height}`;

/** Where a card's title starts on the page. */
async function cardTop(page: Page, title: string): Promise<number> {
  const heading = page.getByText(title, { exact: true }).first();
  await expect(heading).toBeVisible();
  return (await heading.boundingBox())!.y;
}

test.describe('pages that lead with what matters, on the demo history', () => {
  waitBeforeAll([
    'group:ach-operations-squad',
    'component:payment-gateway',
    'capabilitymodel:engineering-capability-model',
  ]);

  test('on a fresh start the scorecards report squads on three levels or more, with a year of history', async ({
    request,
  }) => {
    const headers = await authHeaders(request);
    // The demo history is written once the catalog holds the model and the squads.
    await expect
      .poll(
        async () => {
          const response = await request.get(
            '/api/scorecards/history?period=quarter&count=5',
            { headers },
          );
          if (!response.ok()) return 0;
          const { points } = (await response.json()) as {
            points: Array<{ squads: number }>;
          };
          return points.filter(point => point.squads > 0).length;
        },
        { timeout: 180_000, intervals: [2000] },
      )
      .toBeGreaterThanOrEqual(4);
    const { distribution } = await (
      await request.get('/api/scorecards/scorecards', { headers })
    ).json();
    expect(
      Object.values(distribution as Record<string, number>).filter(
        count => count > 0,
      ).length,
    ).toBeGreaterThanOrEqual(3);
  });

  for (const screen of screens) {
    test(`${size(
      screen,
    )}: a squad page shows on-call, scorecard and records, a service page its readiness summary and records, before the graph`, async ({
      portal,
    }) => {
      const { page } = portal;
      await page.setViewportSize(screen);

      await portal.visit(
        '/catalog/default/group/ach-operations-squad',
        `entity-squad-${size(screen)}`,
        'Capability scorecard',
      );
      const squadGraph = await cardTop(page, 'Relations');
      for (const title of [
        'On call',
        'Capability scorecard',
        'Operational records',
      ]) {
        expect(await cardTop(page, title), title).toBeLessThan(squadGraph);
      }
      await page.screenshot({
        path: `${screenshotDir}/entity-squad-${size(screen)}-top.png`,
      });

      await portal.visit(
        '/catalog/default/component/payment-gateway',
        `entity-service-${size(screen)}`,
        'Operational records',
      );
      const serviceGraph = await cardTop(page, 'Relations');
      for (const title of ['Readiness summary', 'Operational records']) {
        expect(await cardTop(page, title), title).toBeLessThan(serviceGraph);
      }
      await page.screenshot({
        path: `${screenshotDir}/entity-service-${size(screen)}-top.png`,
      });
    });

    test(`${size(
      screen,
    )}: the heat map and the quarterly trend show the demo squads`, async ({
      portal,
    }) => {
      const { page } = portal;
      await page.setViewportSize(screen);
      await portal.visit(
        '/scorecards',
        `scorecards-history-${size(screen)}`,
        'Heat map',
      );
      const trend = page.getByRole('region', { name: 'Trend' });
      await trend.getByRole('button', { name: 'By quarter' }).click();
      await expect(trend.getByText(/^\d{4}-Q\d$/).first()).toBeVisible();
      await trend.scrollIntoViewIfNeeded();
      await trend.screenshot({
        path: `${screenshotDir}/scorecards-trend-quarter-${size(screen)}.png`,
      });
      const sidebar = page.getByRole('navigation', { name: 'sidebar nav' });
      await sidebar
        .getByRole('button', { name: 'Govern', exact: true })
        .hover();
      await expect(
        sidebar.getByRole('link', { name: 'Scorecards' }),
      ).toBeVisible();
      await page.waitForTimeout(500);
      await page.screenshot({
        path: `${screenshotDir}/sidebar-govern-${size(screen)}.png`,
      });
      await portal.expectNoErrorBoundary();
    });
  }
});
