import {
  BlastRadius,
  ConfidentialVendorFields,
  ContinuityPlanRow,
  DoraTable,
  DoraTableCode,
  ExerciseRow,
  RECOVERY_PROOF_MONTHS,
  RecoveryEvidence,
  ReviewItem,
  RtoConflict,
  VendorRegisterRow,
} from '@readiness/plugin-continuity-common';
import {
  ContinuityPlanEntity,
  ExerciseEntity,
  isContinuityPlanEntity,
  VendorEntity,
} from '@readiness/plugin-readiness-common';
import {
  createSnapshotView,
  RecordsSnapshot,
  refKey,
} from '@readiness/plugin-readiness-node';
import { buildDependencyGraph, DependencyGraph } from './dependencyGraph';
import { buildDoraTable, DoraRecords } from './doraRegister';
import { DoraFinancialEntity } from './dora/financialEntity';
import { exerciseRow } from './exerciseSummary';
import { continuityPlanRow, groupExercisesByPlan } from './planStatus';
import { blastRadius, findRtoConflicts } from './recoveryObjectives';
import {
  ComponentTree,
  componentTree,
  coveredComponents,
  IncidentSource,
  recoveryEvidence,
  RecoverySources,
} from './recoveryEvidence';
import { listReviews } from './reviewsDue';
import { vendorRegisterRow } from './vendorRegister';
import { titleLookup } from './entityTitles';

/**
 * Everything the continuity views compute from one records snapshot on one day: the dependency
 * graph, the register, plan, exercise and review rows, and the RTO conflicts. Built once per
 * snapshot and day, then shared by every request.
 */
export class ContinuityModel {
  readonly graph: DependencyGraph;
  readonly conflicts: RtoConflict[];
  readonly vendorRows: VendorRegisterRow[];
  private readonly planRowsWithoutRecovery: Array<Omit<ContinuityPlanRow, 'recovery'>>;
  readonly exerciseRows: ExerciseRow[];
  readonly reviews: ReviewItem[];
  private readonly radii = new Map<string, BlastRadius>();
  private readonly exercisesByPlan: Map<string, ExerciseEntity[]>;
  private readonly covered = new Map<string, Set<string>>();
  private components?: ComponentTree;
  // By the incidents answer (kept while it is cached), then by the period in months.
  private readonly recoveries = new WeakMap<
    IncidentSource,
    Map<number, Map<string, RecoveryEvidence>>
  >();
  private readonly rowsWithRecovery = new WeakMap<IncidentSource, ContinuityPlanRow[]>();
  private readonly doraTables = new WeakMap<
    ReadonlyMap<string, ConfidentialVendorFields>,
    Map<DoraFinancialEntity | undefined, Map<DoraTableCode, DoraTable>>
  >();

  constructor(
    readonly snapshot: RecordsSnapshot,
    readonly today: string,
  ) {
    this.graph = buildDependencyGraph([
      ...snapshot.catalog,
      ...snapshot.vendors,
      ...snapshot.plans,
    ]);
    this.conflicts = findRtoConflicts(this.graph);
    const titleOf = titleLookup(snapshot.byRef);
    this.vendorRows = snapshot.vendors.map(vendor =>
      vendorRegisterRow(
        vendor,
        today,
        this.plansDependingOn(vendor).map(plan => refKey(plan)),
        titleOf,
      ),
    );
    const exercisesByPlan = groupExercisesByPlan(snapshot.exercises);
    this.exercisesByPlan = exercisesByPlan;
    const conflictsByPlan = new Map<string, number>();
    for (const conflict of this.conflicts) {
      conflictsByPlan.set(conflict.plan, (conflictsByPlan.get(conflict.plan) ?? 0) + 1);
    }
    this.planRowsWithoutRecovery = snapshot.plans.map(plan => {
      const ref = refKey(plan);
      return continuityPlanRow(
        plan,
        today,
        exercisesByPlan.get(ref) ?? [],
        conflictsByPlan.get(ref) ?? 0,
      );
    });
    this.exerciseRows = snapshot.exercises.map(exerciseRow);
    this.reviews = listReviews(snapshot, today);
  }

  /**
   * The plans' list lines, with each plan's recovery status over the last
   * `RECOVERY_PROOF_MONTHS` given the PagerDuty incidents of that period.
   */
  planRows(incidents: IncidentSource): ContinuityPlanRow[] {
    let rows = this.rowsWithRecovery.get(incidents);
    if (!rows) {
      const evidence = this.recoveryEvidence(RECOVERY_PROOF_MONTHS, incidents);
      rows = this.planRowsWithoutRecovery.map(row => ({
        ...row,
        recovery: evidence.get(refKey(row.ref))!.status,
      }));
      this.rowsWithRecovery.set(incidents, rows);
    }
    return rows;
  }

  /**
   * Every plan's recovery evidence (by full lower-case ref) over a period of `months`, given the
   * PagerDuty incidents resolved in it.
   */
  recoveryEvidence(months: number, incidents: IncidentSource): Map<string, RecoveryEvidence> {
    let byMonths = this.recoveries.get(incidents);
    if (!byMonths) {
      byMonths = new Map();
      this.recoveries.set(incidents, byMonths);
    }
    let byPlan = byMonths.get(months);
    if (!byPlan) {
      byPlan = new Map();
      const sources = new RecoverySources(this.snapshot.postmortems, incidents);
      for (const plan of this.snapshot.plans) {
        const ref = refKey(plan);
        const covered = this.coveredBy(plan);
        byPlan.set(
          ref,
          recoveryEvidence({
            plan,
            today: this.today,
            months,
            exercises: this.exercisesByPlan.get(ref) ?? [],
            ...sources.of(covered),
            reviewedIncidents: sources.reviewedIncidents,
            covered,
            conflicts: this.conflicts.filter(conflict => conflict.plan === ref),
          }),
        );
      }
      byMonths.set(months, byPlan);
    }
    return byPlan;
  }

  /** The components a plan covers, computed once. */
  private coveredBy(plan: ContinuityPlanEntity): Set<string> {
    const ref = refKey(plan);
    let covered = this.covered.get(ref);
    if (!covered) {
      this.components ??= componentTree(this.snapshot.catalog);
      covered = coveredComponents(plan, this.components);
      this.covered.set(ref, covered);
    }
    return covered;
  }

  /** What losing a vendor, service, resource or system reaches. */
  blastRadius(ref: string): BlastRadius {
    const key = refKey(ref);
    let radius = this.radii.get(key);
    if (!radius) {
      radius = blastRadius(this.graph, key);
      this.radii.set(key, radius);
    }
    return radius;
  }

  /** The continuity plans in a vendor's blast radius. */
  plansDependingOn(vendor: VendorEntity): ContinuityPlanEntity[] {
    return this.blastRadius(refKey(vendor)).dependents.flatMap(node => {
      const plan = this.snapshot.byRef.get(node.ref);
      return plan && isContinuityPlanEntity(plan) ? [plan] : [];
    });
  }

  /**
   * A DORA register table with every confidential value in it, built on first use for each
   * version of the confidential vendor file and financial entity. Withhold what the reader may
   * not see before serving.
   */
  doraTable(
    code: DoraTableCode,
    confidential: ReadonlyMap<string, ConfidentialVendorFields>,
    entity: DoraFinancialEntity | undefined,
  ): DoraTable {
    let byEntity = this.doraTables.get(confidential);
    if (!byEntity) {
      byEntity = new Map();
      this.doraTables.set(confidential, byEntity);
    }
    let tables = byEntity.get(entity);
    if (!tables) {
      tables = new Map();
      byEntity.set(entity, tables);
    }
    let table = tables.get(code);
    if (!table) {
      const records: DoraRecords = {
        today: this.today,
        entity,
        vendors: this.snapshot.vendors,
        plans: this.snapshot.plans,
        plansDependingOn: vendor => this.plansDependingOn(vendor),
        confidentialOf: vendor => confidential.get(refKey(vendor)),
      };
      table = buildDoraTable(code, records);
      tables.set(code, table);
    }
    return table;
  }
}

/** The model of a snapshot on a day, computed at most once per snapshot and day. */
export const continuityModel = createSnapshotView(
  (snapshot, today) => new ContinuityModel(snapshot, today),
);
