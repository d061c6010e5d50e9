import { createRouteRef } from '@backstage/frontend-plugin-api';

export const rootRouteRef = createRouteRef();
export const libraryRouteRef = createRouteRef();
export const analyticsRouteRef = createRouteRef();
export const actionsRouteRef = createRouteRef();
