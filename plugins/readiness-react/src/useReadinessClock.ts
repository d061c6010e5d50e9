import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  READINESS_TODAY_CONFIG_KEY,
  ReadinessClock,
  createReadinessClock,
} from '@readiness/plugin-readiness-common';
import { useMemo } from 'react';

/**
 * "Now" for a page's date rules and defaults, from the same `readiness.today`
 * setting the backends read, so the browser and the server agree on the day.
 *
 * @public
 */
export function useReadinessClock(): ReadinessClock {
  const today = useApi(configApiRef).getOptionalString(
    READINESS_TODAY_CONFIG_KEY,
  );
  return useMemo(() => createReadinessClock({ today }), [today]);
}
