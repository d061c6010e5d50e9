import {
  incidentPeriodStart,
  summarizeIncidents,
  summarizeIncidentsByMonth,
} from './incidentMetrics';

describe('summarizeIncidents', () => {
  it('averages acknowledgement and resolution times over the incidents that have them', () => {
    expect(
      summarizeIncidents([
        {
          createdAt: '2026-03-01T10:00:00Z',
          acknowledgedAt: '2026-03-01T10:02:00Z',
          resolvedAt: '2026-03-01T11:00:00Z',
        },
        {
          createdAt: '2026-03-02T10:00:00Z',
          acknowledgedAt: '2026-03-02T10:06:00Z',
        },
        {
          createdAt: '2026-03-03T10:00:00Z',
          resolvedAt: '2026-03-03T12:00:00Z',
        },
      ]),
    ).toEqual({ count: 3, mttaSeconds: 240, mttrSeconds: 5400 });
  });

  it('leaves the means out when nothing was acknowledged or resolved', () => {
    expect(summarizeIncidents([{ createdAt: '2026-03-01T10:00:00Z' }])).toEqual(
      {
        count: 1,
        mttaSeconds: undefined,
        mttrSeconds: undefined,
      },
    );
  });

  it('ignores response times that end before the incident started', () => {
    expect(
      summarizeIncidents([
        {
          createdAt: '2026-03-01T10:00:00Z',
          acknowledgedAt: '2026-03-01T09:59:00Z',
          resolvedAt: '2026-03-01T10:10:00Z',
        },
      ]),
    ).toMatchObject({ mttaSeconds: undefined, mttrSeconds: 600 });
  });
});

describe('summarizeIncidentsByMonth', () => {
  const now = new Date('2026-03-15T12:00:00Z');

  it('lists every month of the period oldest first, including empty ones', () => {
    const result = summarizeIncidentsByMonth(
      [
        {
          createdAt: '2026-01-31T23:59:59Z',
          acknowledgedAt: '2026-02-01T00:00:59Z',
        },
        {
          createdAt: '2026-03-01T00:00:00Z',
          resolvedAt: '2026-03-01T01:00:00Z',
        },
        {
          createdAt: '2026-03-02T00:00:00Z',
          resolvedAt: '2026-03-02T03:00:00Z',
        },
      ],
      { months: 3, now },
    );
    expect(result.months).toEqual([
      { month: '2026-01', count: 1, mttaSeconds: 60, mttrSeconds: undefined },
      {
        month: '2026-02',
        count: 0,
        mttaSeconds: undefined,
        mttrSeconds: undefined,
      },
      { month: '2026-03', count: 2, mttaSeconds: undefined, mttrSeconds: 7200 },
    ]);
    expect(result.totals).toEqual({
      count: 3,
      mttaSeconds: 60,
      mttrSeconds: 7200,
    });
  });

  it('leaves incidents outside the period out of the totals', () => {
    const result = summarizeIncidentsByMonth(
      [
        { createdAt: '2025-12-31T23:00:00Z' },
        { createdAt: '2026-03-10T00:00:00Z' },
      ],
      { months: 3, now },
    );
    expect(result.totals.count).toBe(1);
  });

  it('starts the period at the first day of the earliest month, in UTC', () => {
    expect(incidentPeriodStart(now, 12).toISOString()).toBe(
      '2025-04-01T00:00:00.000Z',
    );
  });
});
