import type { Entity } from '@backstage/catalog-model';
import { DateTime } from 'luxon';
import {
  addInterval,
  dueStatus,
  RECOVERY_STATUS_LABELS,
  RecoveryStatus,
  vendorReviewStatuses,
} from '@readiness/plugin-continuity-common';
import {
  CapabilityCheck,
  entityRefKey,
} from '@readiness/plugin-readiness-common';
import type { EvidenceItem } from '@readiness/plugin-scorecards-common';
import type { CheckOutcome } from './results';
import { criticalPlansByOwner, policiesByEntity } from './factIndex';
import type { ScorecardRecordIndex, ScorecardSquad } from './recordIndex';
import {
  PUBLICATION_DEADLINE_DAYS,
  publicationTimeliness,
} from '@readiness/plugin-postmortems-common';

/**
 * A fact source that may be unreachable; the reason is shown on the check as "no data".
 *
 * @public
 */
export type ScorecardFactSource<T> =
  | { available: true; value: T }
  | { available: false; reason: string };

/** A person on call now, as the on-call API reports them. @public */
export interface OnCallPersonFacts {
  name: string;
  email?: string;
  userRef?: string;
  scheduleName?: string;
}

/** An escalation policy mapped to a catalog entity, with who is on call at each level now. @public */
export interface EscalationPolicyFacts {
  entityRef: string;
  id: string;
  name: string;
  url?: string;
  levels: Array<{ level: number; now: OnCallPersonFacts[] }>;
}

/** A PagerDuty user. @public */
export interface PagerDutyUserFacts {
  name: string;
  email?: string;
  userRef?: string;
}

/**
 * What the checks know from PagerDuty, through the on-call backend.
 *
 * @public
 */
export interface PagerDutyFacts {
  policies: ScorecardFactSource<EscalationPolicyFacts[]>;
  users: ScorecardFactSource<PagerDutyUserFacts[]>;
}

/** A critical function's plan with where its recovery stands, as the continuity API lists it. @public */
export interface PlanRecoveryFacts {
  /** The plan's entity ref. */
  ref: string;
  title: string;
  /** Group ref of the plan's owner. */
  owner: string;
  recovery: RecoveryStatus;
}

/**
 * What the checks know from the continuity backend.
 *
 * @public
 */
export interface ContinuityFacts {
  /** The plans of the critical functions, with their recovery status. */
  criticalPlans: ScorecardFactSource<PlanRecoveryFacts[]>;
}

/**
 * Everything an automatic check may read about one squad.
 *
 * @public
 */
export interface ScorecardEvaluationContext {
  squad: ScorecardSquad;
  records: ScorecardRecordIndex;
  pagerDuty: PagerDutyFacts;
  continuity: ContinuityFacts;
  now: Date;
}

/** @public */
export type ScorecardEvaluator = (
  context: ScorecardEvaluationContext,
) => CheckOutcome;

/** How far back post-mortems count towards "published within three days". @public */
export const POSTMORTEM_WINDOW_DAYS = 180;
/** How recent a game day must be. @public */
export const GAME_DAY_WINDOW_DAYS = 90;
/** How often continuity plans must be reviewed. @public */
export const PLAN_REVIEW_INTERVAL = 'P12M';

const pass = (summary: string, items: EvidenceItem[] = []): CheckOutcome => ({
  status: 'pass',
  summary,
  items,
});
const fail = (summary: string, items: EvidenceItem[]): CheckOutcome => ({
  status: 'fail',
  summary,
  items,
});
const noData = (reason: string): CheckOutcome => ({
  status: 'no-data',
  summary: reason,
  items: [],
});

function titleOf(entity: Entity): string {
  return entity.metadata.title ?? entity.metadata.name;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "The squad's critical job has" or "All 4 critical jobs have". */
function every(
  count: number,
  word: string,
  singularVerb: string,
  pluralVerb: string,
  qualifier = '',
): string {
  return count === 1
    ? `The squad's one ${word}${qualifier} ${singularVerb}`
    : `All ${count} ${word}s${qualifier} ${pluralVerb}`;
}

function squadPolicies(
  context: ScorecardEvaluationContext,
): ScorecardFactSource<EscalationPolicyFacts[]> {
  const { policies } = context.pagerDuty;
  if (!policies.available) return policies;
  return {
    available: true,
    value: policiesByEntity(policies.value).get(context.squad.ref) ?? [],
  };
}

const NO_POLICY = 'No PagerDuty escalation policy is mapped to this squad.';

// The PagerDuty users' catalog refs and e-mails, built once per evaluation rather than per squad.
const userKeys = new WeakMap<
  PagerDutyUserFacts[],
  { refs: Set<string>; emails: Set<string> }
>();

function pagerDutyUserKeys(users: PagerDutyUserFacts[]) {
  let keys = userKeys.get(users);
  if (!keys) {
    keys = {
      refs: new Set(
        users.flatMap(u =>
          u.userRef ? [u.userRef.toLocaleLowerCase('en-US')] : [],
        ),
      ),
      emails: new Set(
        users.flatMap(u =>
          u.email ? [u.email.toLocaleLowerCase('en-US')] : [],
        ),
      ),
    };
    userKeys.set(users, keys);
  }
  return keys;
}

const pagerDutyMembers: ScorecardEvaluator = ({ squad, pagerDuty }) => {
  if (!pagerDuty.users.available) return noData(pagerDuty.users.reason);
  if (squad.members.length === 0) {
    return fail('The squad has no members in the catalog.', []);
  }
  const { refs: userRefs, emails } = pagerDutyUserKeys(pagerDuty.users.value);
  const missing = squad.members.filter(
    member =>
      !userRefs.has(member.ref) &&
      !(member.email && emails.has(member.email.toLocaleLowerCase('en-US'))),
  );
  if (missing.length === 0) {
    return pass(
      `${every(
        squad.members.length,
        'member',
        'has',
        'have',
      )} a PagerDuty user.`,
    );
  }
  return fail(
    `${missing.length} of ${plural(
      squad.members.length,
      'member',
    )} have no PagerDuty user.`,
    missing.map(member => ({
      title: member.name,
      entityRef: member.ref,
      detail: member.email
        ? `no PagerDuty user with ${member.email}`
        : 'no e-mail in the catalog',
    })),
  );
};

const escalationLevels: ScorecardEvaluator = context => {
  const policies = squadPolicies(context);
  if (!policies.available) return noData(policies.reason);
  if (policies.value.length === 0) return fail(NO_POLICY, []);
  const short = policies.value.filter(policy => policy.levels.length < 2);
  const items = policies.value.map(policy => ({
    title: policy.name,
    url: policy.url,
    detail: plural(policy.levels.length, 'level'),
  }));
  return short.length === 0
    ? pass(
        `Every escalation policy of the squad has at least two levels.`,
        items,
      )
    : fail(
        `${short.length} of the squad's ${
          policies.value.length
        } escalation policies ${
          short.length === 1 ? 'has' : 'have'
        } fewer than two levels.`,
        items.filter((_, index) => policies.value[index].levels.length < 2),
      );
};

const pairedRota: ScorecardEvaluator = context => {
  const policies = squadPolicies(context);
  if (!policies.available) return noData(policies.reason);
  if (policies.value.length === 0) return fail(NO_POLICY, []);
  const onCall = new Map<string, OnCallPersonFacts>();
  for (const policy of policies.value) {
    for (const level of policy.levels) {
      for (const person of level.now) {
        if (person.scheduleName) {
          onCall.set(
            (person.userRef ?? person.email ?? person.name).toLocaleLowerCase(
              'en-US',
            ),
            person,
          );
        }
      }
    }
  }
  const items = [...onCall.values()].map(person => ({
    title: person.name,
    entityRef: person.userRef,
    detail: `on call now through ${person.scheduleName}`,
  }));
  if (onCall.size >= 2) {
    return pass(
      `${onCall.size} people are on call now through the squad's schedules.`,
      items,
    );
  }
  return fail(
    onCall.size === 1
      ? "Only one person is on call now through the squad's schedules."
      : "Nobody is on call now through the squad's schedules.",
    items,
  );
};

const criticalJobCoverage: ScorecardEvaluator = ({ squad, records }) => {
  const tally = records.coverageBySquad.get(squad.ref)?.checks['critical-jobs'];
  if (!tally || tally.total === 0)
    return pass('The squad owns no critical jobs.');
  const gaps = (records.coverageGapsByOwner.get(squad.ref) ?? []).filter(
    gap => gap.check === 'critical-jobs',
  );
  if (gaps.length === 0) {
    return pass(
      `${every(
        tally.total,
        'critical job',
        'has',
        'have',
      )} a positive paging alert.`,
    );
  }
  return fail(
    `${gaps.length} of ${plural(
      tally.total,
      'critical job',
    )} have no positive paging alert.`,
    gaps.map(gap => ({
      title: gap.subject.title,
      entityRef: gap.subject.ref,
      detail: gap.reason,
    })),
  );
};

const pagingAlertsHaveSops: ScorecardEvaluator = ({ squad, records }) => {
  const alerts = records.pagingAlertsByOwner.get(squad.ref) ?? [];
  if (alerts.length === 0) return pass('The squad owns no paging alerts.');
  const problems: EvidenceItem[] = [];
  for (const alert of alerts) {
    const item = { title: alert.title, entityRef: alert.ref };
    const review = alert.procedure
      ? records.procedureReviews.get(alert.procedure.ref)
      : undefined;
    if (!review) {
      problems.push({
        ...item,
        detail: alert.procedureRef
          ? `its SOP ${alert.procedureRef} does not exist`
          : 'names no SOP',
      });
      continue;
    }
    if (review.state === 'overdue') {
      problems.push({
        ...item,
        detail: review.dueDate
          ? `its SOP ${alert.procedure!.title} was due for review on ${
              review.dueDate
            }`
          : `its SOP ${alert.procedure!.title} has never been reviewed`,
      });
    }
  }
  if (problems.length === 0) {
    return pass(
      `${every(alerts.length, 'paging alert', 'has', 'have')} a reviewed SOP.`,
    );
  }
  return fail(
    `${problems.length} of ${plural(
      alerts.length,
      'paging alert',
    )} lack a reviewed SOP.`,
    problems,
  );
};

const postmortemsOnTime: ScorecardEvaluator = ({ squad, records }) => {
  const since = DateTime.fromISO(records.today, { zone: 'utc' })
    .minus({ days: POSTMORTEM_WINDOW_DAYS })
    .toISODate()!;
  const recent = (records.postmortemsByOwner.get(squad.ref) ?? []).filter(
    postmortem =>
      postmortem.spec.reviewType === 'incident' &&
      postmortem.spec.resolvedAt &&
      postmortem.spec.resolvedAt.slice(0, 10) >= since &&
      postmortem.spec.resolvedAt.slice(0, 10) <= records.today,
  );
  if (recent.length === 0) {
    return pass(
      `No incidents resolved in the last ${POSTMORTEM_WINDOW_DAYS} days.`,
    );
  }
  const late = recent.flatMap(postmortem => {
    const timeliness = publicationTimeliness(postmortem.spec, records.today);
    if (timeliness.state !== 'late' && timeliness.state !== 'overdue')
      return [];
    return [
      {
        title: titleOf(postmortem),
        entityRef: entityRefKey(postmortem),
        detail:
          timeliness.state === 'late'
            ? `published ${timeliness.daysToPublish} days after resolution (deadline ${timeliness.deadline})`
            : `not published, deadline was ${timeliness.deadline}`,
      },
    ];
  });
  const window = `of the last ${POSTMORTEM_WINDOW_DAYS} days`;
  if (late.length === 0) {
    return pass(
      `${every(
        recent.length,
        'post-mortem',
        'was',
        'were',
        ` ${window}`,
      )} published within ${PUBLICATION_DEADLINE_DAYS} days.`,
    );
  }
  return fail(
    `${late.length} of ${plural(
      recent.length,
      'post-mortem',
    )} ${window} were not published within ${PUBLICATION_DEADLINE_DAYS} days.`,
    late,
  );
};

const noOverdueActions: ScorecardEvaluator = ({ squad, records }) => {
  const open = records.openActionsBySquad.get(squad.ref) ?? [];
  const overdue = open.filter(item => item.overdue);
  if (overdue.length === 0) {
    return pass(
      open.length === 0
        ? 'No open post-mortem or exercise actions.'
        : `None of ${plural(open.length, 'open action')} is past its due date.`,
    );
  }
  return fail(
    `${overdue.length} of ${plural(
      open.length,
      'open action',
    )} past their due date.`,
    overdue.map(item => ({
      title: item.title,
      entityRef: item.source.ref,
      detail: `due ${item.due}, ${item.daysOverdue} days overdue (${item.source.title})`,
    })),
  );
};

const recentGameDay: ScorecardEvaluator = ({ squad, records }) => {
  const held = (records.exercisesByTeam.get(squad.ref) ?? [])
    .filter(
      exercise =>
        exercise.spec.type === 'game-day' &&
        exercise.spec.result &&
        exercise.spec.date <= records.today,
    )
    .sort((a, b) => b.spec.date.localeCompare(a.spec.date));
  const last = held[0];
  if (!last) return fail('The squad has not held a game day.', []);
  const item = {
    title: titleOf(last),
    entityRef: entityRefKey(last),
    detail: `held on ${last.spec.date}`,
  };
  const age = Math.round(
    DateTime.fromISO(records.today, { zone: 'utc' }).diff(
      DateTime.fromISO(last.spec.date, { zone: 'utc' }),
      'days',
    ).days,
  );
  return age <= GAME_DAY_WINDOW_DAYS
    ? pass(`Last game day ${age} days ago.`, [item])
    : fail(
        `Last game day ${age} days ago, more than ${GAME_DAY_WINDOW_DAYS}.`,
        [item],
      );
};

const plansReviewed: ScorecardEvaluator = ({ squad, records }) => {
  const plans = records.plansByOwner.get(squad.ref) ?? [];
  if (plans.length === 0) return pass('The squad owns no continuity plans.');
  const overdue = plans.flatMap(plan => {
    const due = plan.spec.lastReviewed
      ? addInterval(plan.spec.lastReviewed, PLAN_REVIEW_INTERVAL)
      : undefined;
    if (dueStatus(due, records.today).standing !== 'overdue') return [];
    return [
      {
        title: titleOf(plan),
        entityRef: entityRefKey(plan),
        detail: due
          ? `last reviewed ${plan.spec.lastReviewed}, due ${due}`
          : 'never reviewed',
      },
    ];
  });
  return overdue.length === 0
    ? pass(
        `${every(
          plans.length,
          'continuity plan',
          'was',
          'were',
        )} reviewed within 12 months.`,
      )
    : fail(
        `${overdue.length} of ${plural(
          plans.length,
          'continuity plan',
        )} not reviewed within 12 months.`,
        overdue,
      );
};

const vendorReviewsCurrent: ScorecardEvaluator = ({ squad, records }) => {
  const vendors = records.vendorsByOwner.get(squad.ref) ?? [];
  if (vendors.length === 0) return pass('The squad owns no vendors.');
  const problems = vendors.flatMap(vendor =>
    vendorReviewStatuses(vendor, records.today)
      .filter(status => status.standing === 'overdue')
      .map(status => ({
        title: titleOf(vendor),
        entityRef: entityRefKey(vendor),
        detail: status.lastDone
          ? `${status.type} review was due on ${status.due}`
          : `no ${status.type} review on record`,
      })),
  );
  return problems.length === 0
    ? pass(
        `The reviews of ${
          vendors.length === 1
            ? 'the owned vendor are'
            : `all ${vendors.length} owned vendors are`
        } current.`,
      )
    : fail(`${plural(problems.length, 'overdue vendor review')}.`, problems);
};

const criticalRecoveryProven: ScorecardEvaluator = ({ squad, continuity }) => {
  const { criticalPlans } = continuity;
  if (!criticalPlans.available) return noData(criticalPlans.reason);
  const owned = criticalPlansByOwner(criticalPlans.value).get(squad.ref) ?? [];
  if (owned.length === 0) {
    return pass('The squad owns no critical function’s continuity plan.');
  }
  const notProven = owned
    .filter(plan => plan.recovery !== 'proven')
    .map(plan => ({
      title: plan.title,
      entityRef: entityRefKey(plan.ref),
      detail: `${
        RECOVERY_STATUS_LABELS[plan.recovery]
      }: see the plan's recovery evidence`,
    }));
  return notProven.length === 0
    ? pass(
        `${every(
          owned.length,
          'critical function',
          'has its',
          'have their',
        )} recovery proven by an exercise within 12 months and real incidents.`,
      )
    : fail(
        `${notProven.length} of ${plural(
          owned.length,
          'critical function',
        )} without proven recovery.`,
        notProven,
      );
};

/**
 * The automatic checks' evaluators by the name a capability model gives them.
 *
 * @public
 */
export const SCORECARD_EVALUATORS: Readonly<
  Record<string, ScorecardEvaluator>
> = {
  'pagerduty-members': pagerDutyMembers,
  'pagerduty-escalation-levels': escalationLevels,
  'pagerduty-paired-rota': pairedRota,
  'critical-job-coverage': criticalJobCoverage,
  'paging-alerts-have-sops': pagingAlertsHaveSops,
  'postmortems-on-time': postmortemsOnTime,
  'no-overdue-actions': noOverdueActions,
  'recent-game-day': recentGameDay,
  'plans-reviewed': plansReviewed,
  'vendor-reviews-current': vendorReviewsCurrent,
  'critical-recovery-proven': criticalRecoveryProven,
};

/**
 * Runs an automatic check's evaluator; a check naming no known evaluator has no data.
 *
 * @public
 */
export function evaluateAutomaticCheck(
  check: CapabilityCheck,
  context: ScorecardEvaluationContext,
): CheckOutcome {
  const evaluator = check.evaluator
    ? SCORECARD_EVALUATORS[check.evaluator]
    : undefined;
  if (!evaluator) {
    return noData(
      `This portal has no evaluator named "${check.evaluator ?? ''}".`,
    );
  }
  return evaluator(context);
}
