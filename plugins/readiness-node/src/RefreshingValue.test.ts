import { mockServices } from '@backstage/backend-test-utils';
import { RefreshingValue } from './RefreshingValue';

function createValue(maxAgeMs: number) {
  const now = { ms: 0 };
  const logger = mockServices.logger.mock();
  const load = jest.fn(async (current: number | undefined) => (current ?? 0) + 1);
  const value = new RefreshingValue({
    load,
    maxAgeMs,
    logger,
    description: 'the counter',
    clock: () => now.ms,
  });
  return { value, load, logger, now };
}

const settle = () => new Promise(resolve => setTimeout(resolve, 0));

describe('RefreshingValue', () => {
  it('makes concurrent first callers share one read', async () => {
    const { value, load } = createValue(1_000);
    expect(await Promise.all([value.get(), value.get()])).toEqual([1, 1]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('serves the current value while an old one refreshes, then the new one', async () => {
    const { value, load, now } = createValue(1_000);
    await value.get();
    now.ms = 500;
    expect(await value.get()).toBe(1);
    expect(load).toHaveBeenCalledTimes(1);

    now.ms = 1_001;
    expect(await value.get()).toBe(1);
    expect(load).toHaveBeenLastCalledWith(1);
    await settle();
    expect(await value.get()).toBe(2);
    expect(value.readAt).toEqual(new Date(1_001));
  });

  it('checks less often when a check that finds nothing new is slow, but serves new values for maxAgeMs', async () => {
    const now = { ms: 0 };
    // Each load takes 3 s of the clock and finds something new until the third.
    const load = jest.fn(async (current: number | undefined) => {
      now.ms += 3_000;
      return Math.min((current ?? 0) + 1, 2);
    });
    const value = new RefreshingValue({
      load,
      maxAgeMs: 60_000,
      maxRefreshShare: 1 / 30,
      logger: mockServices.logger.mock(),
      description: 'the counter',
      clock: () => now.ms,
    });
    expect(await value.get()).toBe(1);
    expect(value.servedForMs).toBe(60_000);
    now.ms = 70_000;
    await value.get();
    await settle();
    expect(await value.get()).toBe(2);
    // A new value: served for maxAgeMs.
    expect(value.servedForMs).toBe(60_000);
    now.ms = 140_000;
    await value.get();
    await settle();
    // Nothing new, after 3 s: with a share of 1/30, served for 90 s, not 60 s.
    expect(value.servedForMs).toBe(90_000);
    expect(load).toHaveBeenCalledTimes(3);
    now.ms = 140_000 + 80_000;
    await value.get();
    expect(load).toHaveBeenCalledTimes(3);
    now.ms = 140_000 + 90_001;
    await value.get();
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('makes a caller that asks for a recent value wait for a refresh of an older one', async () => {
    const { value, load, now } = createValue(1_000);
    await value.get();
    now.ms = 1_001;
    // Due for its refresh: waited for.
    expect(await value.get({ maxAgeMs: 5_000 })).toBe(2);
    // Read 400 ms ago: served at once when that is recent enough, refreshed when it is not.
    now.ms = 1_401;
    expect(await value.get({ maxAgeMs: 500 })).toBe(2);
    expect(await value.get({ maxAgeMs: 100 })).toBe(3);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('serves the current value to a caller asking for a recent one when the refresh fails', async () => {
    const { value, load, now } = createValue(1_000);
    await value.get();
    load.mockRejectedValueOnce(new Error('catalog unavailable'));
    now.ms = 10;
    expect(await value.get({ maxAgeMs: 0 })).toBe(1);
  });

  it('keeps maxAgeMs for a quick read', async () => {
    const { value } = createValue(1_000);
    await value.get();
    expect(value.servedForMs).toBe(1_000);
  });

  it('logs a failed refresh, keeps serving, and lets the next caller retry', async () => {
    const { value, load, logger, now } = createValue(1_000);
    await value.get();
    load.mockRejectedValueOnce(new Error('catalog is down'));
    now.ms = 2_000;
    expect(await value.get()).toBe(1);
    await settle();
    expect(logger.error).toHaveBeenCalledWith(
      'Could not refresh the counter; serving those read at 1970-01-01T00:00:00.000Z',
      expect.objectContaining({ message: 'catalog is down' }),
    );
    expect(await value.get()).toBe(1);
    await settle();
    expect(await value.get()).toBe(2);
  });

  it('rejects a failed first read for its caller, and reads again on the next', async () => {
    const { value, load } = createValue(Infinity);
    load.mockRejectedValueOnce(new Error('catalog is down'));
    await expect(value.get()).rejects.toThrow('catalog is down');
    await expect(value.get()).resolves.toBe(1);
  });
});
