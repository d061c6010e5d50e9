import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  CsvColumn,
  DORA_TABLE_CODES,
  DoraTableCode,
  doraTableCsv,
  EXERCISE_CSV_COLUMNS,
  isContinuityPlanEntity,
  isDoraTableCode,
  isVendorEntity,
  normalizeEntityRef,
  PLAN_CSV_COLUMNS,
  reachableFrom,
  RTO_CONFLICT_CSV_COLUMNS,
  recoveryObjectiveOf,
  REVIEW_CSV_COLUMNS,
  REVIEW_STANDINGS,
  ReviewItem,
  summarizeMissingValues,
  toCsv,
  VENDOR_CSV_COLUMNS,
  calendarDay,
  ConfidentialVendorFields,
  VendorEntity,
  withholdConfidentialValues,
} from '@readiness/plugin-readiness-common';
import express, { Request, Response } from 'express';
import Router from 'express-promise-router';
import {
  applyListQuery,
  filterRows,
  ListFields,
  parseListQuery,
  refKey,
  sendSharedJson,
} from '@readiness/plugin-readiness-node';
import { RouterOptions } from '../router';
import { continuityModel } from './ContinuityModel';
import { GitProvenance } from './GitProvenance';
import { ConfidentialVendorReader } from './vendorPermissions';
import {
  conflictFields,
  exerciseFields,
  filterRef,
  planFields,
  reviewFields,
  vendorFields,
} from './listFields';

/** A person or team named in a record, as the views show them. */
interface Person {
  kind: string;
  title: string;
  email?: string;
}

const NO_CONFIDENTIAL_FIELDS: ReadonlyMap<string, ConfidentialVendorFields> = new Map();

function sendCsv(response: Response, name: string, csv: string) {
  response
    .type('text/csv; charset=utf-8')
    .attachment(`${name}.csv`)
    .send(csv);
}

/** How many reviews each owner has in each standing. */
function countReviewsByOwner(reviews: readonly ReviewItem[]) {
  const owners = new Map<string, Record<string, number>>();
  for (const review of reviews) {
    const owner = filterRef(review.owner, 'group');
    const counts =
      owners.get(owner) ?? Object.fromEntries(REVIEW_STANDINGS.map(standing => [standing, 0]));
    counts[review.standing] += 1;
    owners.set(owner, counts);
  }
  return {
    items: [...owners.entries()]
      .map(([owner, counts]) => ({ owner, counts }))
      .sort((a, b) => a.owner.localeCompare(b.owner)),
  };
}

/**
 * The continuity API under `/continuity`: the vendor register, continuity plans, exercises and
 * reviews due as filterable lists and CSV, vendor and plan details with their blast radius, RTO
 * conflicts and provenance, and the DORA register-of-information tables.
 */
export function createContinuityRouter(options: RouterOptions): express.Router {
  const { index, clock, confidentialVendors } = options;
  const router = Router();
  const provenance = new GitProvenance({ clock });

  const model = async () => continuityModel(await index.snapshot(), calendarDay(clock()));
  const ownerCounts = new WeakMap<readonly ReviewItem[], object>();
  // Keyed by a table's missing values, which withholding confidential values leaves as they are.
  const missingSummaries = new WeakMap<object, ReturnType<typeof summarizeMissingValues>>();
  const missingSummaryOf = (missing: Parameters<typeof summarizeMissingValues>[0]) => {
    let summary = missingSummaries.get(missing);
    if (!summary) {
      summary = summarizeMissingValues(missing, 20);
      missingSummaries.set(missing, summary);
    }
    return summary;
  };

  // Without access rules configured, confidential vendor fields are withheld from everyone.
  const confidentialReader = async (request: Request): Promise<ConfidentialVendorReader> =>
    confidentialVendors ? confidentialVendors.readerFor(request) : () => ({ access: 'withheld' });

  /** A DORA table with the confidential values the request's user may not see left out. */
  async function doraTableFor(request: Request, code: DoraTableCode) {
    const current = await model();
    if (!confidentialVendors) {
      return current.doraTable(code, NO_CONFIDENTIAL_FIELDS);
    }
    const [mayRead, fields] = await Promise.all([
      confidentialVendors.mayRead(request),
      confidentialVendors.fields(),
    ]);
    const { byRef } = current.snapshot;
    return withholdConfidentialValues(current.doraTable(code, fields), subject => {
      const vendor = byRef.get(refKey(subject));
      return vendor !== undefined && isVendorEntity(vendor) && mayRead(vendor);
    });
  }

  /** Lists rows as JSON pages, and as CSV at `<path>.csv` with the same filters, unpaged. */
  function list<T>(
    path: string,
    rows: () => Promise<readonly T[]>,
    fields: ListFields<T>,
    columns: ReadonlyArray<CsvColumn<T>>,
  ) {
    router.get(path, async (request, response) => {
      const query = parseListQuery(request, fields);
      sendSharedJson(response, applyListQuery(await rows(), query, fields));
    });
    router.get(`${path}.csv`, async (request, response) => {
      const query = parseListQuery(request, fields);
      sendCsv(response, path.slice(1), toCsv(filterRows(await rows(), query, fields), columns));
    });
  }

  router.get('/vendors', async (request, response) => {
    const query = parseListQuery(request, vendorFields);
    sendSharedJson(response, applyListQuery((await model()).vendorRows, query, vendorFields));
  });
  // The register as CSV, with the confidential fields of the vendors the reader may see.
  router.get('/vendors.csv', async (request, response) => {
    const query = parseListQuery(request, vendorFields);
    const current = await model();
    const reader = await confidentialReader(request);
    const rows = filterRows(current.vendorRows, query, vendorFields).map(row => {
      const vendor = current.snapshot.byRef.get(refKey(row.ref)) as VendorEntity;
      return { ...row, confidential: reader(vendor) };
    });
    sendCsv(response, 'vendors', toCsv(rows, VENDOR_CSV_COLUMNS));
  });
  list('/plans', async () => (await model()).planRows, planFields, PLAN_CSV_COLUMNS);
  list('/exercises', async () => (await model()).exerciseRows, exerciseFields, EXERCISE_CSV_COLUMNS);
  list('/reviews', async () => (await model()).reviews, reviewFields, REVIEW_CSV_COLUMNS);

  // How many reviews each owner has in each standing, for the same filters as /reviews.
  router.get('/reviews/owners', async (request, response) => {
    const query = parseListQuery(request, reviewFields);
    const reviews = filterRows<ReviewItem>((await model()).reviews, query, reviewFields);
    // The same question is answered with the same reviews (listQuery), so counted once.
    let answer = ownerCounts.get(reviews);
    if (!answer) {
      answer = countReviewsByOwner(reviews);
      ownerCounts.set(reviews, answer);
    }
    sendSharedJson(response, answer);
  });

  list('/rto-conflicts', async () => (await model()).conflicts, conflictFields, RTO_CONFLICT_CSV_COLUMNS);

  /** The users and groups named in a record, by the ref as written there. */
  async function people(refs: Iterable<string | undefined>): Promise<Record<string, Person>> {
    const { byRef } = await index.snapshot();
    const found: Record<string, Person> = {};
    for (const ref of refs) {
      if (!ref || found[ref]) continue;
      let entity: Entity | undefined;
      try {
        entity = byRef.get(normalizeEntityRef(ref, 'user'));
      } catch {
        continue;
      }
      if (entity?.kind !== 'User' && entity?.kind !== 'Group') continue;
      const profile = (entity.spec?.profile ?? {}) as { displayName?: string; email?: string };
      found[ref] = {
        kind: entity.kind,
        title: profile.displayName ?? entity.metadata.title ?? entity.metadata.name,
        email: profile.email,
      };
    }
    return found;
  }

  async function record<T extends Entity>(
    params: Request['params'],
    kind: string,
    is: (entity: Entity) => entity is T,
  ): Promise<T> {
    const ref: CompoundEntityRef = { kind, namespace: params.namespace, name: params.name };
    const entity = (await index.snapshot()).byRef.get(refKey(stringifyEntityRef(ref)));
    if (!entity || !is(entity)) {
      throw new NotFoundError(`No ${kind} ${params.namespace}/${params.name} in the records`);
    }
    return entity;
  }

  router.get('/vendors/:namespace/:name', async (request, response) => {
    const vendor = await record(request.params, 'vendor', isVendorEntity);
    const current = await model();
    const ref = refKey(vendor);
    const { spec } = vendor;
    response.json({
      vendor,
      confidential: (await confidentialReader(request))(vendor),
      register: current.vendorRows.find(row => refKey(row.ref) === ref),
      blastRadius: current.blastRadius(ref),
      people: await people([
        spec.owner,
        spec.relationshipOwner,
        ...(spec.reviews ?? []).map(review => review.reviewer),
      ]),
      provenance: await provenance.of(vendor),
    });
  });

  router.get('/plans/:namespace/:name', async (request, response) => {
    const plan = await record(request.params, 'continuityplan', isContinuityPlanEntity);
    const current = await model();
    const ref = refKey(plan);
    const { spec } = plan;
    const exercises = current.exerciseRows.filter(row =>
      row.plans.some(planRef => normalizeEntityRef(planRef, 'continuityplan') === ref),
    );
    response.json({
      plan,
      status: current.planRows.find(row => refKey(row.ref) === ref),
      exercises: exercises.sort((a, b) => b.date.localeCompare(a.date)),
      rtoConflicts: current.conflicts.filter(conflict => conflict.plan === ref),
      dependencies: reachableFrom(ref, current.graph.dependsOn).map(node => ({
        ...node,
        objective: recoveryObjectiveOf(current.graph, node.ref, ref),
      })),
      people: await people([
        spec.owner,
        ...(spec.emergencyTeam ?? []).map(member => member.member),
        ...(spec.callTree ?? []).map(member => member.member),
        ...(spec.communications ?? []).map(communication => communication.owner),
        ...(spec.approvals ?? []).map(approval => approval.approver),
      ]),
      provenance: await provenance.of(plan),
    });
  });

  router.get('/blast-radius', async (request, response) => {
    const entityRef = request.query.entityRef;
    let ref: string;
    try {
      ref = refKey(stringifyEntityRef(parseEntityRef(String(entityRef ?? ''))));
    } catch {
      throw new InputError(
        `entityRef must be a full entity ref such as component:default/payment-gateway (got "${entityRef ?? ''}")`,
      );
    }
    const current = await model();
    if (!current.snapshot.byRef.has(ref)) {
      throw new NotFoundError(`No entity ${ref} in the records`);
    }
    response.json(current.blastRadius(ref));
  });

  // The tables' columns and what they lack, without their rows (the CSV files carry those).
  router.get('/dora', async (request, response) => {
    const tables = await Promise.all(DORA_TABLE_CODES.map(code => doraTableFor(request, code)));
    response.json({
      tables: tables.map(({ rows, missing, ...table }) => ({
        ...table,
        rowCount: rows.length,
        missingCount: missing.length,
        missingByColumn: missingSummaryOf(missing),
      })),
    });
  });

  router.get('/dora/:table.csv', async (request, response) => {
    const { table } = request.params;
    if (!isDoraTableCode(table)) {
      throw new InputError(
        `table must be one of ${DORA_TABLE_CODES.join(', ')} (got "${table}")`,
      );
    }
    sendCsv(response, `dora-${table}`, doraTableCsv(await doraTableFor(request, table)));
  });

  return router;
}
