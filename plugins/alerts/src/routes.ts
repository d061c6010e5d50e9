import { createRouteRef } from '@backstage/frontend-plugin-api';

/** The alert catalog page and its tabs. */
export const alertsRouteRef = createRouteRef();
export const alertCatalogRouteRef = createRouteRef();
export const coverageRouteRef = createRouteRef();
export const errorCodesRouteRef = createRouteRef();

/** The SOP library page and its tabs. */
export const proceduresRouteRef = createRouteRef();
export const scriptTemplatesRouteRef = createRouteRef();
