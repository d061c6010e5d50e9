import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { readinessClockServiceRef } from './readinessClock';

async function dayReadBy(config: object) {
  let day: string | undefined;
  await startTestBackend({
    features: [
      mockServices.rootConfig.factory({ data: config }),
      createBackendPlugin({
        pluginId: 'reader',
        register(env) {
          env.registerInit({
            deps: { clock: readinessClockServiceRef },
            async init({ clock }) {
              day = clock.now().toISOString().slice(0, 10);
            },
          });
        },
      }),
    ],
  });
  return day;
}

describe('readinessClockServiceRef', () => {
  it('gives plugins the day pinned by readiness.today', async () => {
    await expect(dayReadBy({ readiness: { today: '2026-11-22' } })).resolves.toBe(
      '2026-11-22',
    );
  });

  it('reads the wall clock when nothing is pinned', async () => {
    const before = new Date().toISOString().slice(0, 10);
    const day = await dayReadBy({});
    expect([before, new Date().toISOString().slice(0, 10)]).toContain(day);
  });

  it('stops the backend with the setting named when the day is not a date', async () => {
    await expect(dayReadBy({ readiness: { today: 'tomorrow' } })).rejects.toThrow(
      "readiness.today must be a calendar day written YYYY-MM-DD, got 'tomorrow'",
    );
  });
});
