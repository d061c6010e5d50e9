import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  BlastRadius,
  calendarDay,
  ConfidentialVendorFields,
  ConfidentialVendorView,
  ContinuityPlanRow,
  DORA_FINDING_EXAMPLES,
  DORA_TABLE_CODES,
  DoraLintFinding,
  DoraRegisterAsOf,
  DoraRegisterDiff,
  DoraRegisterSnapshot,
  DoraRegisterSummary,
  DoraTable,
  DoraTableCode,
  ExerciseRow,
  isDoraTableCode,
  OwnerReviews,
  Person,
  PlanDetail,
  RECOVERY_PROOF_MONTHS,
  RecordFileChange,
  RecoveryEvidence,
  REVIEW_STANDINGS,
  ReviewItem,
  RtoConflict,
  VendorDetail,
  VendorRegisterRow,
} from '@readiness/plugin-continuity-common';
import {
  isContinuityPlanEntity,
  isVendorEntity,
  normalizeEntityRef,
  VendorEntity,
} from '@readiness/plugin-readiness-common';
import {
  CsvColumn,
  entityTitle,
  ListPage,
  toCsv,
} from '@readiness/plugin-readiness-api-common';
import {
  applyListQuery,
  filterRows,
  ListFields,
  ListQuery,
  RecordsIndexService,
  RecordsSnapshot,
  refKey,
} from '@readiness/plugin-readiness-node';
import {
  EXERCISE_CSV_COLUMNS,
  PLAN_CSV_COLUMNS,
  REVIEW_CSV_COLUMNS,
  RTO_CONFLICT_CSV_COLUMNS,
  VENDOR_CSV_COLUMNS,
} from '../model/csvColumns';
import { continuityModel, ContinuityModel } from '../model/ContinuityModel';
import { reachableFrom } from '../model/dependencyGraph';
import {
  doraTableCsv,
  summarizeMissingValues,
  withholdConfidentialValues,
} from '../model/doraRegister';
import { diffRegisters } from '../model/registerDiff';
import { RegisterContent, registerTablesOf } from '../model/registerHistory';
import { lintDoraRegister } from '../model/dora/doraLinter';
import { groupDoraFindings } from '../model/dora/findingGroups';
import { DoraFinancialEntity } from '../model/dora/financialEntity';
import {
  doraPackageFileName,
  doraReportPackageFiles,
  zipDoraReportPackage,
} from '../model/dora/reportPackage';
import { recoveryObjectiveOf } from '../model/recoveryObjectives';
import { DoraRegisterCache } from './doraRegisterCache';
import { IncidentSource, periodStart } from '../model/recoveryEvidence';
import { IncidentReader } from './PagerDutyRecoveries';
import { GitProvenance } from './GitProvenance';
import {
  conflictFields,
  doraFindingFields,
  exerciseFields,
  filterRef,
  planFields,
  reviewFields,
  vendorFields,
} from './listFields';
import {
  ConfidentialVendorAccess,
  ConfidentialVendorReader,
  ReadableVendors,
} from './vendorPermissions';
import { RegisterHistory } from './RegisterHistory';

/**
 * Whether the reader may see the confidential values of a row's subject (a vendor ref), judged
 * on the vendor's record in the first content that holds it.
 */
function readableSubjects(
  mayRead: (vendor: VendorEntity) => boolean,
  ...contents: RegisterContent[]
): (subject: string) => boolean {
  const vendors = new Map<string, VendorEntity>();
  for (const content of [...contents].reverse()) {
    for (const vendor of content.vendors) vendors.set(refKey(vendor), vendor);
  }
  return subject => {
    const vendor = vendors.get(refKey(subject));
    return vendor !== undefined && mayRead(vendor);
  };
}

const NO_CONFIDENTIAL_FIELDS: ReadonlyMap<string, ConfidentialVendorFields> =
  new Map();

const NO_READABLE_VENDORS: ReadableVendors = { refs: new Set(), key: '' };

/**
 * The register of one day as one reader sees it, with what the linter finds in it and the
 * summary `GET /dora` answers: built once, so the summary is serialized once too.
 */
interface DoraRegister {
  referenceDate: string;
  tables: DoraTable[];
  findings: DoraLintFinding[];
  summary: DoraRegisterSummary;
}

const DORA_SEVERITIES: readonly string[] = ['error', 'warning'];

/** How many reviews each owner has in each standing. */
function countReviewsByOwner(reviews: readonly ReviewItem[]): {
  items: OwnerReviews[];
} {
  const owners = new Map<string, Record<string, number>>();
  for (const review of reviews) {
    const owner = filterRef(review.owner, 'group');
    const counts =
      owners.get(owner) ??
      Object.fromEntries(REVIEW_STANDINGS.map(standing => [standing, 0]));
    counts[review.standing] += 1;
    owners.set(owner, counts);
  }
  return {
    items: [...owners.entries()]
      .map(([owner, counts]) => ({ owner, counts } as OwnerReviews))
      .sort((a, b) => a.owner.localeCompare(b.owner)),
  };
}

/** Without an on-call backend to ask, PagerDuty's incidents are not part of the evidence. */
const NO_INCIDENT_READER: IncidentSource = {
  available: false,
  reason:
    'The continuity backend has no on-call backend to read PagerDuty incidents from',
};

/** One of the lists served as pages and as CSV with the same filters. */
export interface ContinuityListDefinition<T> {
  /** The list's rows; `incidents` gives the PagerDuty incidents the recovery status is judged by. */
  rows: (
    model: ContinuityModel,
    incidents: () => Promise<IncidentSource>,
  ) => Promise<readonly T[]> | readonly T[];
  fields: ListFields<T>;
  columns: ReadonlyArray<CsvColumn<T>>;
}

/** The continuity lists, by the name of their route. */
export const CONTINUITY_LISTS = {
  plans: {
    rows: async (model, incidents) => model.planRows(await incidents()),
    fields: planFields,
    columns: PLAN_CSV_COLUMNS,
  } satisfies ContinuityListDefinition<ContinuityPlanRow>,
  exercises: {
    rows: model => model.exerciseRows,
    fields: exerciseFields,
    columns: EXERCISE_CSV_COLUMNS,
  } satisfies ContinuityListDefinition<ExerciseRow>,
  reviews: {
    rows: model => model.reviews,
    fields: reviewFields,
    columns: REVIEW_CSV_COLUMNS,
  } satisfies ContinuityListDefinition<ReviewItem>,
  'rto-conflicts': {
    rows: model => model.conflicts,
    fields: conflictFields,
    columns: RTO_CONFLICT_CSV_COLUMNS,
  } satisfies ContinuityListDefinition<RtoConflict>,
};

/**
 * Decides what the continuity API answers: the vendor register, continuity plans, exercises and
 * reviews due as filtered pages and CSV, vendor and plan details with their blast radius, RTO
 * conflicts and provenance, and the DORA register-of-information tables, with each vendor's
 * confidential fields only for the readers allowed to see them.
 */
export class ContinuityService {
  private readonly provenance: GitProvenance;
  private readonly ownerCounts = new WeakMap<
    readonly ReviewItem[],
    { items: OwnerReviews[] }
  >();
  private readonly doraRegisters = new DoraRegisterCache<DoraRegister>();

  constructor(
    private readonly options: {
      index: RecordsIndexService;
      /** The time deadlines and ages are computed against; tests fix it. */
      clock: () => Date;
      /**
       * Vendors' confidential fields and who may read them; without it they are withheld from
       * everyone.
       */
      confidentialVendors?: ConfidentialVendorAccess;
      /** The financial entity keeping the DORA register (`readiness.dora.entity`). */
      doraEntity?: DoraFinancialEntity;
      /** The register's snapshots; without it the register is only served as of today. */
      history?: RegisterHistory;
      /** PagerDuty's resolved incidents; without it recovery is judged by the records alone. */
      incidents?: IncidentReader;
    },
  ) {
    this.provenance = new GitProvenance({ clock: options.clock });
  }

  /**
   * Builds what the routes derive from a snapshot (as of the clock's day), for the records index's
   * `addPreparation`: a refreshed snapshot is served ready, so no request waits for it.
   */
  static prepare(snapshot: RecordsSnapshot, clock: () => Date): void {
    continuityModel(snapshot, calendarDay(clock()));
  }

  /** Today (YYYY-MM-DD, UTC) by the service's clock: the latest day the register can be asked for. */
  today(): string {
    return calendarDay(this.options.clock());
  }

  /** The vendor register, filtered, sorted and paged. */
  async listVendors(query: ListQuery): Promise<ListPage<VendorRegisterRow>> {
    return applyListQuery((await this.model()).vendorRows, query, vendorFields);
  }

  /** The register as CSV, with the confidential fields of the vendors the reader may see. */
  async exportVendors(
    query: ListQuery,
    credentials: BackstageCredentials,
  ): Promise<string> {
    const current = await this.model();
    const reader = await this.confidentialReader(credentials);
    const rows = filterRows(current.vendorRows, query, vendorFields).map(
      row => {
        const vendor = current.snapshot.byRef.get(
          refKey(row.ref),
        ) as VendorEntity;
        return { ...row, confidential: reader(vendor) };
      },
    );
    return toCsv(rows, VENDOR_CSV_COLUMNS);
  }

  /** One of the other lists, filtered, sorted and paged. */
  async list<T>(
    list: ContinuityListDefinition<T>,
    query: ListQuery,
  ): Promise<ListPage<T>> {
    return applyListQuery(await this.rowsOf(list), query, list.fields);
  }

  /** One of the other lists as CSV, with the same filters, unpaged. */
  async exportList<T>(
    list: ContinuityListDefinition<T>,
    query: ListQuery,
  ): Promise<string> {
    const rows = filterRows(await this.rowsOf(list), query, list.fields);
    return toCsv(rows, list.columns);
  }

  /**
   * A plan's recovery status and the evidence behind it, with the real recoveries of the last
   * `months` (one of `RECOVERY_PERIOD_MONTHS`).
   */
  async getRecovery(
    ref: { namespace: string; name: string },
    months: number,
  ): Promise<RecoveryEvidence> {
    const plan = await this.record(
      ref,
      'continuityplan',
      isContinuityPlanEntity,
    );
    const current = await this.model();
    return current
      .recoveryEvidence(months, await this.incidentsOf(current, months))
      .get(refKey(plan))!;
  }

  private async rowsOf<T>(
    list: ContinuityListDefinition<T>,
  ): Promise<readonly T[]> {
    const current = await this.model();
    return list.rows(current, () =>
      this.incidentsOf(current, RECOVERY_PROOF_MONTHS),
    );
  }

  /** The PagerDuty incidents resolved in the last `months` before the model's day. */
  private incidentsOf(
    model: ContinuityModel,
    months: number,
  ): Promise<IncidentSource> {
    const { incidents } = this.options;
    if (!incidents) return Promise.resolve(NO_INCIDENT_READER);
    return incidents.resolvedSince(periodStart(model.today, months));
  }

  /** How many reviews each owner has in each standing, for the same filters as the reviews. */
  async reviewOwners(query: ListQuery): Promise<{ items: OwnerReviews[] }> {
    const reviews = filterRows<ReviewItem>(
      (await this.model()).reviews,
      query,
      reviewFields,
    );
    // The same question is answered with the same reviews (listQuery), so counted once.
    let answer = this.ownerCounts.get(reviews);
    if (!answer) {
      answer = countReviewsByOwner(reviews);
      this.ownerCounts.set(reviews, answer);
    }
    return answer;
  }

  async getVendor(
    ref: { namespace: string; name: string },
    credentials: BackstageCredentials,
  ): Promise<VendorDetail> {
    const vendor = await this.record(ref, 'vendor', isVendorEntity);
    const current = await this.model();
    const key = refKey(vendor);
    const { spec } = vendor;
    return {
      vendor,
      confidential: (await this.confidentialReader(credentials))(vendor),
      register: current.vendorRows.find(row => refKey(row.ref) === key)!,
      blastRadius: current.blastRadius(key),
      people: await this.people([
        spec.owner,
        spec.relationshipOwner,
        ...(spec.reviews ?? []).map(review => review.reviewer),
      ]),
      provenance: await this.provenance.of(vendor),
    };
  }

  async getPlan(ref: { namespace: string; name: string }): Promise<PlanDetail> {
    const plan = await this.record(
      ref,
      'continuityplan',
      isContinuityPlanEntity,
    );
    const current = await this.model();
    const key = refKey(plan);
    const { spec } = plan;
    const exercises = current.exerciseRows.filter(row =>
      row.plans.some(
        planRef => normalizeEntityRef(planRef, 'continuityplan') === key,
      ),
    );
    return {
      plan,
      status: current
        .planRows(await this.incidentsOf(current, RECOVERY_PROOF_MONTHS))
        .find(row => refKey(row.ref) === key)!,
      exercises: exercises.sort((a, b) => b.date.localeCompare(a.date)),
      rtoConflicts: current.conflicts.filter(conflict => conflict.plan === key),
      dependencies: reachableFrom(key, current.graph.dependsOn).map(node => ({
        ...node,
        objective: recoveryObjectiveOf(current.graph, node.ref, key),
      })),
      people: await this.people([
        spec.owner,
        ...(spec.emergencyTeam ?? []).map(member => member.member),
        ...(spec.callTree ?? []).map(member => member.member),
        ...(spec.communications ?? []).map(
          communication => communication.owner,
        ),
        ...(spec.approvals ?? []).map(approval => approval.approver),
      ]),
      provenance: await this.provenance.of(plan),
    };
  }

  /** What losing the entity (a full entity ref) reaches. */
  async getBlastRadius(entityRef: string): Promise<BlastRadius> {
    let ref: string;
    try {
      ref = refKey(stringifyEntityRef(parseEntityRef(entityRef)));
    } catch {
      throw new InputError(
        `entityRef must be a full entity ref such as component:default/payment-gateway (got "${entityRef}")`,
      );
    }
    await this.options.index.snapshotHolding(ref);
    const current = await this.model();
    if (!current.snapshot.byRef.has(ref)) {
      throw new NotFoundError(`No entity ${ref} in the records`);
    }
    return current.blastRadius(ref);
  }

  /**
   * The files that hold vendors, plans and exercises, each with its last change in git and the
   * records in it, latest change first. Files outside a git checkout have no change to show.
   */
  async listRecordChanges(
    limit: number,
  ): Promise<{ items: RecordFileChange[] }> {
    const { vendors, plans, exercises } = await this.options.index.snapshot();
    const records: Entity[] = [...vendors, ...plans, ...exercises];
    // One git call per file: the provenance of records in the same file is cached.
    const provenances = await Promise.all(
      records.map(record => this.provenance.of(record)),
    );
    const byPath = new Map<string, RecordFileChange>();
    records.forEach((record, i) => {
      const lastChange = provenances[i].lastChange;
      if (!lastChange?.path) return;
      const file = byPath.get(lastChange.path) ?? {
        path: lastChange.path,
        lastChange,
        records: [],
      };
      file.records.push({
        ref: stringifyEntityRef(record),
        title: record.metadata.title ?? record.metadata.name,
      });
      byPath.set(lastChange.path, file);
    });
    const items = [...byPath.values()].sort(
      (a, b) =>
        Date.parse(b.lastChange.date) - Date.parse(a.lastChange.date) ||
        a.path.localeCompare(b.path),
    );
    return { items: items.slice(0, limit) };
  }

  /**
   * The register of information as the reader sees it: each template's columns and what it
   * lacks (without its rows: the CSV files carry those), the pre-submission linter's findings
   * by rule and severity and the report package's status: today's, or as the records stood on
   * `asOf` (YYYY-MM-DD, checked by the router). The same object while the records, the
   * confidential file and the reader's permission decision stay the same.
   */
  async getDoraRegister(
    credentials: BackstageCredentials,
    asOf?: string,
  ): Promise<DoraRegisterSummary> {
    return (await this.doraRegisterFor(credentials, asOf)).summary;
  }

  /**
   * A page of the linter's findings as the reader's register has them, today's or as of
   * `asOf`; the same page object for the same question.
   */
  async listDoraFindings(
    credentials: BackstageCredentials,
    query: ListQuery,
    asOf?: string,
  ): Promise<ListPage<DoraLintFinding>> {
    const { severity = [], template = [] } = query.filters;
    const unknownSeverity = severity.find(
      value => !DORA_SEVERITIES.includes(value),
    );
    if (unknownSeverity !== undefined) {
      throw new InputError(
        `filter[severity] must be error or warning (got "${unknownSeverity}")`,
      );
    }
    const codes = DORA_TABLE_CODES.map(code => code.toLocaleLowerCase('en-US'));
    const unknownTemplate = template.find(value => !codes.includes(value));
    if (unknownTemplate !== undefined) {
      throw new InputError(
        `filter[template] must be one of ${DORA_TABLE_CODES.join(
          ', ',
        )} (got "${unknownTemplate}")`,
      );
    }
    const register = await this.doraRegisterFor(credentials, asOf);
    return applyListQuery(register.findings, query, doraFindingFields);
  }

  /** A DORA table as CSV, as the reader may see it. */
  async exportDoraTable(
    credentials: BackstageCredentials,
    table: string,
    asOf?: string,
  ): Promise<string> {
    if (!isDoraTableCode(table)) {
      throw new InputError(
        `table must be one of ${DORA_TABLE_CODES.join(', ')} (got "${table}")`,
      );
    }
    const register = await this.doraRegisterFor(credentials, asOf);
    return doraTableCsv(
      register.tables.find(candidate => candidate.code === table)!,
    );
  }

  /**
   * The xBRL-CSV report package as the reader may see it, today's or as of `asOf`, or the
   * linter's errors while any remain: a package with errors is not submittable and is not made.
   */
  async getDoraPackage(
    credentials: BackstageCredentials,
    asOf?: string,
  ): Promise<
    | { submittable: true; fileName: string; content: Buffer }
    | { submittable: false; errors: DoraLintFinding[] }
  > {
    const register = await this.doraRegisterFor(credentials, asOf);
    const errors = register.findings.filter(
      finding => finding.severity === 'error',
    );
    if (errors.length > 0) return { submittable: false, errors };
    const input = {
      tables: register.tables,
      entity: this.options.doraEntity,
      referenceDate: register.referenceDate,
      createdAt: this.options.clock(),
    };
    return {
      submittable: true,
      fileName: doraPackageFileName(
        input.entity,
        input.referenceDate,
        input.createdAt,
      ),
      content: await zipDoraReportPackage(doraReportPackageFiles(input)),
    };
  }

  /** The snapshots the register can be shown as of, oldest first. */
  async listDoraSnapshots(): Promise<{ snapshots: DoraRegisterSnapshot[] }> {
    return { snapshots: await this.history().snapshots() };
  }

  /**
   * What changed in the register from the day `from` to the day `to` (YYYY-MM-DD each), with
   * the confidential values the reader may not see left out of both days.
   */
  async diffDoraRegister(
    credentials: BackstageCredentials,
    from: string,
    to: string,
  ): Promise<DoraRegisterDiff> {
    const history = this.history();
    const before = await history.asOf(from, 'from');
    const after = await history.asOf(to, 'to');
    const mayRead = await this.confidentialPredicate(credentials);
    // One vendor record decides for both days: the later one's where it still exists.
    const readable = readableSubjects(mayRead, after.content, before.content);
    const tablesOf = (content: RegisterContent, day: string) => {
      const tables = registerTablesOf(content, day, this.options.doraEntity);
      return Object.fromEntries(
        DORA_TABLE_CODES.map(code => [
          code,
          withholdConfidentialValues(tables[code], readable),
        ]),
      ) as Record<DoraTableCode, DoraTable>;
    };
    return {
      from: { date: from, snapshot: before.snapshot },
      to: { date: to, snapshot: after.snapshot },
      ...diffRegisters(
        tablesOf(before.content, from),
        tablesOf(after.content, to),
      ),
    };
  }

  private model(): Promise<ContinuityModel> {
    const { index, clock } = this.options;
    return index
      .snapshot()
      .then(snapshot => continuityModel(snapshot, calendarDay(clock())));
  }

  /** What the reader sees of each vendor's confidential fields. */
  private async confidentialReader(
    credentials: BackstageCredentials,
  ): Promise<ConfidentialVendorReader> {
    const { confidentialVendors } = this.options;
    // Without access rules configured, confidential vendor fields are withheld from everyone.
    return confidentialVendors
      ? confidentialVendors.readerFor(credentials)
      : (): ConfidentialVendorView => ({ access: 'withheld' });
  }

  /**
   * Every DORA template with the confidential values the reader may not see left out, and what
   * the linter finds in them: built from the records now, or from the snapshot of `asOf`, once
   * per snapshot (or stored content and day), confidential file and permission decision (the
   * vendors whose confidential values the reader may see).
   */
  private async doraRegisterFor(
    credentials: BackstageCredentials,
    asOf: string | undefined,
  ): Promise<DoraRegister> {
    const { confidentialVendors, doraEntity } = this.options;
    if (asOf !== undefined) {
      const { snapshot, content } = await this.history().asOf(asOf, 'asOf');
      const readable = await this.readableVendors(credentials, content.vendors);
      // A stored content is the same object while it is cached by its hash; contents alike
      // are shared by snapshots, so the snapshot the answer names is part of the key.
      return this.doraRegisters.get(
        content,
        content.confidential,
        `${asOf} ${snapshot.takenAt} ${readable.key}`,
        () => {
          const tables = registerTablesOf(content, asOf, doraEntity);
          return this.buildDoraRegister(
            DORA_TABLE_CODES.map(code => tables[code]),
            subject => readable.refs.has(refKey(subject)),
            { date: asOf, snapshot },
          );
        },
      );
    }
    const current = await this.model();
    const fields = confidentialVendors
      ? await confidentialVendors.fields()
      : NO_CONFIDENTIAL_FIELDS;
    const readable = await this.readableVendors(
      credentials,
      current.snapshot.vendors,
    );
    return this.doraRegisters.get(current, fields, readable.key, () =>
      this.buildDoraRegister(
        DORA_TABLE_CODES.map(code =>
          current.doraTable(code, fields, doraEntity),
        ),
        subject => readable.refs.has(refKey(subject)),
        { date: current.today },
      ),
    );
  }

  /**
   * The templates as the reader may see them, the linter's findings, and the summary of both
   * for the day `asOf` names (the reporting reference date).
   */
  private buildDoraRegister(
    all: DoraTable[],
    readable: (subject: string) => boolean,
    asOf: DoraRegisterAsOf,
  ): DoraRegister {
    const referenceDate = asOf.date;
    const tables = all.map(table =>
      withholdConfidentialValues(table, readable),
    );
    const findings = lintDoraRegister(tables, {
      referenceDate,
      baseCurrency: this.options.doraEntity?.currency,
    });
    const errorsIn = new Map<string, number>();
    const findingsIn = new Map<string, number>();
    for (const finding of findings) {
      findingsIn.set(
        finding.template,
        (findingsIn.get(finding.template) ?? 0) + 1,
      );
      if (finding.severity === 'error') {
        errorsIn.set(
          finding.template,
          (errorsIn.get(finding.template) ?? 0) + 1,
        );
      }
    }
    const errors = findings.filter(
      finding => finding.severity === 'error',
    ).length;
    return {
      referenceDate,
      tables,
      findings,
      summary: {
        asOf,
        tables: tables.map(({ rows, missing, ...table }) => ({
          ...table,
          rowCount: rows.length,
          missingCount: missing.length,
          missingByColumn: summarizeMissingValues(missing, 20),
          errors: errorsIn.get(table.code) ?? 0,
          warnings:
            (findingsIn.get(table.code) ?? 0) - (errorsIn.get(table.code) ?? 0),
        })),
        findingGroups: groupDoraFindings(findings, DORA_FINDING_EXAMPLES),
        package: {
          referenceDate,
          submittable: errors === 0,
          errors,
          warnings: findings.length - errors,
        },
      },
    };
  }

  /** Whether the reader may see a vendor's confidential fields; nobody may without access rules. */
  private async readableVendors(
    credentials: BackstageCredentials,
    vendors: readonly VendorEntity[],
  ): Promise<ReadableVendors> {
    const { confidentialVendors } = this.options;
    return confidentialVendors
      ? confidentialVendors.readableAmong(credentials, vendors)
      : NO_READABLE_VENDORS;
  }

  private async confidentialPredicate(
    credentials: BackstageCredentials,
  ): Promise<(vendor: VendorEntity) => boolean> {
    const { confidentialVendors } = this.options;
    return confidentialVendors
      ? confidentialVendors.mayRead(credentials)
      : () => false;
  }

  private history(): RegisterHistory {
    const { history } = this.options;
    if (!history) {
      throw new NotFoundError(
        'The DORA register keeps no history in this backend',
      );
    }
    return history;
  }

  /** The users and groups named in a record, by the ref as written there. */
  private async people(
    refs: Iterable<string | undefined>,
  ): Promise<Record<string, Person>> {
    const { byRef } = await this.options.index.snapshot();
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
      const profile = (entity.spec?.profile ?? {}) as { email?: string };
      found[ref] = {
        kind: entity.kind,
        title: entityTitle(entity),
        email: profile.email,
      };
    }
    return found;
  }

  private async record<T extends Entity>(
    { namespace, name }: { namespace: string; name: string },
    kind: string,
    is: (entity: Entity) => entity is T,
  ): Promise<T> {
    const ref = refKey(stringifyEntityRef({ kind, namespace, name }));
    const entity = (await this.options.index.snapshotHolding(ref)).byRef.get(
      ref,
    );
    if (!entity || !is(entity)) {
      throw new NotFoundError(`No ${kind} ${namespace}/${name} in the records`);
    }
    return entity;
  }
}
