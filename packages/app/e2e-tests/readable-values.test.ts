import { Page } from '@playwright/test';
import {
  DemoPerson,
  expect,
  Portal,
  screenshotDir,
  test,
  waitForDocsAndSearch,
  waitForEntities,
  waitForListTotal,
} from './portal';

/** Values written for machines that a page meant for people must not show. */
const machineValues: Array<{ what: string; pattern: RegExp }> = [
  {
    what: 'an ISO duration',
    pattern: /\bP(?:\d+[YMWD])+(?:T\d+[HMS])?\b|\bPT\d+[HMS]/,
  },
  {
    what: 'an entity ref',
    // Where a name belongs; the catalog's profile cards show the ref as an identifier, labelled so.
    pattern:
      /\b(?:component|group|user|system|domain|resource|api|alert|procedure|vendor|continuityplan|exercise|postmortem|template|location|capabilitymodel):[a-z0-9-]+\/[a-z0-9._-]+(?![a-z0-9._-]*\s*Entity Ref)/i,
  },
  {
    what: 'a server path',
    pattern: /(?:^|[\s"'(:])\/(?:work|home|tmp|root|var|srv|opt|usr)\//,
  },
];

/** A value on a line or in a cell of its own that is only `true` or `false`. */
const bareBoolean = /^(?:true|false)$/i;

/** What on the page reads as a machine value, each with the text around it. */
async function machineValuesOn(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const found: string[] = [];
  for (const { what, pattern } of machineValues) {
    const global = new RegExp(pattern.source, `${pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      const at = match.index ?? 0;
      found.push(
        `${what}: …${text
          .slice(Math.max(0, at - 40), at + match[0].length + 20)
          .replace(/\s+/g, ' ')}…`,
      );
    }
  }
  for (const cell of text.split(/[\n\t]/)) {
    if (bareBoolean.test(cell.trim())) {
      found.push(`a bare boolean: ${cell.trim()}`);
    }
  }
  return found;
}

/** Waits until the page's text stops changing: cards load their data one after another. */
async function untilTextSettles(page: Page) {
  let before = '';
  await expect
    .poll(
      async () => {
        const now = await page.locator('body').innerText();
        const settled = now === before;
        before = now;
        return settled;
      },
      { intervals: [1000], timeout: 30_000 },
    )
    .toBe(true);
}

/** Opens a page, waits until it has loaded, saves a screenshot and returns its machine values. */
async function scan(portal: Portal, path: string): Promise<string[]> {
  const { page } = portal;
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  if (path.startsWith('/catalog/')) {
    // An entity page has loaded once it shows its tabs.
    await expect(
      page.getByRole('navigation', { name: 'Content navigation' }),
    ).toBeVisible();
  }
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await untilTextSettles(page);
  await portal.expectNoErrorBoundary();
  await page.screenshot({
    path: `${screenshotDir}/readable-${path
      .replace(/^\//, '')
      .replace(/[^a-z0-9]+/gi, '-')
      .slice(0, 100)}.png`,
    fullPage: true,
  });
  return (await machineValuesOn(page)).map(value => `${path}: ${value}`);
}

const people: DemoPerson[] = [
  'ada.engineer',
  'sam.lead',
  'lee.leader',
  'alex.auditor',
];

/** One entity of each kind the demo records hold, with its tabs written for reading. */
const entityPages = [
  '/catalog/default/component/payment-gateway',
  '/catalog/default/component/payment-gateway/operations',
  '/catalog/default/component/payment-gateway/incidents',
  '/catalog/default/component/payment-gateway/postmortems',
  '/catalog/default/component/ledger-service/blast-radius',
  '/catalog/default/component/ach-origination-file-0600',
  '/catalog/default/component/ach-origination-file-0600/operations',
  '/catalog/default/group/ach-operations-squad',
  '/catalog/default/group/ach-operations-squad/scorecard',
  '/catalog/default/group/ach-operations-squad/operations',
  '/catalog/default/group/ach-operations-squad/postmortems',
  '/catalog/default/user/sam.lead',
  '/catalog/default/system/sign-up',
  '/catalog/default/domain/registration-signup',
  '/catalog/default/domain/transfers/postmortems',
  '/catalog/default/resource/signup-db',
  '/catalog/default/api/payments-api',
  '/catalog/default/vendor/fedach',
  '/catalog/default/vendor/fedach/vendor',
  '/catalog/default/vendor/tessera-card-processing/vendor',
  '/catalog/default/continuityplan/card-payments-continuity',
  '/catalog/default/continuityplan/card-payments-continuity/continuity',
  '/catalog/default/exercise/2025-08-aws-region-failover-dr-test',
  '/catalog/default/postmortem/2025-05-22-ach-0600-file-sftp-certificate-expired',
  '/catalog/default/postmortem/2025-05-22-ach-0600-file-sftp-certificate-expired/postmortem',
  '/catalog/default/alert/ach-origination-file-0600-not-acknowledged',
  '/catalog/default/procedure/ledger-eod-close-late-sop',
];

/** The portal's own pages the suite visits. */
const portalPages = [
  '/alerts',
  '/alerts/coverage',
  '/alerts/catalog',
  '/alerts/error-codes',
  '/procedures',
  '/procedures/scripts',
  '/continuity/vendors',
  '/continuity/plans',
  '/continuity/exercises',
  '/continuity/reviews',
  '/continuity/exports',
  '/continuity/print/vendor/default/fedach',
  '/postmortems',
  '/postmortems/analytics',
  '/postmortems/actions',
  '/scorecards',
  '/on-call',
  '/approvals',
];

test.describe('pages show values for people, not for machines', () => {
  test.beforeAll(async ({ request }) => {
    test.setTimeout(600_000);
    await waitForEntities(request, [
      'group:ach-operations-squad',
      'component:payment-gateway',
      'vendor:fedach',
      'postmortem:2025-05-22-ach-0600-file-sftp-certificate-expired',
      'capabilitymodel:engineering-capability-model',
    ]);
    await waitForListTotal(request, '/api/postmortems?limit=1', 31);
    await waitForDocsAndSearch(request);
  });

  for (const person of people) {
    test(`the home page of ${person}`, async ({ page }) => {
      const portal = new Portal(page);
      await portal.signIn(person);
      await expect(page.locator('.react-grid-item').first()).toBeVisible();
      expect(await scan(portal, '/')).toEqual([]);
      expect(portal.problems).toEqual([]);
    });
  }

  test("every entity's pages", async ({ portal }) => {
    test.setTimeout(600_000);
    const found: string[] = [];
    for (const path of entityPages) {
      found.push(...(await scan(portal, path)));
    }
    expect(found).toEqual([]);
  });

  test("the portal's pages", async ({ portal }) => {
    test.setTimeout(600_000);
    const found: string[] = [];
    for (const path of portalPages) {
      found.push(...(await scan(portal, path)));
    }
    expect(found).toEqual([]);
  });

  test('search results, whose snippets keep the spaces between highlighted words', async ({
    portal,
  }) => {
    const { page } = portal;
    await page.goto('/search?query=nacha%20origination%20file');
    await expect(
      page.getByText(/NACHA origination file/i).first(),
    ).toBeVisible();
    expect(await scan(portal, '/search?query=nacha%20origination%20file')).toEqual([]);
    await page.goto('/search?query=acknowledged');
    await expect(page.getByText(/not acknowledged/i).first()).toBeVisible();
    expect(await scan(portal, '/search?query=acknowledged')).toEqual([]);
  });
});
