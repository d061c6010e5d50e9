import {
  DemoPerson,
  expect,
  Portal,
  screenshotDir,
  signInToken,
  test,
  waitForEntity,
} from './portal';

/** Who may register entities: everyone but the auditor, as the permission policy decides. */
const people: Array<{ person: DemoPerson; mayRegister: boolean }> = [
  { person: 'ada.engineer', mayRegister: true },
  { person: 'sam.lead', mayRegister: true },
  { person: 'lee.leader', mayRegister: true },
  { person: 'alex.auditor', mayRegister: false },
];

/** What Backstage's not-found page says. */
const notFound = /ERROR 404|PAGE NOT FOUND|Looks like someone dropped the mic/i;

/** What Backstage's Link throws on a script URL, shown in the error panel that replaces a card. */
const linkRefused = /Link component rejected/;

const fileName = (href: string) =>
  href.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-') || 'home';

test.describe('the sidebar leads every person to pages they can use', () => {
  test.beforeAll(async ({ request }) => {
    test.setTimeout(300_000);
    await waitForEntity(request, {
      kind: 'component',
      name: 'payment-gateway',
    });
    for (const { person } of people) {
      await signInToken(request, person);
    }
  });

  for (const { person, mayRegister } of people) {
    test(`${person}: every sidebar entry opens its page, with no 404 and no error panel`, async ({
      page,
    }) => {
      test.setTimeout(300_000);
      const portal = new Portal(page);
      // The permission-aware entry is drawn once the policy has answered; its answer, not a
      // quiet network, says the sidebar is complete.
      const registerDecided = page.waitForResponse(
        response =>
          response.url().includes('/api/permission/authorize') &&
          (response.request().postData() ?? '').includes('catalog.entity.create'),
      );
      await portal.signIn(person);
      const sidebar = page.getByRole('navigation', { name: 'sidebar nav' });
      await registerDecided;
      const registerEntry = sidebar.getByRole('link', {
        name: 'Register Existing Component',
      });
      if (mayRegister) {
        await expect(registerEntry).toBeVisible();
      } else {
        await expect(registerEntry).toHaveCount(0);
      }
      const entries = await sidebar.locator('a[href]').evaluateAll(links =>
        links.map(link => ({
          name: (
            link.getAttribute('aria-label') ??
            link.textContent ??
            ''
          ).trim(),
          href: link.getAttribute('href')!,
        })),
      );
      const names = entries.map(entry => entry.name);
      expect(names).toEqual(expect.arrayContaining(['Home', 'Catalog']));

      const visited = new Set<string>();
      for (const { name, href } of entries) {
        if (visited.has(href)) continue;
        visited.add(href);
        await test.step(`${name} (${href})`, async () => {
          await page.goto(href);
          await page.waitForLoadState('networkidle');
          await expect(page.getByRole('progressbar')).toHaveCount(0);
          await expect(page.getByText(notFound)).toHaveCount(0);
          await expect(page.getByText(linkRefused)).toHaveCount(0);
          await portal.expectNoErrorBoundary();
          await page.screenshot({
            path: `${screenshotDir}/navigation-${person}-${fileName(href)}.png`,
            fullPage: true,
          });
        });
      }
      expect(portal.problems, 'console errors and failed API calls').toEqual(
        [],
      );
    });
  }
});
