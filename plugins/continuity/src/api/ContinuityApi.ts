import { createApiRef } from '@backstage/frontend-plugin-api';
import type { ContinuityApi } from '@readiness/plugin-continuity-common';

/** The continuity API, as the pages call it: a `ContinuityClient` unless a test replaces it. */
export const continuityApiRef = createApiRef<ContinuityApi>({
  id: 'plugin.continuity.api',
});
