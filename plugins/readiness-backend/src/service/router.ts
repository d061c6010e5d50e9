import { HttpAuthService } from '@backstage/backend-plugin-api';
import { PagerDutyOnCall } from '@readiness/plugin-readiness-common';
import express from 'express';
import Router from 'express-promise-router';
import { RecordsIndex, RecordsSnapshot } from '@readiness/plugin-readiness-node';
import { alertsModel } from './alerts/alertsModel';
import { createAlertsRouter } from './alerts/alertsRouter';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  index: RecordsIndex;
  /** The time deadlines and ages are computed against; tests fix it. */
  clock: () => Date;
  /**
   * Who is on call now, for the alert coverage check "routed to PagerDuty with someone on
   * call". Without it that check counts routed alerts as unknown: PagerDuty data unavailable.
   */
  onCall?: { onCall(): Promise<PagerDutyOnCall> };
}

/**
 * Builds what the routes derive from a snapshot, for
 * `RecordsIndex`'s `prepare`: a refreshed snapshot is served ready, so no request waits for it.
 */
export function prepareSnapshot(snapshot: RecordsSnapshot) {
  alertsModel(snapshot);
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

  router.use('/alerts', createAlertsRouter(options));

  return router;
}
