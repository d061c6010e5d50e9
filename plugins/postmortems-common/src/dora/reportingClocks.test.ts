import { reportingClocks } from './reportingClocks';

const spec = (reports: Record<string, string>, classifiedAt?: string) => ({
  detectedAt: '2026-03-14T09:00:00Z',
  dora: { classifiedAt, reports },
});
const NOW = Date.parse('2026-05-01T00:00:00Z');

describe('reportingClocks', () => {
  it('dues the initial notification 4 h after classification', () => {
    const [initial] = reportingClocks(spec({}, '2026-03-14T10:00:00Z'), NOW);
    expect(initial.dueAt).toBe('2026-03-14T14:00:00Z');
    expect(initial.state).toBe('overdue');
  });

  it('dues it no later than 24 h after detection', () => {
    const [initial] = reportingClocks(spec({}, '2026-03-15T08:00:00Z'), NOW);
    expect(initial.dueAt).toBe('2026-03-15T09:00:00Z');
    const [withoutClassification] = reportingClocks(spec({}), NOW);
    expect(withoutClassification.dueAt).toBe('2026-03-15T09:00:00Z');
  });

  it('judges each report sent on time, at the due time or just after', () => {
    const classified = '2026-03-14T10:00:00Z';
    const states = (initial: string) =>
      reportingClocks(spec({ initial }, classified), NOW)[0].state;
    expect(states('2026-03-14T14:00:00Z')).toBe('on-time');
    expect(states('2026-03-14T13:59:00Z')).toBe('on-time');
    expect(states('2026-03-14T14:01:00Z')).toBe('late');
  });

  it('starts the intermediate at the initial and the final at the intermediate', () => {
    const clocks = reportingClocks(
      spec(
        {
          initial: '2026-03-14T12:00:00Z',
          intermediate: '2026-03-17T13:00:00Z',
        },
        '2026-03-14T10:00:00Z',
      ),
      NOW,
    );
    expect(clocks.map(c => [c.report, c.dueAt, c.state])).toEqual([
      ['initial', '2026-03-14T14:00:00Z', 'on-time'],
      ['intermediate', '2026-03-17T12:00:00Z', 'late'],
      ['final', '2026-04-17T13:00:00Z', 'overdue'],
    ]);
  });

  it('waits for the report a clock starts from, and is due until its time', () => {
    const clocks = reportingClocks(
      spec({ initial: '2026-03-14T12:00:00Z' }, '2026-03-14T10:00:00Z'),
      Date.parse('2026-03-16T00:00:00Z'),
    );
    expect(clocks.map(c => c.state)).toEqual(['on-time', 'due', 'waiting']);
    expect(clocks[2].dueAt).toBeUndefined();
    expect(clocks[1].rule).toBe(
      '72 h after the initial notification (2025/301 art. 5)',
    );
  });
});
