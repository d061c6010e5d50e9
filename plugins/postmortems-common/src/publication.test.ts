import { publicationTimeliness } from './publication';

describe('publication within three days', () => {
  const resolved = {
    startedAt: '2026-03-14T09:41:00Z',
    resolvedAt: '2026-03-14T23:05:00-04:00',
  };

  it('counts from the day of resolution as the author wrote it', () => {
    // 23:05 at -04:00 is already the 15th in UTC; the author's day is the 14th.
    expect(
      publicationTimeliness(
        { ...resolved, publishedAt: '2026-03-17' },
        '2026-11-21',
      ),
    ).toEqual({
      state: 'on-time',
      deadline: '2026-03-17',
      daysToPublish: 3,
    });
    expect(
      publicationTimeliness(
        { ...resolved, publishedAt: '2026-03-18' },
        '2026-11-21',
      ),
    ).toEqual({
      state: 'late',
      deadline: '2026-03-17',
      daysToPublish: 4,
    });
  });

  it('is due while unpublished within the deadline, overdue after it', () => {
    expect(publicationTimeliness(resolved, '2026-03-17').state).toBe('due');
    expect(publicationTimeliness(resolved, '2026-03-18').state).toBe('overdue');
  });

  it('counts a success review without a resolution from its start', () => {
    expect(
      publicationTimeliness(
        { startedAt: '2026-03-12T02:30:00Z' },
        '2026-03-20',
      ),
    ).toEqual({ state: 'overdue', deadline: '2026-03-15' });
  });
});
