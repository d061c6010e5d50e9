import { HttpAuthService } from '@backstage/backend-plugin-api';
import {
  createSignedInRouter,
  parseListQuery,
  sendSharedJson,
} from '@readiness/plugin-readiness-node';
import { InputError } from '@backstage/errors';
import express, { Request, Response } from 'express';
import {
  RECOVERY_PERIOD_MONTHS,
  RECOVERY_PROOF_MONTHS,
} from '@readiness/plugin-continuity-common';
import { doraFindingFields, vendorFields } from './listFields';
import { parseRegisterDay } from './RegisterHistory';
import {
  CONTINUITY_LISTS,
  ContinuityListDefinition,
  ContinuityService,
} from './ContinuityService';

function sendCsv(response: Response, name: string, csv: string) {
  response.type('text/csv; charset=utf-8').attachment(`${name}.csv`).send(csv);
}

/** The most files `GET /changes` lists. */
const MAX_CHANGES = 50;

/** Reads `limit` of `GET /changes`: a whole number from 1 to MAX_CHANGES, 10 unless given. */
function changesLimit(request: Request): number {
  const raw = request.query.limit;
  if (raw === undefined) return 10;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CHANGES) {
    throw new InputError(`limit must be a whole number from 1 to ${MAX_CHANGES} (got "${String(raw)}")`);
  }
  return limit;
}

/** Reads `months` of a plan's recovery evidence: one of RECOVERY_PERIOD_MONTHS, 12 unless given. */
function recoveryMonths(request: Request): number {
  const raw = request.query.months;
  if (raw === undefined) return RECOVERY_PROOF_MONTHS;
  const months = Number(raw);
  if (!(RECOVERY_PERIOD_MONTHS as readonly number[]).includes(months)) {
    throw new InputError(
      `months must be one of ${RECOVERY_PERIOD_MONTHS.join(', ')} (got "${String(raw)}")`,
    );
  }
  return months;
}

/**
 * The continuity API: the vendor register, continuity plans, exercises and reviews due as
 * filterable lists and CSV, vendor and plan details with their blast radius, RTO conflicts and
 * provenance, the record files changed most recently in git, and the DORA register-of-information
 * tables, today's or as of a past day, and what changed between two days. HTTP only: it reads requests and
 * sends what the service answers.
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  service: ContinuityService;
}): Promise<express.Router> {
  const { httpAuth, service } = options;
  const router = createSignedInRouter(httpAuth);
  const credentials = (request: Request) => httpAuth.credentials(request);

  router.get('/vendors', async (request, response) => {
    sendSharedJson(response, await service.listVendors(parseListQuery(request, vendorFields)));
  });
  router.get('/vendors.csv', async (request, response) => {
    const query = parseListQuery(request, vendorFields);
    sendCsv(response, 'vendors', await service.exportVendors(query, await credentials(request)));
  });

  /** Serves a list as JSON pages, and as CSV at `<path>.csv` with the same filters, unpaged. */
  function serveList<T>(name: string, list: ContinuityListDefinition<T>) {
    router.get(`/${name}`, async (request, response) => {
      sendSharedJson(response, await service.list(list, parseListQuery(request, list.fields)));
    });
    router.get(`/${name}.csv`, async (request, response) => {
      const query = parseListQuery(request, list.fields);
      sendCsv(response, name, await service.exportList(list, query));
    });
  }
  serveList('plans', CONTINUITY_LISTS.plans);
  serveList('exercises', CONTINUITY_LISTS.exercises);
  serveList('reviews', CONTINUITY_LISTS.reviews);

  router.get('/reviews/owners', async (request, response) => {
    const query = parseListQuery(request, CONTINUITY_LISTS.reviews.fields);
    sendSharedJson(response, await service.reviewOwners(query));
  });

  serveList('rto-conflicts', CONTINUITY_LISTS['rto-conflicts']);

  router.get('/vendors/:namespace/:name', async (request, response) => {
    response.json(await service.getVendor(request.params, await credentials(request)));
  });

  router.get('/plans/:namespace/:name', async (request, response) => {
    response.json(await service.getPlan(request.params));
  });

  router.get('/plans/:namespace/:name/recovery', async (request, response) => {
    response.json(await service.getRecovery(request.params, recoveryMonths(request)));
  });

  router.get('/blast-radius', async (request, response) => {
    response.json(await service.getBlastRadius(String(request.query.entityRef ?? '')));
  });

  router.get('/changes', async (request, response) => {
    response.json(await service.listRecordChanges(changesLimit(request)));
  });

  /** A day parameter (YYYY-MM-DD, not after today); undefined when optional and absent. */
  function day(request: Request, parameter: string, optional?: 'optional'): string | undefined {
    const value = request.query[parameter];
    if (value === undefined && optional) return undefined;
    return parseRegisterDay(parameter, value, service.today());
  }

  router.get('/dora', async (request, response) => {
    const asOf = day(request, 'asOf', 'optional');
    sendSharedJson(response, await service.getDoraRegister(await credentials(request), asOf));
  });

  router.get('/dora/findings', async (request, response) => {
    const asOf = day(request, 'asOf', 'optional');
    const query = parseListQuery(request, doraFindingFields);
    sendSharedJson(response, await service.listDoraFindings(await credentials(request), query, asOf));
  });

  router.get('/dora/history', async (_request, response) => {
    response.json(await service.listDoraSnapshots());
  });

  router.get('/dora/diff', async (request, response) => {
    const from = day(request, 'from')!;
    const to = day(request, 'to')!;
    if (from > to) {
      throw new InputError(`from must not be after to (got from=${from}, to=${to})`);
    }
    response.json(await service.diffDoraRegister(await credentials(request), from, to));
  });

  // The report package, or 422 with the linter's errors while the register is not submittable.
  router.get('/dora/package', async (request, response) => {
    const asOf = day(request, 'asOf', 'optional');
    const result = await service.getDoraPackage(await credentials(request), asOf);
    if (!result.submittable) {
      response.status(422).json({
        error: {
          name: 'NotSubmittableError',
          message: `The register is not submittable: the pre-submission linter found ${result.errors.length} errors`,
        },
        findings: result.errors,
      });
      return;
    }
    response.setHeader('Content-Type', 'application/zip');
    response.setHeader('Content-Disposition', `attachment; filename="${result.fileName}"`);
    response.send(result.content);
  });

  router.get('/dora/:table.csv', async (request, response) => {
    const { table } = request.params;
    const asOf = day(request, 'asOf', 'optional');
    const name = asOf ? `dora-${table}-${asOf}` : `dora-${table}`;
    sendCsv(response, name, await service.exportDoraTable(await credentials(request), table, asOf));
  });

  return router;
}
