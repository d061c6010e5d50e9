import { formatNumber, markdownTable, renderReport } from './report';

describe('markdownTable', () => {
  it('escapes pipes and line breaks inside cells', () => {
    expect(markdownTable(['a', 'b'], [['x|y', 'one\ntwo']])).toBe(
      '| a | b |\n| --- | --- |\n| x\\|y | one two |',
    );
  });
});

describe('renderReport', () => {
  it('puts the figures first, each with its budget and verdict, then the sections', () => {
    const markdown = renderReport({
      title: 'Benchmarks',
      intro: ['How to run.'],
      context: ['Machine: 2 cores'],
      figures: [
        { measure: 'ingestion', value: '1.2×', budget: '≤ 1.3×', pass: true },
        { measure: 'p95', value: '200 ms', budget: '< 150 ms', pass: false },
        { measure: 'memory', value: '800 MB', budget: 'none' },
      ],
      sections: [{ title: 'Latency', notes: ['Warm.'], header: ['route'], rows: [['/alerts']] }],
    });
    expect(markdown).toMatch(/^# Benchmarks\n\nHow to run\.\n\n- Machine: 2 cores\n/);
    expect(markdown).toContain('| ingestion | 1.2× | ≤ 1.3× | pass |');
    expect(markdown).toContain('| p95 | 200 ms | < 150 ms | **fail** |');
    expect(markdown).toContain('| memory | 800 MB | none | — |');
    expect(markdown.indexOf('## Latency')).toBeGreaterThan(markdown.indexOf('| p95 |'));
    expect(markdown).toMatch(/Warm\.\n\n\| route \|/);
  });
});

describe('formatNumber', () => {
  it('groups thousands and says n/a for what was not measured', () => {
    expect(formatNumber(63456.789, 1)).toBe('63,456.8');
    expect(formatNumber(NaN)).toBe('n/a');
  });
});
