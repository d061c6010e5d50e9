import { Locator, Page } from '@playwright/test';
import {
  authHeaders,
  DemoPerson,
  expect,
  Portal,
  readApi,
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

/** A sidebar entry as drawn: where it leads, and whether it shows whole in the window. */
interface DrawnEntry {
  name: string;
  href?: string;
  inWindow: boolean;
  truncated: boolean;
}

/** The entries the sidebar draws now: links, and the section buttons that open on hover. */
function drawnEntries(page: Page): Promise<DrawnEntry[]> {
  return page
    .getByRole('navigation', { name: 'sidebar nav' })
    .locator('a[href], button[aria-label]')
    .evaluateAll(elements =>
      elements.map(element => {
        const box = element.getBoundingClientRect();
        // A label cut off with an ellipsis is wider than the box it shows in.
        const truncated = [element, ...element.querySelectorAll('*')].some(
          child =>
            getComputedStyle(child).textOverflow === 'ellipsis' &&
            child.scrollWidth > child.clientWidth,
        );
        return {
          name: (
            element.getAttribute('aria-label') ??
            element.textContent ??
            ''
          ).trim(),
          href: element.getAttribute('href') ?? undefined,
          inWindow:
            box.width > 0 && box.top >= 0 && box.bottom <= window.innerHeight,
          truncated,
        };
      }),
    );
}

/**
 * Every sidebar entry, each section opened in turn (hovering over it opens the sidebar and the
 * section), as drawn while it is open.
 */
async function allEntries(page: Page): Promise<DrawnEntry[]> {
  const sidebar = page.getByRole('navigation', { name: 'sidebar nav' });
  const entries: DrawnEntry[] = [];
  const sections = sidebar.getByTestId('item-with-submenu');
  for (let i = 0; i < (await sections.count()); i++) {
    await sections.nth(i).hover();
    await expect(sections.nth(i).locator('a[href]').first()).toBeVisible();
    // The section slides open.
    await page.waitForTimeout(500);
    entries.push(...(await drawnEntries(page)));
  }
  const seen = new Set<string>();
  return entries.filter(entry => {
    const key = `${entry.name} ${entry.href}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Hovers a sidebar section open until `entry` shows in it. The section closes when the sidebar
 * redraws under the pointer (a count or a permission answer arriving), so one hover is not enough.
 */
async function hoverOpen(section: Locator, entry: Locator) {
  await expect(async () => {
    await section.hover();
    await expect(entry).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}

const fileName = (href: string) =>
  href.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-') || 'home';

test.describe('the sidebar leads every person to pages they can use', () => {
  // A laptop screen: every entry must show whole without scrolling.
  test.use({ viewport: { width: 1280, height: 800 } });

  test.beforeAll(async ({ request }) => {
    test.setTimeout(300_000);
    await waitForEntity(request, {
      kind: 'component',
      name: 'payment-gateway',
    });
    // A squad's pages ask for its scorecard, which the backend gives once it has read the
    // capability model: on a fresh portal that comes some seconds after the first entities.
    const headers = await authHeaders(request);
    await expect
      .poll(
        async () =>
          (
            await request.get(
              '/api/scorecards/squads/default/ach-operations-squad',
              { headers },
            )
          ).status(),
        { timeout: 180_000, intervals: [2000] },
      )
      .toBe(200);
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
          (response.request().postData() ?? '').includes(
            'catalog.entity.create',
          ),
      );
      await portal.signIn(person);
      const sidebar = page.getByRole('navigation', { name: 'sidebar nav' });
      // Registering is in the Catalog section, which asks the policy once it opens.
      const catalogSection = sidebar.getByRole('button', {
        name: 'Catalog',
        exact: true,
      });
      await catalogSection.hover();
      await registerDecided;
      const registerEntry = sidebar.getByRole('link', {
        name: 'Register Existing Component',
      });
      if (mayRegister) {
        await hoverOpen(catalogSection, registerEntry);
      } else {
        await expect(registerEntry).toHaveCount(0);
      }
      const drawn = await allEntries(page);
      await page.screenshot({
        path: `${screenshotDir}/navigation-${person}-sidebar-1280x800.png`,
      });
      expect(
        drawn.filter(entry => !entry.inWindow || entry.truncated),
        'entries below the fold or cut off at 1280×800',
      ).toEqual([]);
      const entries = drawn.flatMap(({ name, href }) =>
        href ? [{ name, href }] : [],
      );
      const names = entries.map(entry => entry.name);
      expect(names).toEqual(
        expect.arrayContaining([
          'Home',
          'Catalog',
          'Alerts',
          'On call',
          'Scorecards',
        ]),
      );
      expect(names.includes('Register Existing Component')).toBe(mayRegister);

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

  test('an approver sees how many attestations await them beside Approvals; others see no count', async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    // The squad lead attests a check that counts only once leadership approves it; not the one
    // attest-and-approve.test.ts attests, so neither test depends on the other's order.
    const attestation = {
      squad: 'group:default/ach-operations-squad',
      checkId: 'critical-fix-under-an-hour',
    };
    const attested = await request.post('/api/scorecards/attestations', {
      headers: await authHeaders(request, 'sam.lead'),
      data: {
        ...attestation,
        evidenceUrl:
          'https://ci.meridianpay.example/ach-operations/pipelines/4812',
        comment:
          'The last critical fix went from commit to production in 38 minutes.',
      },
    });
    expect(attested.status()).toBe(201);
    // The count is the backend's, from the permission policy: the page only shows it.
    const { pending } = await readApi<{ pending: unknown[] }>(
      request,
      '/api/scorecards/approvals',
      'lee.leader',
    );
    expect(pending.length).toBeGreaterThan(0);

    const portal = new Portal(page);
    const sidebar = page.getByRole('navigation', { name: 'sidebar nav' });
    const govern = sidebar.getByRole('button', { name: 'Govern', exact: true });
    await portal.signIn('lee.leader');
    const approvals = sidebar.getByRole('link', {
      name: `Approvals (${pending.length})`,
    });
    // Read while the Govern menu is open: measuring and photographing the sidebar may close it.
    await expect(async () => {
      await govern.hover();
      await expect(approvals).toBeVisible({ timeout: 2_000 });
      expect(await approvals.getAttribute('href', { timeout: 2_000 })).toMatch(
        /\/approvals$/,
      );
    }).toPass({ timeout: 60_000 });
    const drawn = await drawnEntries(page);
    expect(
      drawn.filter(entry => !entry.inWindow || entry.truncated),
      'entries below the fold or cut off at 1280×800',
    ).toEqual([]);
    await page.screenshot({
      path: `${screenshotDir}/navigation-lee.leader-approvals-count-1280x800.png`,
    });
    await page.goto('/approvals');
    await expect(
      page.getByText(`Awaiting your approval (${pending.length})`),
    ).toBeVisible();

    // Leave the demo as it was: the leader approves what the test attested.
    const approved = await request.post('/api/scorecards/decisions', {
      headers: await authHeaders(request, 'lee.leader'),
      data: {
        ...attestation,
        decision: 'approve',
        reason: 'The board labels the work and 18% is within the target.',
      },
    });
    expect(approved.status()).toBe(200);
    expect(portal.problems, 'console errors and failed API calls').toEqual([]);

    // The engineer may not approve: the entry has no count.
    const engineer = new Portal(
      await (
        await page
          .context()
          .browser()!
          .newContext({
            viewport: { width: 1280, height: 800 },
          })
      ).newPage(),
    );
    const engineerAsked = engineer.page.waitForResponse(response =>
      response.url().endsWith('/api/scorecards/approvals'),
    );
    await engineer.signIn('ada.engineer');
    // The backend has answered that she may not approve before the entry is read.
    expect((await (await engineerAsked).json()).canApprove).toBe(false);
    const engineerSidebar = engineer.page.getByRole('navigation', {
      name: 'sidebar nav',
    });
    await hoverOpen(
      engineerSidebar.getByRole('button', { name: 'Govern', exact: true }),
      engineerSidebar.getByRole('link', { name: 'Approvals', exact: true }),
    );
    await expect(
      engineerSidebar.getByRole('link', { name: /^Approvals \(/ }),
    ).toHaveCount(0);
    expect(engineer.problems, 'console errors and failed API calls').toEqual(
      [],
    );
  });
});
