import { createRouteRef } from '@backstage/frontend-plugin-api';

/** The "On call now" page. */
export const onCallNowRouteRef = createRouteRef();

/** The "Report a problem" page; takes `?entity=<ref>` to preselect a service. */
export const reportProblemRouteRef = createRouteRef();
