import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ContinuityPlanEntity,
  entityRefKey,
  ExerciseEntity,
  PostmortemEntity,
} from '@readiness/plugin-readiness-common';
import {
  addInterval,
  durationSeconds,
  IncidentRecovery,
  IncidentSourceState,
  MeasuredExercise,
  RECOVERY_PROOF_MONTHS,
  RECOVERY_PROVING_EXERCISES,
  RecoveryEvidence,
  RecoveryStatus,
  RtoConflict,
} from '@readiness/plugin-continuity-common';

/** A resolved PagerDuty incident as the on-call API lists it (the fields recovery needs). */
export interface ResolvedIncident {
  id: string;
  title: string;
  /** The catalog entity its PagerDuty service maps to. */
  entityRef?: string;
  createdAt: string;
  resolvedAt?: string;
  htmlUrl?: string;
}

/** The PagerDuty incidents of a period, or why they could not be read. */
export type IncidentSource =
  | { available: true; items: readonly ResolvedIncident[] }
  | { available: false; reason: string };

/** Everything a plan's recovery evidence is decided from. */
export interface RecoveryInputs {
  plan: ContinuityPlanEntity;
  /** YYYY-MM-DD. */
  today: string;
  /** The incident period in months. */
  months: number;
  /** The exercises that name the plan. */
  exercises: readonly ExerciseEntity[];
  /** Every post-mortem; those of incidents on a covered service in the period count. */
  postmortems: readonly PostmortemEntity[];
  /** The PagerDuty incidents resolved in the period, on any service. */
  incidents: IncidentSource;
  /** The components the plan covers (full lower-case refs), see `coveredComponents`. */
  covered: ReadonlySet<string>;
  /**
   * The incidents any post-mortem reviews, of all post-mortems (see `RecoverySources`); those of
   * `postmortems` when not given.
   */
  reviewedIncidents?: ReadonlySet<string>;
  /** The plan's RTO conflicts. */
  conflicts: readonly RtoConflict[];
}

/** The catalog's components by the system they belong to and by the component they are part of. */
export interface ComponentTree {
  bySystem: ReadonlyMap<string, readonly string[]>;
  byParent: ReadonlyMap<string, readonly string[]>;
}

/** Reads the catalog's components once into a {@link ComponentTree} (full lower-case refs). */
export function componentTree(catalog: readonly Entity[]): ComponentTree {
  const bySystem = new Map<string, string[]>();
  const byParent = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, ref: string) => {
    const refs = map.get(key);
    if (refs) refs.push(ref);
    else map.set(key, [ref]);
  };
  for (const component of catalog) {
    if (component.kind !== 'Component') continue;
    const spec = (component.spec ?? {}) as Record<string, unknown>;
    const ref = entityRefKey(stringifyEntityRef(component))!;
    const system =
      typeof spec.system === 'string'
        ? entityRefKey(spec.system, 'system')
        : undefined;
    if (system) add(bySystem, system, ref);
    const parent =
      typeof spec.subcomponentOf === 'string'
        ? entityRefKey(spec.subcomponentOf, 'component')
        : undefined;
    if (parent) add(byParent, parent, ref);
  }
  return { bySystem, byParent };
}

/**
 * The components a plan covers: those it names, the components of the systems it names, and
 * their subcomponents (jobs), as full lower-case refs. Incidents and post-mortems name
 * components, so a plan covering `system:ach` is answerable for the ACH services' outages.
 */
export function coveredComponents(
  plan: ContinuityPlanEntity,
  tree: ComponentTree,
): Set<string> {
  const named = (plan.spec.covers ?? []).flatMap(
    ref => entityRefKey(ref, 'component') ?? [],
  );
  const covered = new Set(named.filter(ref => ref.startsWith('component:')));
  for (const ref of named) {
    for (const component of tree.bySystem.get(ref) ?? [])
      covered.add(component);
  }
  for (const ref of [...covered]) {
    for (const component of tree.byParent.get(ref) ?? [])
      covered.add(component);
  }
  return covered;
}

/**
 * The post-mortems and PagerDuty incidents a recovery can come from, by the components they name
 * (full lower-case refs), read once for every plan: a plan then looks at its covered components'
 * only, instead of every post-mortem and incident.
 */
export class RecoverySources {
  private readonly postmortemsByComponent = new Map<
    string,
    PostmortemEntity[]
  >();
  private readonly incidentsByComponent = new Map<string, ResolvedIncident[]>();
  /** The incidents any post-mortem reviews: those are counted through the post-mortem alone. */
  readonly reviewedIncidents: ReadonlySet<string>;

  constructor(
    postmortems: readonly PostmortemEntity[],
    private readonly incidents: IncidentSource,
  ) {
    const reviewed = new Set<string>();
    for (const postmortem of postmortems) {
      for (const id of postmortem.spec.incidents ?? []) reviewed.add(id);
      if (postmortem.spec.reviewType !== 'incident') continue;
      for (const service of new Set(
        postmortem.spec.services.flatMap(
          ref => entityRefKey(ref, 'component') ?? [],
        ),
      )) {
        const list = this.postmortemsByComponent.get(service);
        if (list) list.push(postmortem);
        else this.postmortemsByComponent.set(service, [postmortem]);
      }
    }
    this.reviewedIncidents = reviewed;
    if (incidents.available) {
      for (const incident of incidents.items) {
        const service =
          incident.entityRef && entityRefKey(incident.entityRef, 'component');
        if (!service) continue;
        const list = this.incidentsByComponent.get(service);
        if (list) list.push(incident);
        else this.incidentsByComponent.set(service, [incident]);
      }
    }
  }

  /** The post-mortems and incidents naming any of the components. */
  of(
    covered: ReadonlySet<string>,
  ): Pick<RecoveryInputs, 'postmortems' | 'incidents'> {
    const postmortems = new Set<PostmortemEntity>();
    const items: ResolvedIncident[] = [];
    for (const component of covered) {
      for (const postmortem of this.postmortemsByComponent.get(component) ??
        []) {
        postmortems.add(postmortem);
      }
      items.push(...(this.incidentsByComponent.get(component) ?? []));
    }
    return {
      postmortems: [...postmortems],
      incidents: this.incidents.available
        ? { available: true, items }
        : this.incidents,
    };
  }
}

/** The 90th percentile by nearest rank: the smallest value at least 90% of the values reach. */
export function percentile90(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.9 * sorted.length) - 1];
}

/** The first day of the period of `months` that ends today. */
export function periodStart(today: string, months: number): string {
  return addInterval(today, `P-${months}M`)!;
}

/**
 * The latest held game day or DR test of the plan that measured a recovery time (see
 * `RECOVERY_PROVING_EXERCISES`), whether it was held
 * within `RECOVERY_PROOF_MONTHS` before today (an exercise exactly that long ago still counts),
 * and whether it took longer than the RTO (as long as the RTO is not longer).
 */
export function lastMeasuredExercise(
  exercises: readonly ExerciseEntity[],
  today: string,
  rtoSeconds: number | undefined,
): MeasuredExercise | undefined {
  const measured = exercises
    .filter(
      exercise =>
        RECOVERY_PROVING_EXERCISES.includes(exercise.spec.type) &&
        exercise.spec.result &&
        exercise.spec.date <= today,
    )
    .flatMap(exercise => {
      const seconds = durationSeconds(exercise.spec.measured?.rto);
      return seconds === undefined ? [] : [{ exercise, seconds }];
    })
    .sort((a, b) =>
      b.exercise.spec.date.localeCompare(a.exercise.spec.date),
    )[0];
  if (!measured) return undefined;
  const { exercise, seconds } = measured;
  const proofUntil = addInterval(
    exercise.spec.date,
    `P${RECOVERY_PROOF_MONTHS}M`,
  );
  return {
    ref: stringifyEntityRef(exercise),
    title: exercise.metadata.title ?? exercise.metadata.name,
    date: exercise.spec.date,
    type: exercise.spec.type,
    measuredRto: exercise.spec.measured!.rto!,
    measuredSeconds: seconds,
    exceedsRto: rtoSeconds !== undefined && seconds > rtoSeconds,
    recent: proofUntil !== undefined && proofUntil >= today,
  };
}

const secondsBetween = (from: string, to: string) =>
  (Date.parse(to) - Date.parse(from)) / 1000;

/**
 * The real recoveries on covered services resolved in the period: each incident post-mortem
 * from its start to its mitigation (the function back; its resolution when no mitigation is
 * recorded), and each resolved PagerDuty incident that no counted post-mortem reviews, from its
 * creation to its resolution. A post-mortem's times and services are the reviewed account of the
 * outage, so the incidents any post-mortem reviews are counted through it alone.
 */
export function incidentRecoveries(
  inputs: Pick<
    RecoveryInputs,
    'postmortems' | 'incidents' | 'covered' | 'reviewedIncidents'
  >,
  period: { since: string; until: string },
  rtoSeconds: number | undefined,
): IncidentRecovery[] {
  const inPeriod = (resolvedAt: string) => {
    const day = resolvedAt.slice(0, 10);
    return day >= period.since && day <= period.until;
  };
  const exceeds = (seconds: number) =>
    rtoSeconds !== undefined && seconds > rtoSeconds;
  const recoveries: IncidentRecovery[] = [];
  // An incident a post-mortem reviews is judged by the post-mortem: its times and the services
  // it names, whether or not they are this plan's.
  const reviewed =
    inputs.reviewedIncidents ??
    new Set(
      inputs.postmortems.flatMap(postmortem => postmortem.spec.incidents ?? []),
    );
  for (const postmortem of inputs.postmortems) {
    const { spec } = postmortem;
    if (
      spec.reviewType !== 'incident' ||
      !spec.resolvedAt ||
      !inPeriod(spec.resolvedAt)
    )
      continue;
    const services = spec.services
      .flatMap(ref => entityRefKey(ref, 'component') ?? [])
      .filter(ref => inputs.covered.has(ref));
    if (services.length === 0) continue;
    const recoveredAt = spec.mitigatedAt ?? spec.resolvedAt;
    const seconds = secondsBetween(spec.startedAt, recoveredAt);
    recoveries.push({
      source: 'postmortem',
      id: stringifyEntityRef(postmortem),
      title: postmortem.metadata.title ?? postmortem.metadata.name,
      services,
      startedAt: spec.startedAt,
      recoveredAt,
      resolvedAt: spec.resolvedAt,
      recoverySeconds: seconds,
      exceedsRto: exceeds(seconds),
      incidents: spec.incidents ?? [],
    });
  }
  if (inputs.incidents.available) {
    for (const incident of inputs.incidents.items) {
      const service =
        incident.entityRef && entityRefKey(incident.entityRef, 'component');
      if (!service || !inputs.covered.has(service) || reviewed.has(incident.id))
        continue;
      if (!incident.resolvedAt || !inPeriod(incident.resolvedAt)) continue;
      const seconds = secondsBetween(incident.createdAt, incident.resolvedAt);
      recoveries.push({
        source: 'pagerduty',
        id: incident.id,
        title: incident.title,
        services: [service],
        startedAt: incident.createdAt,
        recoveredAt: incident.resolvedAt,
        resolvedAt: incident.resolvedAt,
        recoverySeconds: seconds,
        exceedsRto: exceeds(seconds),
        url: incident.htmlUrl,
      });
    }
  }
  return recoveries.sort(
    (a, b) => b.recoverySeconds - a.recoverySeconds || a.id.localeCompare(b.id),
  );
}

/**
 * Where a plan's recovery stands, by the precedence of `RECOVERY_STATUSES`: breached when its
 * latest measured exercise (held within the proof window) or a real recovery in the period took
 * longer than the RTO; else at risk when a dependency's own objective is longer than the RTO;
 * else unproven without a measured exercise in the proof window; else proven.
 */
export function recoveryStatus(
  evidence: Pick<
    RecoveryEvidence,
    'lastExercise' | 'incidents' | 'dependencies'
  >,
): RecoveryStatus {
  const recentExercise = evidence.lastExercise?.recent
    ? evidence.lastExercise
    : undefined;
  if (
    recentExercise?.exceedsRto ||
    evidence.incidents.some(incident => incident.exceedsRto)
  ) {
    return 'breached';
  }
  if (evidence.dependencies.length > 0) return 'at-risk';
  return recentExercise ? 'proven' : 'unproven';
}

/** A plan's recovery evidence and the status it gives. */
export function recoveryEvidence(inputs: RecoveryInputs): RecoveryEvidence {
  const { plan, today, months } = inputs;
  const { bia } = plan.spec;
  const rtoSeconds = durationSeconds(bia?.rto);
  const period = { months, since: periodStart(today, months), until: today };
  const pagerDuty: IncidentSourceState = inputs.incidents.available
    ? { available: true }
    : { available: false, reason: inputs.incidents.reason };
  const incidents = incidentRecoveries(inputs, period, rtoSeconds);
  const evidence = {
    plan: stringifyEntityRef(plan),
    declared: { rto: bia?.rto, rpo: bia?.rpo, mtpd: bia?.mtpd, rtoSeconds },
    lastExercise: lastMeasuredExercise(inputs.exercises, today, rtoSeconds),
    period,
    incidents,
    worstSeconds: incidents[0]?.recoverySeconds,
    p90Seconds: percentile90(
      incidents.map(incident => incident.recoverySeconds),
    ),
    pagerDuty,
    dependencies: [...inputs.conflicts],
  };
  return { ...evidence, status: recoveryStatus(evidence) };
}
