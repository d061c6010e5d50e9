import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  READINESS_TODAY_CONFIG_KEY,
  ReadinessClock,
  createReadinessClock,
} from '@readiness/plugin-readiness-common';

/**
 * The one clock every readiness backend reads "today" from. Root-scoped, so
 * all plugins of a backend agree; pinned by `readiness.today` in tests and the
 * benchmark, the wall clock otherwise.
 *
 * @public
 */
export interface ReadinessClockService {
  now: ReadinessClock;
}

/**
 * The {@link ReadinessClockService}; its default factory reads
 * `readiness.today` from the root config.
 *
 * @public
 */
export const readinessClockServiceRef = createServiceRef<ReadinessClockService>(
  {
    id: 'readiness.clock',
    scope: 'root',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: { config: coreServices.rootConfig },
        factory: ({ config }) => ({
          now: createReadinessClock({
            today: config.getOptionalString(READINESS_TODAY_CONFIG_KEY),
          }),
        }),
      }),
  },
);
