import {
  isCustomerImpacting,
  minutesBetween,
  timeToDetectMinutes,
  timeToResolveMinutes,
} from './timings';

describe('post-mortem timings', () => {
  const times = {
    startedAt: '2026-03-14T09:41:00Z',
    detectedAt: '2026-03-14T09:46:00Z',
    resolvedAt: '2026-03-14T11:05:00Z',
  };

  it('measures detection and resolution from the start', () => {
    expect(timeToDetectMinutes(times)).toBe(5);
    expect(timeToResolveMinutes(times)).toBe(84);
  });

  it('compares timestamps written in different offsets as instants', () => {
    expect(
      minutesBetween('2026-03-14T05:41:00-04:00', '2026-03-14T09:46:00Z'),
    ).toBe(5);
  });

  it('has no figure when a timestamp is missing or unreadable', () => {
    expect(timeToDetectMinutes({ startedAt: times.startedAt })).toBeUndefined();
    expect(minutesBetween('yesterday', times.resolvedAt)).toBeUndefined();
  });

  it('counts incidents with customer impact, never success reviews', () => {
    expect(
      isCustomerImpacting({ reviewType: 'incident', customerImpact: '<10%' }),
    ).toBe(true);
    expect(
      isCustomerImpacting({ reviewType: 'incident', customerImpact: 'none' }),
    ).toBe(false);
    expect(
      isCustomerImpacting({ reviewType: 'success', customerImpact: '>50%' }),
    ).toBe(false);
  });
});
