import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { ContinuityClient } from '@readiness/plugin-continuity-common';
import { pluginClientOptions } from '@readiness/plugin-readiness-node';
import { ContinuityFacts, PlanRecoveryFacts } from './evaluators';

/** As long as the on-call reads wait: a scorecard run carries on without the continuity API. */
const TIMEOUT_MS = 15_000;
/** The plans list's largest page. */
const PAGE_SIZE = 500;

/**
 * Reads the critical functions' plans with their recovery status from the continuity backend's
 * API (`GET /plans?filter[criticality]=critical`), as this plugin (a service token for the
 * continuity plugin): the continuity backend judges recovery from the exercises, post-mortems
 * and PagerDuty incidents, so the check shows the same status as the plan's page. A failure is
 * reported with its reason, so the check shows "no data".
 */
export async function readContinuityFacts(options: {
  discovery: DiscoveryService;
  auth: AuthService;
}): Promise<ContinuityFacts> {
  const client = new ContinuityClient(
    pluginClientOptions({
      ...options,
      targetPluginId: 'continuity',
      timeoutMs: TIMEOUT_MS,
    }),
  );
  try {
    const plans: PlanRecoveryFacts[] = [];
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const page = await client.listPlans({
        filters: { criticality: ['critical'] },
        limit: PAGE_SIZE,
        offset,
      });
      plans.push(
        ...page.items.map(({ ref, title, owner, recovery }) => ({
          ref,
          title,
          owner,
          recovery,
        })),
      );
      if (page.items.length === 0 || plans.length >= page.total) break;
    }
    return { criticalPlans: { available: true, value: plans } };
  } catch (error) {
    const reason =
      error instanceof ResponseError
        ? `The continuity backend answered ${error.response.status} when asked for the critical plans (GET /api/continuity/plans)`
        : `The continuity backend could not be reached for the critical plans: ${
            (error as Error).message
          }`;
    return { criticalPlans: { available: false, reason: `${reason}.` } };
  }
}
