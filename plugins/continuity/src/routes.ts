import { createRouteRef } from '@backstage/frontend-plugin-api';

/** The continuity page with its tabs. */
export const rootRouteRef = createRouteRef();

/** The printable views of vendors and plans, `<print>/<vendor|plan>/<namespace>/<name>`. */
export const printRouteRef = createRouteRef();
