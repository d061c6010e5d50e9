import {
  growthChartSvg,
  growthVerdicts,
  mergeGrowth,
  orderedProfiles,
  parseProfiles,
  productionHeapLimitMb,
  productionProcessingInterval,
  ProfileGrowth,
  renderGrowthSection,
  replaceSection,
} from './growth';

function run(
  profile: string,
  entities: number,
  scale: number,
  ingestionMs = entities * 10,
): ProfileGrowth {
  return {
    profile,
    measuredAt: '2026-12-06T16:00:00.000Z',
    entities,
    ingestionMs,
    peakRssBytes: 600 * 1024 * 1024 * scale,
    apis: [
      { name: 'alerts: list', p50Ms: 10 * scale, p95Ms: 40 * scale },
      { name: 'on-call: now', p50Ms: 20 * scale, p95Ms: 100 * scale },
    ],
    pages: [
      {
        name: 'vendor-register',
        medianMs: 900 * scale,
        slowestMs: 1000 * scale,
      },
    ],
  };
}

describe('the growth results', () => {
  const m = run('M', 32_000, 1);
  const l = run('L', 64_000, 1.25);
  const xl = run('XL', 128_000, 1.5, 128_000 * 11);

  it('adds profiles measured by separate commands, replacing a profile measured again', () => {
    const first = mergeGrowth(mergeGrowth({}, l), m);
    const again = mergeGrowth(mergeGrowth(first, xl), {
      ...l,
      entities: 64_001,
    });
    expect(orderedProfiles(again).map(p => [p.profile, p.entities])).toEqual([
      ['M', 32_000],
      ['L', 64_001],
      ['XL', 128_000],
    ]);
  });

  it('judges the growth from L to XL only once both are measured', () => {
    expect(growthVerdicts({ M: m, L: l })).toEqual([]);
    expect(growthVerdicts({ L: l, XL: xl })).toEqual([
      {
        measure: 'from L to XL: API p95, largest growth',
        value: '1.20× (alerts: list)',
        budget: '< 1.5×',
        pass: true,
      },
      {
        measure:
          'from L to XL: page time (median of five loads), largest growth',
        value: '1.20× (vendor-register)',
        budget: '< 1.5×',
        pass: true,
      },
      {
        measure: 'from L to XL: ingestion rate',
        value: '-9% (100.0 → 90.9 entities/s)',
        budget: 'within 20%',
        pass: true,
      },
    ]);
    const slowXl = { ...xl, ingestionMs: 128_000 * 20 };
    expect(growthVerdicts({ L: l, XL: slowXl })[2]).toMatchObject({
      value: '-50% (100.0 → 50.0 entities/s)',
      pass: false,
    });
  });

  it('judges page time on the median load: a slow first load at XL alone passes', () => {
    const [page] = l.pages;
    const coldXl = {
      ...xl,
      pages: [
        {
          name: page.name,
          medianMs: page.medianMs * 1.1,
          slowestMs: page.slowestMs * 2,
        },
      ],
    };
    const results = { L: l, XL: coldXl };
    expect(growthVerdicts(results)[1]).toEqual({
      measure: 'from L to XL: page time (median of five loads), largest growth',
      value: '1.10× (vendor-register)',
      budget: '< 1.5×',
      pass: true,
    });
    // The table still shows the slowest load.
    expect(
      renderGrowthSection(results, { results: 'g.json', chart: 'g.svg' }),
    ).toContain('| 2,500 ms (vendor-register) |');
  });

  it('renders a table per profile, each API per profile, the chart and the verdicts', () => {
    const section = renderGrowthSection(
      { XL: xl, M: m, L: l },
      { results: 'benchmarks-growth.json', chart: 'benchmarks-growth.svg' },
    );
    expect(section).toContain(
      '| M | 32,000 | 320.0 | 100.0 | 15 ms | 100 ms (on-call: now) | 1,000 ms (vendor-register) | 600 MB | 2026-12-06 16:00 |',
    );
    expect(section).toContain('| API p95 ms | M | L | XL |');
    expect(section).toContain('| on-call: now | 100 | 125 | 150 |');
    expect(section).toContain('](benchmarks-growth.svg)');
    expect(section).toContain('kept in `benchmarks-growth.json`');
    expect(section).toContain('| from L to XL: ingestion rate |');
    expect(
      renderGrowthSection({ M: m }, { results: 'g.json', chart: 'g.svg' }),
    ).toContain('judged once both L and XL are measured');
  });

  it('draws one panel per figure with a point and its value per profile', () => {
    const svg = growthChartSvg({ M: m, L: l, XL: xl });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<polyline /g)).toHaveLength(4);
    expect(svg.match(/<circle /g)).toHaveLength(12);
    expect(svg).toContain('Peak backend RSS (MB)');
    expect(svg).toContain('>900<'); // XL's peak RSS
    expect(svg).toContain('>XL<');
    // A profile whose APIs all failed has no point to draw there, not a broken line.
    expect(growthChartSvg({ M: { ...m, apis: [] }, L: l })).not.toContain(
      'NaN',
    );
  });
});

describe('replaceSection', () => {
  const doc =
    '# Benchmarks\n\nIntro.\n\n## APIs\n\nTable.\n\n## Pages\n\nMore.\n';

  it('replaces a section up to the next one', () => {
    expect(replaceSection(doc, 'APIs', 'New table.')).toBe(
      '# Benchmarks\n\nIntro.\n\n## APIs\n\nNew table.\n\n## Pages\n\nMore.\n',
    );
  });

  it('replaces the last section, or appends one that is not there', () => {
    expect(replaceSection(doc, 'Pages', 'Less.')).toBe(
      '# Benchmarks\n\nIntro.\n\n## APIs\n\nTable.\n\n## Pages\n\nLess.\n',
    );
    expect(replaceSection(doc, 'Growth', 'Chart.')).toBe(
      `${doc}\n## Growth\n\nChart.\n`,
    );
  });
});

describe('parseProfiles', () => {
  it('reads the profiles to measure, and names the known ones when one is not', () => {
    expect(parseProfiles('M, L,XL')).toEqual(['M', 'L', 'XL']);
    expect(() => parseProfiles('L,XXL')).toThrow(
      '--profiles: must name profiles of M, L, XL, separated by commas (got "L,XXL")',
    );
    expect(() => parseProfiles(',')).toThrow('--profiles: must name profiles');
  });
});

describe('productionHeapLimitMb', () => {
  it('gives a replica 1 GB up to profile L, and 1 GB more per as many squads again', () => {
    expect(productionHeapLimitMb('M')).toBe(1024);
    expect(productionHeapLimitMb('L')).toBe(1024);
    expect(productionHeapLimitMb('XL')).toBe(2048);
  });
});

describe('productionProcessingInterval', () => {
  it("keeps production's interval up to profile L, and lengthens it by as much per as many squads again", () => {
    expect(productionProcessingInterval('M', { minutes: 30 })).toEqual({
      minutes: 30,
    });
    expect(productionProcessingInterval('L', { minutes: 30 })).toEqual({
      minutes: 30,
    });
    expect(productionProcessingInterval('XL', { minutes: 30 })).toEqual({
      minutes: 60,
    });
    expect(
      productionProcessingInterval('XL', { hours: 1, minutes: 15 }),
    ).toEqual({
      hours: 2,
      minutes: 30,
    });
  });
});
