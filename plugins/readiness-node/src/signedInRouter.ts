import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';

/**
 * A router for a readiness API: it reads JSON bodies, and every route needs a signed-in user or
 * a backend acting for one.
 *
 * @public
 */
export function createSignedInRouter(
  httpAuth: HttpAuthService,
): express.Router {
  const router = Router();
  router.use(express.json());
  router.use(async (request, _response, next) => {
    await httpAuth.credentials(request, { allow: ['user', 'service'] });
    next();
  });
  return router;
}
