import {
  test as base,
  expect,
  Page,
  APIRequestContext,
  Locator,
} from '@playwright/test';

/** Where each e2e test saves the screenshot of every page it opens. */
export const screenshotDir = '.data/screenshots';

/** A large and a laptop screen: pages are checked and photographed on both. */
export const screens = [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
];

/** Texts that Backstage renders only inside an error boundary or an error panel. */
const errorBoundaryTexts = [
  'Something went wrong',
  'Error in ',
  'Failed to load',
  'ResponseError',
];

/** The demo people of app-config.yaml, one per role. */
export type DemoPerson =
  | 'ada.engineer'
  | 'sam.lead'
  | 'lee.leader'
  | 'alex.auditor';

type PortalFixtures = {
  /** Who the portal fixture signs in as: `test.use({ person: 'lee.leader' })`; ada.engineer unless told. */
  person: DemoPerson;
  /** Signed in as `person`; fails the test on console errors or failed API calls. */
  portal: Portal;
};

export class Portal {
  readonly problems: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', message => {
      if (message.type() === 'error') {
        this.problems.push(`console error: ${message.text()}`);
      }
    });
    page.on('pageerror', error => {
      this.problems.push(`page error: ${error.message}`);
    });
    page.on('response', response => {
      if (response.url().includes('/api/') && response.status() >= 400) {
        this.problems.push(
          `API ${response
            .request()
            .method()} ${response.url()} answered ${response.status()}`,
        );
      }
    });
  }

  /** Signs in as one of the demo people (the embedded default's sign-in page). */
  async signIn(person: DemoPerson = 'ada.engineer') {
    await this.page.goto('/');
    await this.page
      .getByRole('button', { name: `Sign in as ${person}` })
      .click();
    await expect(
      this.page
        .getByRole('navigation', { name: 'sidebar nav' })
        .getByRole('button', { name: 'Catalog', exact: true }),
    ).toBeVisible();
  }

  /** Opens a page, waits for the given text, checks it is error-free and saves a screenshot. */
  async visit(path: string, name: string, expectedText: string | RegExp) {
    await this.page.goto(path);
    await expect(
      this.page.getByText(expectedText).filter({ visible: true }).first(),
    ).toBeVisible();
    await this.page.waitForLoadState('networkidle');
    await this.expectNoErrorBoundary();
    await this.page.screenshot({
      path: `${screenshotDir}/${name}.png`,
      fullPage: true,
    });
  }

  async expectNoErrorBoundary() {
    for (const text of errorBoundaryTexts) {
      await expect(this.page.getByText(text, { exact: false })).toHaveCount(0);
    }
  }
}

export const test = base.extend<PortalFixtures>({
  person: ['ada.engineer', { option: true }],
  portal: async ({ page, person }, provide) => {
    const portal = new Portal(page);
    await portal.signIn(person);
    await provide(portal);
    expect(portal.problems, 'console errors and failed API calls').toEqual([]);
  },
});

/**
 * A Backstage token of a demo person, for calling the backend's APIs directly. Sign-in resolves
 * the person in the catalog, so on a fresh portal it waits until the organisation is read.
 */
export async function signInToken(
  request: APIRequestContext,
  person: DemoPerson = 'ada.engineer',
): Promise<string> {
  let token = '';
  await expect
    .poll(
      async () => {
        const response = await request.get('/api/auth/demo/refresh', {
          headers: { 'x-readiness-demo-user': person },
        });
        if (response.ok()) {
          token = (await response.json()).backstageIdentity.token;
        }
        return response.status();
      },
      { timeout: 120_000, intervals: [1000] },
    )
    .toBe(200);
  return token;
}

/** The request headers that sign a backend call in as a demo person. */
export async function authHeaders(
  request: APIRequestContext,
  person: DemoPerson = 'ada.engineer',
): Promise<{ Authorization: string }> {
  return { Authorization: `Bearer ${await signInToken(request, person)}` };
}

/** Reads a backend route as a demo person (the engineer unless told); the route must answer 200. */
export async function readApi<T>(
  request: APIRequestContext,
  path: string,
  person: DemoPerson = 'ada.engineer',
): Promise<T> {
  const response = await request.get(path, {
    headers: await authHeaders(request, person),
  });
  expect(response.status(), path).toBe(200);
  return response.json();
}

/** Polls the catalog until the entity exists: a fresh portal ingests the demo records first. */
export async function waitForEntity(
  request: APIRequestContext,
  ref: { kind: string; name: string },
) {
  const headers = await authHeaders(request);
  await expect
    .poll(
      async () =>
        (
          await request.get(
            `/api/catalog/entities/by-name/${ref.kind}/default/${ref.name}`,
            { headers },
          )
        ).status(),
      { timeout: 120_000, intervals: [1000] },
    )
    .toBe(200);
}

/**
 * Polls a list route of a backend until it holds the expected number of records: the readiness
 * backends re-read the catalog once a minute.
 */
export async function waitForListTotal(
  request: APIRequestContext,
  path: string,
  total: number,
) {
  const headers = await authHeaders(request);
  await expect
    .poll(
      async () => {
        const response = await request.get(path, { headers });
        return response.ok() ? (await response.json()).total : 0;
      },
      { timeout: 180_000, intervals: [5000] },
    )
    .toBe(total);
}

/**
 * Polls the on-call API until it lists a resolved incident (of a squad or service, when given):
 * the on-call backend syncs the sandbox's incident history a few seconds after start.
 */
export async function waitForResolvedIncidents(
  request: APIRequestContext,
  entityRef?: string,
) {
  const headers = await authHeaders(request);
  const of = entityRef ? `&entityRef=${encodeURIComponent(entityRef)}` : '';
  await expect
    .poll(
      async () => {
        const response = await request.get(
          `/api/oncall/incidents?status=resolved&limit=1${of}`,
          { headers },
        );
        return response.ok() ? (await response.json()).total : 0;
      },
      { timeout: 180_000, intervals: [3000] },
    )
    .toBeGreaterThan(0);
}

/** Polls the catalog until each entity, written `kind:name`, exists. */
export async function waitForEntities(
  request: APIRequestContext,
  refs: string[],
) {
  for (const ref of refs) {
    const [kind, name] = ref.split(':');
    await waitForEntity(request, { kind, name });
  }
}

/**
 * Before the tests of a describe block: waits (up to five minutes) for these demo entities,
 * written `kind:name`, to reach the catalog, then for what else the block needs.
 */
export function waitBeforeAll(
  refs: string[],
  andThen?: (request: APIRequestContext) => Promise<void>,
) {
  test.beforeAll(async ({ request }) => {
    test.setTimeout(300_000);
    await waitForEntities(request, refs);
    await andThen?.(request);
  });
}

/** Polls until the scorecard history has squads in each of the last `quarters` quarters. */
export async function waitForScorecardHistory(
  request: APIRequestContext,
  quarters: number,
) {
  const headers = await authHeaders(request);
  await expect
    .poll(
      async () => {
        const response = await request.get(
          `/api/scorecards/history?period=quarter&count=${quarters}`,
          { headers },
        );
        if (!response.ok()) return 0;
        const { points } = await response.json();
        return points.filter((point: { squads: number }) => point.squads > 0)
          .length;
      },
      { timeout: 180_000, intervals: [2000] },
    )
    .toBeGreaterThanOrEqual(quarters);
}

/** Polls until the on-call backend's first PagerDuty sync has succeeded. */
export async function waitForFirstPagerDutySync(
  request: APIRequestContext,
  timeoutMs = 180_000,
) {
  const headers = await authHeaders(request);
  await expect
    .poll(
      async () =>
        (
          await (await request.get('/api/oncall/status', { headers })).json()
        ).lastSuccessAt,
      { timeout: timeoutMs, intervals: [2000] },
    )
    .toBeTruthy();
}

/** Evaluates every squad's scorecard now rather than waiting for the schedule's first run. */
export async function evaluateScorecards(
  request: APIRequestContext,
): Promise<{ squads: number }> {
  const evaluated = await request.post('/api/scorecards/evaluate', {
    headers: await authHeaders(request),
    data: {},
  });
  expect(evaluated.status()).toBe(200);
  return evaluated.json();
}

/**
 * Waits until the TechDocs prebuild has built the portal's docs and search has indexed the
 * catalog and the docs, as on any portal a minute or two after its first start.
 */
export async function waitForDocsAndSearch(request: APIRequestContext) {
  const headers = await authHeaders(request);
  const ready = (path: string) =>
    expect
      .poll(async () => (await request.get(path, { headers })).status(), {
        timeout: 240_000,
        intervals: [2000],
      })
      .toBe(200);
  await ready(
    '/api/techdocs/metadata/techdocs/default/component/readiness-portal',
  );
  await ready('/api/search/query?term=ach&types%5B0%5D=techdocs');
  await ready('/api/search/query?term=ach&types%5B0%5D=software-catalog');
}

/**
 * What is wrong with how a table is drawn: a word (a break after a hyphen ends a word) drawn on
 * more than one line in any header or cell, a cell whose content is cut off, and the table or
 * anything around it wider than it has room for.
 */
export function tableLayoutProblems(table: Locator): Promise<string[]> {
  return table.evaluate(element => {
    const problems: string[] = [];
    for (const cell of element.querySelectorAll('th, td')) {
      const cellText = (cell.textContent ?? '').trim();
      const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let text = texts.nextNode(); text; text = texts.nextNode()) {
        for (const word of (text.textContent ?? '').matchAll(/[^\s-]+-?/g)) {
          const range = document.createRange();
          range.setStart(text, word.index!);
          range.setEnd(text, word.index! + word[0].length);
          const lines = new Set(
            [...range.getClientRects()]
              .filter(rect => rect.width > 0)
              .map(rect => Math.round(rect.bottom)),
          );
          if (lines.size > 1) {
            problems.push(`"${word[0]}" broken across lines in "${cellText}"`);
          }
        }
      }
      if (cell.scrollWidth > cell.clientWidth + 1) {
        problems.push(`cut off: "${cellText}"`);
      }
    }
    for (let box: Element | null = element; box; box = box.parentElement) {
      if (box.scrollWidth > box.clientWidth + 1) {
        problems.push(
          `<${box.tagName.toLowerCase()} class="${box.className}"> is ${
            box.scrollWidth
          } px wide in ${box.clientWidth} px`,
        );
      }
    }
    return problems;
  });
}

/**
 * What `tableLayoutProblems` does not see in a table: text cut short inside a cell (a header's
 * label or a chip's, ended with an ellipsis because its column is too narrow), and a day
 * (YYYY-MM-DD) broken across lines at a hyphen.
 */
export function textProblems(table: Locator): Promise<string[]> {
  return table.evaluate(element => {
    const problems: string[] = [];
    for (const node of element.querySelectorAll('th *, td *')) {
      // Visually hidden text (a link's "opens in a new window") is 1 px wide on purpose; an
      // ellipsis shows as soon as text is a pixel too wide.
      if (
        node.clientWidth > 1 &&
        node.scrollWidth > node.clientWidth &&
        getComputedStyle(node).overflowX !== 'visible'
      ) {
        problems.push(`cut short: "${(node.textContent ?? '').trim()}"`);
      }
    }
    const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      for (const day of (text.textContent ?? '').matchAll(
        /\d{4}-\d{2}-\d{2}/g,
      )) {
        const range = document.createRange();
        range.setStart(text, day.index!);
        range.setEnd(text, day.index! + day[0].length);
        const lines = new Set(
          [...range.getClientRects()]
            .filter(rect => rect.width > 0)
            .map(rect => Math.round(rect.bottom)),
        );
        if (lines.size > 1) problems.push(`day broken: ${day[0]}`);
      }
    }
    return problems;
  });
}

/**
 * Photographs the page at the suite's size and on each of `screens`, and checks that the tables
 * fit on all of them (those inside `sections`, else every table on the page): no word broken
 * across lines, nothing cut off or cut short, no table wider than the page.
 */
export async function expectTablesFit(
  page: Page,
  name: string,
  sections?: Locator[],
) {
  const suiteScreen = page.viewportSize()!;
  // From the top: a full-page screenshot draws the fixed sidebar where the page is scrolled to.
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const screen of [suiteScreen, ...screens]) {
    await page.setViewportSize(screen);
    await page.screenshot({
      path: `${screenshotDir}/${name}-${screen.width}x${screen.height}.png`,
      fullPage: true,
    });
    const tables = sections
      ? sections.map(section => section.locator('table'))
      : await page.locator('table').all();
    for (const table of tables) {
      expect(
        [...(await tableLayoutProblems(table)), ...(await textProblems(table))],
        `${name} at ${screen.width} px`,
      ).toEqual([]);
    }
  }
  await page.setViewportSize(suiteScreen);
}

export { expect };
