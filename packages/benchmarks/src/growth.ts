/*
 * The growth mode's figures (`yarn benchmark --growth`): what each profile measured, kept in a
 * JSON file beside the report so that profiles measured by separate commands (XL takes as long
 * as M and L together) add up to one table and one chart.
 */
import { SCALE_PROFILES, ScaleProfileName } from '@readiness/scale-profile';
import { formatNumber, markdownTable, verdict } from './report';
import { median } from './statistics';

/** What one profile measured: the figures that show how cost grows with the size. */
export interface ProfileGrowth {
  profile: string;
  /** When it was measured (ISO), and how many records: all of the profile, or a slice. */
  measuredAt: string;
  entities: number;
  ingestionMs: number;
  peakRssBytes: number;
  apis: Array<{ name: string; p50Ms: number; p95Ms: number }>;
  pages: Array<{ name: string; medianMs: number; slowestMs: number }>;
}

/**
 * How many times profile L's organisation a profile is, counted in squads and rounded up (at
 * least once): docs/running.md scales a replica's settings by it.
 */
function multiplesOfL(profile: ScaleProfileName): number {
  const { squads } = SCALE_PROFILES[profile];
  return Math.max(1, Math.ceil(squads / SCALE_PROFILES.L.squads));
}

/**
 * The heap limit docs/running.md gives a production replica for an organisation of a profile's
 * size: 1 GB up to profile L's squads, and 1 GB more per as many squads again.
 */
export function productionHeapLimitMb(profile: ScaleProfileName): number {
  return 1024 * multiplesOfL(profile);
}

/** A duration as app-config writes one, e.g. `{ minutes: 30 }`. */
export type ConfigDuration = Record<string, number>;

/**
 * The catalog processing interval docs/running.md gives an organisation of a profile's size:
 * app-config.production.yaml's up to profile L's squads, and as long again per as many squads
 * again, so that the catalog reprocesses about as many entities a second at every size.
 */
export function productionProcessingInterval(
  profile: ScaleProfileName,
  production: ConfigDuration,
): ConfigDuration {
  const times = multiplesOfL(profile);
  return Object.fromEntries(
    Object.entries(production).map(([unit, amount]) => [unit, amount * times]),
  );
}

/** Every profile measured so far, by name. */
export type GrowthResults = Record<string, ProfileGrowth>;

/** The order of the profiles, smallest first; others (none so far) after them by size. */
const PROFILE_ORDER = ['M', 'L', 'XL'];

/** From L to XL: API p95 and median page load grow less than this; ingestion rate stays within. */
export const GROWTH_BUDGETS = { timeRatio: 1.5, rateDrift: 0.2 };

export function ingestionRate(run: ProfileGrowth): number {
  return run.entities / (run.ingestionMs / 1000);
}

function slowest<T>(items: T[], value: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>(
    (worst, item) => (!worst || value(item) > value(worst) ? item : worst),
    undefined,
  );
}

/** The profiles measured, smallest first. */
export function orderedProfiles(results: GrowthResults): ProfileGrowth[] {
  return Object.values(results).sort((a, b) => {
    const rank = (p: ProfileGrowth) => {
      const index = PROFILE_ORDER.indexOf(p.profile);
      return index < 0 ? PROFILE_ORDER.length : index;
    };
    return rank(a) - rank(b) || a.entities - b.entities;
  });
}

/** The profiles `--profiles` names, each known to the generator. */
export function parseProfiles(value: string): ScaleProfileName[] {
  const names = value
    .split(',')
    .map(name => name.trim())
    .filter(Boolean);
  const unknown = names.filter(
    name => !Object.prototype.hasOwnProperty.call(SCALE_PROFILES, name),
  );
  if (names.length === 0 || unknown.length > 0) {
    throw new Error(
      `--profiles: must name profiles of ${Object.keys(SCALE_PROFILES).join(
        ', ',
      )}, separated by commas (got "${value}")`,
    );
  }
  return names as ScaleProfileName[];
}

/** Adds (or replaces) one profile's figures. */
export function mergeGrowth(
  results: GrowthResults,
  run: ProfileGrowth,
): GrowthResults {
  return { ...results, [run.profile]: run };
}

/** How each headline figure of a profile compares with the budgets' growth from L to XL. */
export interface GrowthVerdict {
  measure: string;
  value: string;
  budget: string;
  pass?: boolean;
}

/**
 * The growth budgets from L to XL: each API's p95 and each page's median load grow by less than
 * 1.5×, and the ingestion rate stays within 20%. Empty until both L and XL are measured. The
 * median rather than the slowest load: the slowest is usually the first, cold load, a single
 * sample that says more about that load than about the size.
 */
export function growthVerdicts(results: GrowthResults): GrowthVerdict[] {
  const l = results.L;
  const xl = results.XL;
  if (!l || !xl) return [];
  const ratio = (before: number, after: number) => after / before;
  const apiRatios = xl.apis.flatMap(api => {
    const before = l.apis.find(a => a.name === api.name);
    return before
      ? [{ name: api.name, ratio: ratio(before.p95Ms, api.p95Ms) }]
      : [];
  });
  const pageRatios = xl.pages.flatMap(page => {
    const before = l.pages.find(p => p.name === page.name);
    return before
      ? [{ name: page.name, ratio: ratio(before.medianMs, page.medianMs) }]
      : [];
  });
  const worstApi = slowest(apiRatios, r => r.ratio);
  const worstPage = slowest(pageRatios, r => r.ratio);
  const rateChange = ingestionRate(xl) / ingestionRate(l) - 1;
  const times = `< ${GROWTH_BUDGETS.timeRatio}×`;
  return [
    {
      measure: 'from L to XL: API p95, largest growth',
      value: worstApi
        ? `${worstApi.ratio.toFixed(2)}× (${worstApi.name})`
        : 'not measured',
      budget: times,
      pass: worstApi ? worstApi.ratio < GROWTH_BUDGETS.timeRatio : false,
    },
    {
      measure: 'from L to XL: page time (median of five loads), largest growth',
      value: worstPage
        ? `${worstPage.ratio.toFixed(2)}× (${worstPage.name})`
        : 'not measured',
      budget: times,
      pass: worstPage ? worstPage.ratio < GROWTH_BUDGETS.timeRatio : false,
    },
    {
      measure: 'from L to XL: ingestion rate',
      value: `${rateChange >= 0 ? '+' : ''}${(rateChange * 100).toFixed(
        0,
      )}% (${formatNumber(ingestionRate(l), 1)} → ${formatNumber(
        ingestionRate(xl),
        1,
      )} entities/s)`,
      budget: `within ${GROWTH_BUDGETS.rateDrift * 100}%`,
      pass: Math.abs(rateChange) <= GROWTH_BUDGETS.rateDrift,
    },
  ];
}

/** The growth section: a table of each profile's headline figures, each API's p95, the chart. */
export function renderGrowthSection(
  results: GrowthResults,
  files: { results: string; chart: string },
): string {
  const profiles = orderedProfiles(results);
  if (profiles.length === 0) return '';
  const headline = markdownTable(
    [
      'profile',
      'entities',
      'ingestion s',
      'entities/s',
      'API p50, median of APIs',
      'API p95, slowest',
      'page, slowest load',
      'peak RSS',
      'measured',
    ],
    profiles.map(run => {
      const worstApi = slowest(run.apis, api => api.p95Ms);
      const worstPage = slowest(run.pages, page => page.slowestMs);
      return [
        run.profile,
        formatNumber(run.entities),
        formatNumber(run.ingestionMs / 1000, 1),
        formatNumber(ingestionRate(run), 1),
        `${formatNumber(median(run.apis.map(api => api.p50Ms)))} ms`,
        worstApi
          ? `${formatNumber(worstApi.p95Ms)} ms (${worstApi.name})`
          : 'n/a',
        worstPage
          ? `${formatNumber(worstPage.slowestMs)} ms (${worstPage.name})`
          : 'n/a',
        `${formatNumber(run.peakRssBytes / 1024 / 1024)} MB`,
        run.measuredAt.slice(0, 16).replace('T', ' '),
      ];
    }),
  );
  const apiNames = [
    ...new Set(profiles.flatMap(run => run.apis.map(api => api.name))),
  ];
  const perApi = markdownTable(
    ['API p95 ms', ...profiles.map(run => run.profile)],
    apiNames.map(name => [
      name,
      ...profiles.map(run => {
        const api = run.apis.find(a => a.name === name);
        return api ? formatNumber(api.p95Ms) : '—';
      }),
    ]),
  );
  const verdicts = growthVerdicts(results);
  const parts = [
    `Each profile measured as profile L is above (ingestion from process start until stitched, then the APIs and pages), one profile per backend, each with the heap limit and the catalog processing interval docs/running.md gives a replica of its size (XL: 2 GB and twice production's interval, so that the catalog reprocesses as many entities a second as at L, and its first reprocessing does not fall in the measurements); profiles measured by separate commands are kept in \`${files.results}\` and shown together. XL runs on its own: \`flock /tmp/readiness-e2e.lock yarn benchmark --growth --profiles XL\`.`,
    headline,
    perApi,
    `![How ingestion rate, API p95, page time and peak memory grow with the profile](${files.chart})`,
  ];
  if (verdicts.length > 0) {
    parts.push(
      markdownTable(
        ['measure', 'measured', 'budget', 'result'],
        verdicts.map(v => [v.measure, v.value, v.budget, verdict(v.pass)]),
      ),
    );
  } else {
    parts.push(
      'The growth budgets (from L to XL) are judged once both L and XL are measured.',
    );
  }
  return parts.join('\n\n');
}

/**
 * Puts `body` under the `## title` heading of a markdown document: in place of that section when
 * there is one (up to the next `## `), at the end otherwise.
 */
export function replaceSection(
  markdown: string,
  title: string,
  body: string,
): string {
  const heading = `## ${title}`;
  const section = `${heading}\n\n${body.trim()}\n`;
  const start = markdown.indexOf(`${heading}\n`);
  if (start < 0) return `${markdown.trimEnd()}\n\n${section}`;
  const next = markdown.indexOf('\n## ', start + heading.length);
  return next < 0
    ? `${markdown.slice(0, start)}${section}`
    : `${markdown.slice(0, start)}${section}\n${markdown.slice(next + 1)}`;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The growth chart: one panel per figure (ingestion rate, slowest API p95, slowest page load,
 * peak RSS), each a line over the profiles by their entities, with each point's value.
 */
export function growthChartSvg(results: GrowthResults): string {
  const profiles = orderedProfiles(results);
  const panels: Array<{
    title: string;
    unit: string;
    value: (run: ProfileGrowth) => number;
  }> = [
    { title: 'Ingestion rate', unit: 'entities/s', value: ingestionRate },
    {
      title: 'Slowest API p95',
      unit: 'ms',
      value: run => Math.max(0, ...run.apis.map(a => a.p95Ms)),
    },
    {
      title: 'Slowest page load',
      unit: 'ms',
      value: run => Math.max(0, ...run.pages.map(p => p.slowestMs)),
    },
    {
      title: 'Peak backend RSS',
      unit: 'MB',
      value: run => run.peakRssBytes / 1024 / 1024,
    },
  ];
  const panelWidth = 300;
  const panelHeight = 200;
  const margin = { top: 40, right: 30, bottom: 40, left: 50 };
  const plotWidth = panelWidth - margin.left - margin.right;
  const plotHeight = panelHeight - margin.top - margin.bottom;
  const maxEntities = Math.max(1, ...profiles.map(run => run.entities));
  const x = (run: ProfileGrowth) =>
    margin.left + (run.entities / maxEntities) * plotWidth;
  const body = panels.map((panel, index) => {
    const values = profiles.map(panel.value);
    const top = Math.max(1, ...values) * 1.15;
    const y = (value: number) =>
      margin.top + plotHeight - (value / top) * plotHeight;
    const points = profiles.map(
      (run, i) => `${x(run).toFixed(1)},${y(values[i]).toFixed(1)}`,
    );
    const marks = profiles.map((run, i) => {
      const cx = x(run).toFixed(1);
      const cy = y(values[i]).toFixed(1);
      return [
        `<circle cx="${cx}" cy="${cy}" r="3.5" fill="#1f5493"/>`,
        `<text x="${cx}" y="${(Number(cy) - 8).toFixed(
          1,
        )}" text-anchor="middle" font-size="11">${escapeXml(
          formatNumber(values[i]),
        )}</text>`,
        `<text x="${cx}" y="${
          margin.top + plotHeight + 16
        }" text-anchor="middle" font-size="11">${escapeXml(
          run.profile,
        )}</text>`,
      ].join('');
    });
    return [
      `<g transform="translate(${index * panelWidth},0)">`,
      `<text x="${
        margin.left
      }" y="20" font-size="13" font-weight="bold">${escapeXml(
        panel.title,
      )} (${escapeXml(panel.unit)})</text>`,
      `<line x1="${margin.left}" y1="${margin.top + plotHeight}" x2="${
        margin.left + plotWidth
      }" y2="${margin.top + plotHeight}" stroke="#888"/>`,
      `<line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${
        margin.top + plotHeight
      }" stroke="#888"/>`,
      `<text x="${margin.left + plotWidth / 2}" y="${
        panelHeight - 4
      }" text-anchor="middle" font-size="10" fill="#555">entities →</text>`,
      profiles.length > 1
        ? `<polyline points="${points.join(
            ' ',
          )}" fill="none" stroke="#1f5493" stroke-width="2"/>`
        : '',
      ...marks,
      '</g>',
    ].join('');
  });
  const width = panelWidth * panels.length;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${panelHeight}" viewBox="0 0 ${width} ${panelHeight}" font-family="sans-serif">`,
    `<rect width="${width}" height="${panelHeight}" fill="#fff"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
