import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { percentile } from './statistics';

export interface PageToTime {
  name: string;
  path: string;
}

export interface PageTiming {
  name: string;
  path: string;
  /** Milliseconds from navigation until usable, for each load in order. */
  loadsMs: number[];
  medianMs: number;
  slowestMs: number;
  /** The rows the table showed at the last load, as a check that it showed real data. */
  firstRowText: string;
}

export interface PageTimingOptions {
  baseUrl: string;
  /** A demo person of the embedded default's sign-in page. */
  person: string;
  pages: PageToTime[];
  loads: number;
  screenshotDir: string;
}

/**
 * Whether the page's table shows its first data row with a link, laid out: the row after the
 * header row, as `getByRole('row').nth(1)` finds it. Runs in the page.
 */
function firstRowLinkShown(): boolean {
  const rows = document.querySelectorAll('tr, [role="row"]');
  const link = rows[1]?.querySelector('a[href]');
  if (!link) return false;
  const box = link.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/**
 * Times full page loads in headless Chromium, signed in: from navigation until the page's table
 * shows its first data row with its link (the page is readable and clickable).
 */
export async function timePages(options: PageTimingOptions): Promise<PageTiming[]> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(60_000);
    await page.goto(options.baseUrl);
    await page.getByRole('button', { name: `Sign in as ${options.person}` }).click();
    await page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('button', { name: 'Catalog', exact: true })
      .waitFor();

    const timings: PageTiming[] = [];
    for (const { name, path } of options.pages) {
      const firstRow = page.getByRole('row').nth(1);
      const loadsMs: number[] = [];
      for (let load = 0; load < options.loads; load++) {
        const started = performance.now();
        await page.goto(`${options.baseUrl}${path}`);
        // Checked on every animation frame: a locator's wait polls every 500 ms once the first
        // tries fail, which would add up to half a second to the time a person sees the row.
        await page.waitForFunction(firstRowLinkShown, undefined, { polling: 'raf' });
        loadsMs.push(performance.now() - started);
      }
      await page.screenshot({ path: `${options.screenshotDir}/${name}.png` });
      timings.push({
        name,
        path,
        loadsMs,
        medianMs: percentile(loadsMs, 50),
        slowestMs: Math.max(...loadsMs),
        firstRowText: (await firstRow.innerText()).replace(/\s+/g, ' ').slice(0, 120),
      });
    }
    return timings;
  } finally {
    await browser.close();
  }
}
