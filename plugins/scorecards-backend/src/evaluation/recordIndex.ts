import { parseEntityRef, type Entity } from '@backstage/catalog-model';
import {
  AlertEntity,
  ContinuityPlanEntity,
  ExerciseEntity,
  isAlertEntity,
  isContinuityPlanEntity,
  isExerciseEntity,
  isPostmortemEntity,
  isProcedureEntity,
  isVendorEntity,
  PostmortemEntity,
  SQUAD_DOMAIN_ANNOTATION,
  VendorEntity,
  entityRefKey,
} from '@readiness/plugin-readiness-common';
import { calendarDay } from '@readiness/plugin-continuity-common';
import {
  AlertSummary,
  computeAlertCoverage,
  CoverageGap,
  CoverageGroup,
  createCatalogLookup,
  procedureReviewDue,
  procedureReviewStatus,
  ProcedureReviewStatus,
  summarizeAlert,
} from '@readiness/plugin-alerts-common';
import {
  ActionItem,
  listOpenActions,
} from '@readiness/plugin-postmortems-common';
import { entityTitle } from '@readiness/plugin-readiness-api-common';

/** @public */
export interface ScorecardSquadMember {
  ref: string;
  name: string;
  email?: string;
}

/**
 * A squad the capability model applies to, with its members from the catalog.
 *
 * @public
 */
export interface ScorecardSquad {
  ref: string;
  title: string;
  domain?: string;
  members: ScorecardSquadMember[];
}

/**
 * The catalog records the automatic checks read, indexed by the squad they belong to so that
 * evaluating hundreds of squads is a lookup per check. Keys are full lower-case refs.
 *
 * @public
 */
export interface ScorecardRecordIndex {
  /** The day (UTC) the index was built for: coverage and due dates are as of this day. */
  today: string;
  squads: ScorecardSquad[];
  /** Each squad's tallies of the alert catalog's coverage checks. */
  coverageBySquad: Map<string, CoverageGroup>;
  /** The coverage gaps (critical jobs without a positive paging alert, ...) by owning squad. */
  coverageGapsByOwner: Map<string, CoverageGap[]>;
  /** Paging alerts by owning squad. */
  pagingAlertsByOwner: Map<string, AlertSummary[]>;
  /** Each procedure's review status on the day of the index. */
  procedureReviews: Map<string, ProcedureReviewStatus>;
  postmortemsByOwner: Map<string, PostmortemEntity[]>;
  /** Exercises a squad owns or took part in. */
  exercisesByTeam: Map<string, ExerciseEntity[]>;
  /** Open post-mortem and exercise actions by the squad that owns them. */
  openActionsBySquad: Map<string, ActionItem[]>;
  plansByOwner: Map<string, ContinuityPlanEntity[]>;
  vendorsByOwner: Map<string, VendorEntity[]>;
  /** Each user's display name (else title, else name), by full ref, for people named in results. */
  personNames: Map<string, string>;
}

/**
 * The name a results summary gives a person: the display name the catalog has for the user ref,
 * else the ref's name (`user:default/ada.engineer` → `ada.engineer`).
 *
 * @public
 */
export function personName(
  records: Pick<ScorecardRecordIndex, 'personNames'>,
  ref: string,
): string {
  const key = entityRefKey(ref, 'user');
  return (
    (key && records.personNames.get(key)) ??
    parseEntityRef(ref, { defaultKind: 'user' }).name
  );
}

function add<T>(map: Map<string, T[]>, key: string | undefined, value: T) {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const ownerKey = (owner: unknown) =>
  typeof owner === 'string' ? entityRefKey(owner, 'group') : undefined;

/**
 * Indexes catalog entities for scorecard evaluation at `now`. `appliesTo` is the model's: which
 * entities are squads. Members come from each user's memberOf and each group's hasMember
 * relations.
 *
 * @public
 */
export function indexScorecardRecords(
  entities: ReadonlyArray<Entity>,
  appliesTo: { kind: string; type?: string },
  now: Date,
): ScorecardRecordIndex {
  const today = calendarDay(now);
  const lookup = createCatalogLookup(entities);
  const alerts: AlertEntity[] = [];
  const jobs: Entity[] = [];
  const actionRecords: Array<PostmortemEntity | ExerciseEntity> = [];
  const squadEntities: Entity[] = [];
  const users = new Map<string, ScorecardSquadMember>();
  const membersByGroup = new Map<string, Set<string>>();
  const addMember = (
    groupRef: string | undefined,
    userRef: string | undefined,
  ) => {
    if (!groupRef || !userRef) return;
    const members = membersByGroup.get(groupRef) ?? new Set<string>();
    members.add(userRef);
    membersByGroup.set(groupRef, members);
  };
  // Thousands of procedures share a few hundred due dates: each date's status is computed once.
  const reviewStatuses = new Map<string | undefined, ProcedureReviewStatus>();
  const reviewStatusOn = (dueDate: string | undefined) => {
    let status = reviewStatuses.get(dueDate);
    if (!status) {
      status = procedureReviewStatus(dueDate, now);
      reviewStatuses.set(dueDate, status);
    }
    return status;
  };
  const index: Omit<
    ScorecardRecordIndex,
    | 'coverageBySquad'
    | 'coverageGapsByOwner'
    | 'openActionsBySquad'
    | 'personNames'
  > = {
    today,
    squads: [],
    pagingAlertsByOwner: new Map(),
    procedureReviews: new Map(),
    postmortemsByOwner: new Map(),
    exercisesByTeam: new Map(),
    plansByOwner: new Map(),
    vendorsByOwner: new Map(),
  };

  for (const entity of entities) {
    const ref = entityRefKey(entity)!;
    const spec = (entity.spec ?? {}) as Record<string, unknown>;
    if (entity.kind === 'User') {
      const profile = (spec.profile ?? {}) as { email?: string };
      users.set(ref, {
        ref,
        name: entityTitle(entity),
        email: profile.email,
      });
      for (const group of (spec.memberOf as string[] | undefined) ?? []) {
        addMember(entityRefKey(group, 'group'), ref);
      }
    } else if (entity.kind === 'Group') {
      for (const relation of entity.relations ?? []) {
        if (relation.type === 'hasMember')
          addMember(ref, entityRefKey(relation.targetRef));
      }
    } else if (entity.kind === 'Component' && spec.type === 'job') {
      jobs.push(entity);
    } else if (isAlertEntity(entity)) {
      // Only paging alerts count for the checks: coverage needs positive paging ones, SOPs paging ones.
      if (entity.spec.paging) alerts.push(entity);
    } else if (isProcedureEntity(entity)) {
      // The catalog is read with only a procedure's review fields: without them, without a spec.
      index.procedureReviews.set(
        ref,
        reviewStatusOn(procedureReviewDue(entity.spec ?? {})),
      );
    } else if (isPostmortemEntity(entity)) {
      add(index.postmortemsByOwner, ownerKey(entity.spec.owner), entity);
      actionRecords.push(entity);
    } else if (isExerciseEntity(entity)) {
      const teams = new Set(
        [entity.spec.owner, ...(entity.spec.teams ?? [])].flatMap(
          team => ownerKey(team) ?? [],
        ),
      );
      for (const team of teams) add(index.exercisesByTeam, team, entity);
      actionRecords.push(entity);
    } else if (isContinuityPlanEntity(entity)) {
      add(index.plansByOwner, ownerKey(entity.spec.owner), entity);
    } else if (isVendorEntity(entity)) {
      add(index.vendorsByOwner, ownerKey(entity.spec.owner), entity);
    }
    if (
      entity.kind === appliesTo.kind &&
      (appliesTo.type === undefined || spec.type === appliesTo.type)
    ) {
      squadEntities.push(entity);
    }
  }

  const summaries = alerts.map(alert => summarizeAlert(alert, lookup));
  for (const summary of summaries)
    add(index.pagingAlertsByOwner, summary.owner.ref, summary);
  const coverage = computeAlertCoverage({
    alerts: summaries,
    procedures: [],
    components: jobs,
    lookup,
    asOf: now,
  });
  const coverageGapsByOwner = new Map<string, CoverageGap[]>();
  for (const gap of coverage.gaps) add(coverageGapsByOwner, gap.owner.ref, gap);
  const openActionsBySquad = new Map<string, ActionItem[]>();
  for (const item of listOpenActions(actionRecords, {
    today,
    lookup: ref => lookup.get(ref),
  })) {
    add(openActionsBySquad, item.ownerSquad, item);
  }

  const squads = squadEntities
    .map(entity => {
      const ref = entityRefKey(entity)!;
      return {
        ref,
        title: entity.metadata.title ?? entity.metadata.name,
        domain: entity.metadata.annotations?.[SQUAD_DOMAIN_ANNOTATION],
        members: [...(membersByGroup.get(ref) ?? [])]
          .flatMap(userRef => users.get(userRef) ?? [])
          .sort((a, b) => a.name.localeCompare(b.name)),
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
  return {
    ...index,
    squads,
    coverageBySquad: new Map(
      coverage.bySquad.map(group => [group.group.ref, group]),
    ),
    coverageGapsByOwner,
    openActionsBySquad,
    personNames: new Map(
      [...users.values()].map(user => [user.ref, user.name]),
    ),
  };
}
