// Every figure of the library, the analytics and the action items, checked
// against the demo organisation's records with the demo's fixed clock. The
// expected values are computed here a different way (plain Date arithmetic on
// the YAML as read), and a few are checked against hand-counted values.
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, resolve } from 'path';
import { Entity } from '@backstage/catalog-model';
import { parseAllDocuments } from 'yaml';
import type { ReliabilityFigures } from '@readiness/plugin-postmortems-common';
import {
  ExerciseEntity,
  PostmortemEntity,
} from '@readiness/plugin-readiness-common';
import { analyzePostmortems, reliabilityBy } from './analytics';
import { summarizePostmortem } from './library';
import { listOpenActions } from '@readiness/plugin-postmortems-common';

const TODAY = '2026-11-21';
const DAY = 86_400_000;

function readDemo(): Entity[] {
  const root = resolve(__dirname, '../../../../catalog-info');
  const files = (folder: string): string[] =>
    readdirSync(folder).flatMap(name => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return files(path);
      return /\.ya?ml$/.test(name) && name !== 'mkdocs.yml' ? [path] : [];
    });
  return files(root).flatMap(path =>
    parseAllDocuments(readFileSync(path, 'utf8'))
      .map(doc => doc.toJS())
      .filter(entity => entity?.kind && entity.metadata?.name),
  );
}

const demo = readDemo();
const postmortems = demo.filter(
  e => e.kind === 'Postmortem',
) as PostmortemEntity[];
const exercises = demo.filter(e => e.kind === 'Exercise') as ExerciseEntity[];
const byRef = new Map(
  demo.map(e => [`${e.kind}:default/${e.metadata.name}`.toLowerCase(), e]),
);
const lookup = (ref: string) => byRef.get(ref);
const rows = postmortems.map(pm =>
  summarizePostmortem(pm, { today: TODAY, lookup }),
);
const analytics = analyzePostmortems(rows, { today: TODAY });
const reliability = {
  squad: reliabilityBy(rows, 'squad'),
  service: reliabilityBy(rows, 'service'),
  domain: reliabilityBy(rows, 'domain'),
  journey: reliabilityBy(rows, 'journey'),
};

// --- the independent computations -------------------------------------------

const incidentsOnly = postmortems.filter(
  pm => pm.spec.reviewType === 'incident',
);
const hurtCustomers = (pm: PostmortemEntity) =>
  pm.spec.reviewType === 'incident' &&
  ['<10%', '10-25%', '25-50%', '>50%'].includes(pm.spec.customerImpact ?? '');
const minutes = (from: string, to?: string) =>
  to === undefined ? undefined : (Date.parse(to) - Date.parse(from)) / 60_000;
const average = (values: Array<number | undefined>) => {
  const present = values.filter((v): v is number => v !== undefined);
  return present.length
    ? present.reduce((a, b) => a + b) / present.length
    : undefined;
};
/** MTBF as the span from the first to the last start over the gaps between them. */
const spanOverGaps = (pms: PostmortemEntity[]) => {
  const starts = pms
    .filter(hurtCustomers)
    .map(pm => Date.parse(pm.spec.startedAt));
  if (starts.length < 2) return undefined;
  return (
    (Math.max(...starts) - Math.min(...starts)) / (starts.length - 1) / DAY
  );
};
const expectedFigures = (
  key: string,
  pms: PostmortemEntity[],
): ReliabilityFigures => {
  const incidents = pms.filter(pm => pm.spec.reviewType === 'incident');
  const expected: ReliabilityFigures = {
    key,
    incidents: incidents.length,
    customerImpacting: incidents.filter(hurtCustomers).length,
  };
  const mttd = average(
    incidents.map(pm => minutes(pm.spec.startedAt, pm.spec.detectedAt)),
  );
  const mttr = average(
    incidents.map(pm => minutes(pm.spec.startedAt, pm.spec.resolvedAt)),
  );
  const mtbf = spanOverGaps(pms);
  if (mttd !== undefined) expected.mttdMinutes = mttd;
  if (mttr !== undefined) expected.mttrMinutes = mttr;
  if (mtbf !== undefined) expected.mtbfDays = mtbf;
  return expected;
};
const withoutUndefined = (figures: ReliabilityFigures) =>
  JSON.parse(JSON.stringify(figures));
const full = (ref: string, kind: string) =>
  (ref.includes(':') ? ref : `${kind}:${ref}`)
    .replace(/^(\w+):(?!default\/)/, '$1:default/')
    .toLowerCase();

describe('post-mortem figures over the demo records (today 2026-11-21)', () => {
  it('reads the whole demo library', () => {
    expect(postmortems).toHaveLength(31);
    expect(exercises).toHaveLength(12);
  });

  it('counts customer-impacting incidents per month by severity', () => {
    const counted: Record<string, Record<string, number>> = {};
    for (const pm of postmortems.filter(hurtCustomers)) {
      const month = new Date(pm.spec.startedAt).toISOString().slice(0, 7);
      counted[month] ??= {};
      counted[month][pm.spec.severity!] =
        (counted[month][pm.spec.severity!] ?? 0) + 1;
    }
    const computed: Record<string, Record<string, number>> = {};
    for (const { month, total, ...severities } of analytics.incidentsPerMonth) {
      const nonZero = Object.entries(severities).filter(([, n]) => n > 0);
      expect(total).toBe(nonZero.reduce((sum, [, n]) => sum + n, 0));
      if (nonZero.length) computed[month] = Object.fromEntries(nonZero);
    }
    expect(computed).toEqual(counted);
    // May 2025 to November 2026, every month present even when empty.
    expect(analytics.incidentsPerMonth.map(m => m.month)).toHaveLength(19);
    expect(analytics.incidentsPerMonth[0].month).toBe('2025-05');
    expect(analytics.incidentsPerMonth.at(-1)!.month).toBe('2026-11');
    // By hand: 31 reviews, 2 success reviews, 29 incidents, all with customer impact.
    expect(analytics.incidentsPerMonth.reduce((n, m) => n + m.total, 0)).toBe(
      29,
    );
  });

  it('computes MTTD, MTTR and MTBF overall and by squad, service, domain and journey', () => {
    expect(withoutUndefined(analytics.overall)).toEqual(
      expectedFigures('all', postmortems),
    );

    const squads = [
      ...new Set(postmortems.map(pm => full(pm.spec.owner, 'group'))),
    ];
    expect(reliability.squad.map(withoutUndefined)).toEqual(
      expect.arrayContaining(
        squads.map(squad =>
          expectedFigures(
            squad,
            postmortems.filter(pm => full(pm.spec.owner, 'group') === squad),
          ),
        ),
      ),
    );
    expect(reliability.squad).toHaveLength(squads.length);

    const services = [...new Set(postmortems.flatMap(pm => pm.spec.services))];
    expect(reliability.service).toHaveLength(services.length);
    for (const service of services) {
      expect(
        withoutUndefined(
          reliability.service.find(f => f.key === full(service, 'component'))!,
        ),
      ).toEqual(
        expectedFigures(
          full(service, 'component'),
          postmortems.filter(pm => pm.spec.services.includes(service)),
        ),
      );
    }

    const journeys = [
      ...new Set(postmortems.flatMap(pm => pm.spec.journeys ?? [])),
    ];
    expect(reliability.journey).toHaveLength(journeys.length);
    for (const journey of journeys) {
      expect(
        withoutUndefined(reliability.journey.find(f => f.key === journey)!),
      ).toEqual(
        expectedFigures(
          journey,
          postmortems.filter(pm => (pm.spec.journeys ?? []).includes(journey)),
        ),
      );
    }
  });

  it('gives each domain the figures of the incidents that touched it', () => {
    const domains = [...new Set(rows.flatMap(row => row.domains))];
    expect(domains.length).toBeGreaterThan(1);
    expect(reliability.domain).toHaveLength(domains.length);
    for (const domain of domains) {
      const refs = new Set(
        rows.filter(row => row.domains.includes(domain)).map(row => row.ref),
      );
      expect(
        withoutUndefined(reliability.domain.find(f => f.key === domain)!),
      ).toEqual(
        expectedFigures(
          domain,
          postmortems.filter(pm =>
            refs.has(`postmortem:default/${pm.metadata.name}`),
          ),
        ),
      );
    }
  });

  it('lists the busiest first: most incidents, then by key', () => {
    const squads = reliability.squad;
    for (let i = 1; i < squads.length; i++) {
      const [before, after] = [squads[i - 1], squads[i]];
      expect(
        before.incidents > after.incidents ||
          (before.incidents === after.incidents && before.key < after.key),
      ).toBe(true);
    }
    expect(squads[0].incidents).toBeGreaterThan(squads.at(-1)!.incidents);
  });

  it('matches hand-computed figures for the ACH operations squad', () => {
    const ach = reliability.squad.find(
      f => f.key === 'group:default/ach-operations-squad',
    )!;
    // 2025-05-22 (4 min to detect, 88 to resolve), 2025-09-02, 2026-01-08, 2026-07-07, 2026-11-12.
    expect(ach.incidents).toBe(5);
    expect(ach.customerImpacting).toBe(5);
    // From 2025-05-22T09:12Z to 2026-11-12T19:05Z over 4 gaps.
    expect(ach.mtbfDays).toBeCloseTo(
      (Date.UTC(2026, 10, 12, 19, 5) - Date.UTC(2025, 4, 22, 9, 12)) / 4 / DAY,
      9,
    );
  });

  it('breaks root causes down by category per month, incident reviews only', () => {
    const expected: Record<string, Record<string, number>> = {};
    for (const pm of incidentsOnly) {
      const month = pm.spec.startedAt.slice(0, 7); // the demo writes UTC timestamps
      const categories = new Set(
        (pm.spec.taxonomy ?? []).map(tag => tag.replace(/\/.*/, '')),
      );
      for (const category of categories) {
        expected[month] ??= {};
        expected[month][category] = (expected[month][category] ?? 0) + 1;
      }
    }
    const computed: Record<string, Record<string, number>> = {};
    for (const { month, categories } of analytics.taxonomyByMonth) {
      for (const [category, count] of Object.entries(categories)) {
        if (count) {
          computed[month] ??= {};
          computed[month][category] = count;
        }
      }
    }
    expect(computed).toEqual(expected);

    const tagCounts: Record<string, number> = {};
    for (const pm of incidentsOnly) {
      for (const tag of pm.spec.taxonomy ?? [])
        tagCounts[tag] = (tagCounts[tag] ?? 0) + 1;
    }
    expect(
      Object.fromEntries(analytics.taxonomyTags.map(t => [t.tag, t.count])),
    ).toEqual(tagCounts);
  });

  it('gives the share of post-mortems published within three days of resolution', () => {
    let onTime = 0;
    let judged = 0;
    for (const pm of postmortems) {
      const resolvedDay = Date.parse(
        `${(pm.spec.resolvedAt ?? pm.spec.startedAt).slice(0, 10)}T00:00:00Z`,
      );
      const deadline = resolvedDay + 3 * DAY;
      if (pm.spec.publishedAt) {
        judged += 1;
        if (Date.parse(`${pm.spec.publishedAt}T00:00:00Z`) <= deadline)
          onTime += 1;
      } else if (Date.parse(`${TODAY}T00:00:00Z`) > deadline) {
        judged += 1;
      }
    }
    expect(analytics.publication.share).toBeCloseTo(onTime / judged, 12);
    // By hand: 29 published, 6 of them after the deadline (the reviews of the incidents of
    // 2025-07-01, 2025-10-01, 2025-12-29, 2026-02-12, 2026-05-19 and 2026-10-14); the in-review
    // one of 2026-11-06 and the draft of 2026-11-12 are unpublished past their deadlines.
    expect(analytics.publication).toEqual({
      onTime: 23,
      late: 6,
      overdue: 2,
      due: 0,
      share: 23 / 31,
    });
  });

  it('counts the days since the last customer-impacting incident', () => {
    const lastEnd = Math.max(
      ...postmortems
        .filter(hurtCustomers)
        .map(pm => Date.parse(pm.spec.resolvedAt!.slice(0, 10))),
    );
    expect(analytics.sinceLastCustomerImpact!.days).toBe(
      (Date.parse(TODAY) - lastEnd) / DAY,
    );
    expect(analytics.sinceLastCustomerImpact).toMatchObject({
      days: 9,
      ref: 'postmortem:default/2026-11-12-ach-1400-window-missed-queue-lag',
    });
  });

  it('gives each library row its duration, impact and timeliness', () => {
    for (const [i, pm] of postmortems.entries()) {
      expect(rows[i].durationMinutes).toBe(
        minutes(pm.spec.startedAt, pm.spec.resolvedAt),
      );
      expect(rows[i].customerImpact).toBe(pm.spec.customerImpact);
      expect(rows[i].customerImpacting).toBe(hurtCustomers(pm));
      const open = (pm.spec.actions ?? []).filter(
        a => a.status === 'open' || a.status === 'in-progress',
      );
      expect(rows[i].openActions).toBe(open.length);
      expect(rows[i].overdueActions).toBe(
        open.filter(a => Date.parse(a.due) < Date.parse(TODAY)).length,
      );
    }
    const ach = rows.find(
      row => row.name === '2025-05-22-ach-0600-file-sftp-certificate-expired',
    )!;
    expect(ach).toMatchObject({
      durationMinutes: 88,
      timeToDetectMinutes: 4,
      domains: ['domain:default/transfers'],
      owner: 'group:default/ach-operations-squad',
      services: [
        'component:default/ach-origination-service',
        'component:default/ach-origination-file-0600',
      ],
      publication: {
        state: 'on-time',
        daysToPublish: 1,
        deadline: '2025-05-25',
      },
    });
  });

  it('lists every open action of post-mortems and exercises, overdue first', () => {
    const items = listOpenActions([...postmortems, ...exercises], {
      today: TODAY,
      lookup,
    });
    const open = [...postmortems, ...exercises].flatMap(record =>
      (record.spec.actions ?? [])
        .filter(a => !['done', 'wont-do'].includes(a.status))
        .map(a => ({ title: a.title, overdue: a.due < TODAY })),
    );
    expect(items).toHaveLength(open.length);
    expect(items).toHaveLength(19);
    expect(new Set(items.map(i => i.title))).toEqual(
      new Set(open.map(o => o.title)),
    );
    const overdueCount = open.filter(o => o.overdue).length;
    expect(items.filter(i => i.overdue)).toHaveLength(overdueCount);
    // Overdue ones come first, the longest overdue at the top; then by due date.
    expect(items.slice(0, overdueCount).every(i => i.overdue)).toBe(true);
    const outOfOrder = items.filter(
      (item, i) =>
        i > 0 &&
        item.overdue === items[i - 1].overdue &&
        item.due < items[i - 1].due,
    );
    expect(outOfOrder).toEqual([]);
    for (const item of items) {
      expect(item.daysOverdue).toBe(
        Math.max(0, (Date.parse(TODAY) - Date.parse(item.due)) / DAY),
      );
      expect(item.ownerSquad).toBe(item.owner);
    }
    expect(items.map(i => i.source.kind)).toEqual(
      expect.arrayContaining(['Postmortem', 'Exercise']),
    );
  });
});
