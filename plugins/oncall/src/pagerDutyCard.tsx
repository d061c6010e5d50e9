import { compatWrapper, convertLegacyPlugin } from '@backstage/core-compat-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  isPagerDutyAvailable,
  pagerDutyPlugin as legacyPagerDutyPlugin,
} from '@backstage/plugin-pagerduty';

/**
 * `@backstage/plugin-pagerduty`'s card (on-call, open incidents, change events
 * and "Create Incident") on the pages of entities annotated with a PagerDuty
 * service id or integration key. It reads PagerDuty live through the proxy
 * endpoint `/pagerduty` and triggers through `pagerDuty.eventsBaseUrl`.
 */
export const pagerDutyEntityCard = EntityCardBlueprint.make({
  params: {
    filter: isPagerDutyAvailable,
    loader: () =>
      import('@backstage/plugin-pagerduty').then(m =>
        compatWrapper(<m.EntityPagerDutyCard />),
      ),
  },
});

/**
 * The legacy-system PagerDuty plugin converted for the new frontend system,
 * with its API and card. The app lists it in `createApp({ features })`:
 * package discovery only finds new-system plugins.
 */
export const pagerDutyCardPlugin = convertLegacyPlugin(legacyPagerDutyPlugin, {
  extensions: [pagerDutyEntityCard],
});
