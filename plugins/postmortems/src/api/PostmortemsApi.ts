import { createApiRef } from '@backstage/frontend-plugin-api';
import type { PostmortemsApi } from '@readiness/plugin-postmortems-common';

/** The post-mortems API, as the pages call it: a `PostmortemsClient` unless a test replaces it. */
export const postmortemsApiRef = createApiRef<PostmortemsApi>({
  id: 'plugin.postmortems.api',
});
