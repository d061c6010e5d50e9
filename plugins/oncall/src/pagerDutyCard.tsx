import { compatWrapper } from '@backstage/core-compat-api';
import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  isPagerDutyAvailable,
  PagerDutyClient,
  pagerDutyApiRef,
} from '@backstage/plugin-pagerduty';
import { ONCALL_PLUGIN_ID } from '@readiness/plugin-oncall-common';

/**
 * The card's client, reading PagerDuty through the on-call backend: it asks
 * `<proxy base>/pagerduty/...`, and is given the on-call backend's URL as that
 * base. The backend relays only the card's reads, with its token, and answers
 * no routing key, which a proxy to PagerDuty would hand every reader.
 */
export const pagerDutyCardApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: pagerDutyApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new PagerDutyClient({
          discoveryApi: {
            getBaseUrl: () => discoveryApi.getBaseUrl(ONCALL_PLUGIN_ID),
          },
          fetchApi,
        }),
    }),
});

/**
 * `@backstage/plugin-pagerduty`'s card (on-call, open incidents, change
 * events), read-only, with "Report a problem" for the people allowed to raise
 * incidents, on the pages of entities naming a PagerDuty service.
 */
export const pagerDutyEntityCard = EntityCardBlueprint.make({
  params: {
    filter: isPagerDutyAvailable,
    loader: () =>
      import('./components/PagerDutyServiceCard').then(m =>
        compatWrapper(<m.PagerDutyServiceCard />),
      ),
  },
});

/**
 * The legacy-system PagerDuty plugin for the new frontend system: its card and
 * a client of the portal's own. The app lists it in `createApp({ features })`:
 * package discovery only finds new-system plugins.
 *
 * @public
 */
export const pagerDutyCardPlugin = createFrontendPlugin({
  pluginId: 'pagerduty',
  extensions: [pagerDutyCardApi, pagerDutyEntityCard],
});
