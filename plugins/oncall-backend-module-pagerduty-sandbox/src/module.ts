import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { startPagerDutySandbox } from '@readiness/pagerduty-sandbox';
import { pagerDutyConnectionExtensionPoint } from '@readiness/plugin-oncall-node';
import { randomBytes } from 'node:crypto';
import { resolve as resolvePath } from 'node:path';

/** Only the backend itself talks to the sandbox. */
const LOOPBACK = '127.0.0.1';

/**
 * The embedded default's PagerDuty: when `pagerDuty.token` is not set, starts
 * the PagerDuty sandbox on its own HTTP server on 127.0.0.1, for the on-call
 * plugin's own use, and connects the plugin to it. Nothing of the sandbox is
 * served on the backend's public port, and it stops with the backend.
 *
 * @public
 */
export const oncallModulePagerDutySandbox = createBackendModule({
  pluginId: 'oncall',
  moduleId: 'pagerduty-sandbox',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
        pagerDuty: pagerDutyConnectionExtensionPoint,
      },
      async init({ config, logger, lifecycle, pagerDuty }) {
        if (config.getOptionalString('pagerDuty.token')) {
          logger.info(
            'pagerDuty.token is set: the PagerDuty sandbox does not run',
          );
          return;
        }
        // Production turns it off, so a missing token stops the on-call plugin with its
        // reason instead of quietly serving made-up data.
        if (config.getOptionalBoolean('oncall.sandbox.enabled') === false) {
          logger.info('oncall.sandbox.enabled is false: the PagerDuty sandbox does not run');
          return;
        }
        const catalogDir = resolvePath(
          config.getOptionalString('oncall.sandbox.catalogDir') ??
            '../../catalog-info',
        );
        const token =
          config.getOptionalString('oncall.sandbox.token') ??
          randomBytes(24).toString('hex');
        const sandbox = await startPagerDutySandbox({
          catalogDir,
          token,
          host: LOOPBACK,
          port: config.getOptionalNumber('oncall.sandbox.port') ?? 0,
        });
        lifecycle.addShutdownHook(() => sandbox.stop());
        logger.info(
          `No pagerDuty.token configured: the PagerDuty sandbox, seeded from ${catalogDir}, listens on ${sandbox.url} for this backend only`,
        );
        pagerDuty.setConnection({
          apiBaseUrl: sandbox.url,
          eventsBaseUrl: sandbox.eventsUrl,
          token,
          source: 'sandbox',
        });
      },
    });
  },
});
