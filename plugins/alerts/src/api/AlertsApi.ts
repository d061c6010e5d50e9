import { createApiRef } from '@backstage/frontend-plugin-api';
import type { AlertsApi } from '@readiness/plugin-alerts-common';

/**
 * The alerts API, as the pages call it: an `AlertsClient` unless a test replaces it.
 *
 * @public
 */
export const alertsApiRef = createApiRef<AlertsApi>({
  id: 'plugin.alerts.client',
});
