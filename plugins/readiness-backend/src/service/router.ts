import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { RecordsIndex } from '../records/RecordsIndex';
import { createAlertsRouter } from './alerts/alertsRouter';
import { createContinuityRouter } from './continuity';
import { createPostmortemsRouter } from './postmortems/postmortemsRouter';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  index: RecordsIndex;
  /** The time deadlines and ages are computed against; tests fix it. */
  clock: () => Date;
}

/** The readiness API: read-only lists, analytics and exports over the records in the catalog. */
export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { httpAuth, index } = options;
  const router = Router();
  router.use(express.json());

  // Every route needs a signed-in user (or a backend acting for one).
  router.use(async (request, _response, next) => {
    await httpAuth.credentials(request, { allow: ['user', 'service'] });
    next();
  });

  router.get('/summary', async (_request, response) => {
    const snapshot = await index.snapshot();
    response.json({
      loadedAt: snapshot.loadedAt.toISOString(),
      counts: {
        alerts: snapshot.alerts.length,
        procedures: snapshot.procedures.length,
        vendors: snapshot.vendors.length,
        continuityPlans: snapshot.plans.length,
        exercises: snapshot.exercises.length,
        postmortems: snapshot.postmortems.length,
        capabilityModels: snapshot.capabilityModels.length,
      },
    });
  });

  router.use('/postmortems', createPostmortemsRouter(options));

  router.use('/alerts', createAlertsRouter(options));

  router.use('/continuity', createContinuityRouter(options));

  return router;
}
