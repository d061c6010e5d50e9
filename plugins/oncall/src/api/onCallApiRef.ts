import { createApiRef } from '@backstage/frontend-plugin-api';
import type { OnCallApi } from '@readiness/plugin-oncall-common';

/**
 * The on-call backend's client, as the on-call pages and cards use it.
 *
 * @public
 */
export const onCallApiRef = createApiRef<OnCallApi>({
  id: 'plugin.oncall.api',
});
