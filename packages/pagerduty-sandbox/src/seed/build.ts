import { DateTime } from 'luxon';
import { PagerDutyAccount } from '../account/PagerDutyAccount';
import { IncidentHistory, replayIncident } from '../account/incidents';
import { addTurns } from '../account/oncall';
import {
  PdEscalationPolicy,
  PdEscalationTarget,
  PdSchedule,
  PdService,
  Urgency,
} from '../account/types';
import { HEX_ALPHABET, IdFactory, SeededRandom } from './random';

/** Building blocks shared by the demo and the synthetic account. */

export const SCHEDULE_TIME_ZONE = 'America/New_York';
/**
 * Every rotation counts its turns from Monday 1 January 2024, 09:00 New York
 * time, so who is on call at a given moment does not depend on when the
 * sandbox started.
 */
export const ROTATION_ANCHOR = DateTime.fromISO('2024-01-01T09:00:00', {
  zone: SCHEDULE_TIME_ZONE,
}).toJSDate();
export const WEEK_SECONDS = 7 * 86_400;
export const DAY_SECONDS = 86_400;
const MINUTE = 60_000;
const DAY = 86_400_000;

const USER_COLOURS = [
  'green',
  'purple',
  'teal',
  'orange',
  'red',
  'blue',
  'brown',
  'navy',
];

export interface SeedContext {
  account: PagerDutyAccount;
  random: SeededRandom;
  ids: IdFactory;
  now: Date;
}

export function userColour(random: SeededRandom): string {
  return random.pick(USER_COLOURS);
}

export interface RotaPlan {
  title: string;
  teamId: string;
  userIds: string[];
  /** Adds a secondary schedule: last turn's primary is the secondary. */
  paired: boolean;
  turnLengthSeconds: number;
  /** Shifts the rotation so that squads do not all hand over in step. */
  offsetTurns: number;
}

/**
 * A squad's rota: a primary schedule and, when paired, a secondary one in
 * which each person follows their own primary turn. PagerDuty shows one
 * person per schedule at a time (higher layers override lower ones), so two
 * people on call at once takes two schedules.
 */
export function addRota(context: SeedContext, plan: RotaPlan): PdSchedule[] {
  const { account, ids } = context;
  const makeSchedule = (role: string, extraTurns: number): PdSchedule => {
    const virtualStart = addTurns(
      ROTATION_ANCHOR,
      SCHEDULE_TIME_ZONE,
      plan.turnLengthSeconds,
      plan.offsetTurns + extraTurns,
    );
    return account.add(account.schedules, {
      id: ids.object(),
      name: `${plan.title} – ${role}`,
      description: `${role[0].toUpperCase()}${role.slice(
        1,
      )} on-call rotation of ${
        plan.title
      }, handing over at 09:00 New York time.`,
      timeZone: SCHEDULE_TIME_ZONE,
      teamIds: [plan.teamId],
      layers: [
        {
          id: ids.object(),
          name: 'Layer 1',
          start: ROTATION_ANCHOR,
          rotationVirtualStart: virtualStart,
          turnLengthSeconds: plan.turnLengthSeconds,
          userIds: plan.userIds,
        },
      ],
    });
  };
  const primary = makeSchedule('primary', 0);
  return plan.paired ? [primary, makeSchedule('secondary', 1)] : [primary];
}

export function addEscalationPolicy(
  context: SeedContext,
  options: {
    name: string;
    description: string;
    teamId: string;
    levels: PdEscalationTarget[];
  },
): PdEscalationPolicy {
  const { account, ids, random } = context;
  return account.add(account.escalationPolicies, {
    id: ids.object(),
    name: options.name,
    description: options.description,
    teamIds: [options.teamId],
    numLoops: random.int(0, 2),
    rules: options.levels.map((target, index) => ({
      id: ids.object(),
      delayMinutes:
        index === 0 ? random.pick([10, 15, 30]) : random.pick([15, 30]),
      targets: [target],
    })),
  });
}

export function addService(
  context: SeedContext,
  options: {
    id?: string;
    name: string;
    description: string;
    teamId: string;
    policyId: string;
    integrationKey?: string;
    alwaysHighUrgency: boolean;
  },
): PdService {
  const { account, ids, random, now } = context;
  const createdAt = new Date(
    ROTATION_ANCHOR.getTime() - random.int(30, 900) * DAY,
  );
  return account.add(account.services, {
    id: options.id ? ids.reserve(options.id) : ids.object(),
    name: options.name,
    description: options.description,
    teamIds: [options.teamId],
    escalationPolicyId: options.policyId,
    createdAt: createdAt < now ? createdAt : now,
    integrations: [
      {
        id: ids.object(),
        name: 'Events API V2',
        key: options.integrationKey
          ? ids.reserve(options.integrationKey)
          : ids.hexKey(),
        createdAt,
      },
    ],
    urgency: options.alwaysHighUrgency ? 'high' : 'severity_based',
    autoResolveTimeoutSeconds: options.alwaysHighUrgency ? undefined : 14_400,
    acknowledgementTimeoutSeconds: 1_800,
  });
}

export interface IncidentTitle {
  title: string;
  urgency: Urgency;
}

const FOLLOW_UP_NOTES = [
  'Rolled back the latest deploy; error rate back to normal.',
  'Upstream provider confirmed a degradation on their side; monitoring their status page.',
  'Restarted the stuck consumer; backlog draining.',
  'Threshold too tight for month-end volumes; ticket raised to tune the alert.',
  'Failed over to the secondary database; replication lag under a second.',
  'Re-ran the job by hand; output delivered and acknowledged.',
];

/** A new incident on a service, with fresh ids; a high-urgency service makes every incident high. */
function newIncident(
  ids: IdFactory,
  service: PdService,
  { title, urgency }: IncidentTitle,
  at: Date,
) {
  return {
    id: ids.incident(),
    serviceId: service.id,
    title,
    urgency: service.urgency === 'high' ? ('high' as const) : urgency,
    incidentKey: ids.hexKey(),
    at,
  };
}

/**
 * The longest a routine incident waits to be acknowledged, and then to be
 * resolved: the history's incidents are all back within two hours, so the
 * demo's outages longer than a plan's RTO are the ones its post-mortems
 * review, the same on every run.
 */
const ROUTINE_ACKNOWLEDGEMENT_MAX = 15 * MINUTE;
const ROUTINE_RESOLUTION_MAX = 75 * MINUTE;

/**
 * Past incidents on a service: a Poisson process over the window, each
 * acknowledged within minutes (a few never are: the monitor resolved them)
 * and resolved within the hour or so, never later than two hours.
 */
export function addIncidentHistory(
  context: SeedContext,
  service: PdService,
  options: { from: Date; to: Date; perMonth: number; titles: IncidentTitle[] },
) {
  const { account, ids, random, now } = context;
  const meanGap = (30 * DAY) / options.perMonth;
  for (
    let at = options.from.getTime() + random.exponential(meanGap);
    at < options.to.getTime();
    at += random.exponential(meanGap)
  ) {
    const createdAt = new Date(Math.floor(at / 1000) * 1000);
    const { title, urgency } = random.pick(options.titles);
    const acknowledged = random.chance(0.9);
    const acknowledgedAt = acknowledged
      ? new Date(
          createdAt.getTime() +
            30_000 +
            Math.min(
              Math.round(random.exponential(4 * MINUTE)),
              ROUTINE_ACKNOWLEDGEMENT_MAX,
            ),
        )
      : undefined;
    const resolvedAt = new Date(
      (acknowledgedAt ?? createdAt).getTime() +
        5 * MINUTE +
        Math.min(
          Math.round(random.exponential(45 * MINUTE)),
          ROUTINE_RESOLUTION_MAX,
        ),
    );
    const history: IncidentHistory = {
      ...newIncident(ids, service, { title, urgency }, createdAt),
      acknowledgedAt,
      resolvedAt,
      resolvedByMonitoring: !acknowledged || random.chance(0.2),
      notes:
        acknowledgedAt && random.chance(0.3)
          ? [
              {
                at: new Date(
                  (acknowledgedAt.getTime() + resolvedAt.getTime()) / 2,
                ),
                text: random.pick(FOLLOW_UP_NOTES),
              },
            ]
          : [],
    };
    replayIncident(account, ids, history, now);
  }
}

/** Incidents that are open right now: the first still triggered, the others acknowledged. */
export function addOpenIncidents(
  context: SeedContext,
  targets: Array<{ service: PdService; titles: IncidentTitle[] }>,
) {
  const { account, ids, random, now } = context;
  targets.forEach(({ service, titles }, index) => {
    const createdAt = new Date(now.getTime() - random.int(10, 180) * MINUTE);
    const { title, urgency } = random.pick(titles);
    const acknowledgedAt =
      index === 0
        ? undefined
        : new Date(
            Math.min(
              createdAt.getTime() + random.int(2, 8) * MINUTE,
              now.getTime(),
            ),
          );
    replayIncident(
      account,
      ids,
      {
        ...newIncident(ids, service, { title, urgency }, createdAt),
        acknowledgedAt,
      },
      now,
    );
  });
}

/** Deploys over the last 60 days, as a CI pipeline would send them to the Change Events API. */
export function addDeployChangeEvents(
  context: SeedContext,
  service: PdService,
) {
  const { account, ids, random, now } = context;
  let minor = random.int(1, 30);
  let patch = 0;
  for (
    let at = now.getTime() - 60 * DAY + random.exponential(5 * DAY);
    at < now.getTime();
    at += random.exponential(5 * DAY)
  ) {
    if (random.chance(0.3)) {
      minor += 1;
      patch = 0;
    } else {
      patch += 1;
    }
    const version = `v2.${minor}.${patch}`;
    account.changeEvents.push({
      id: ids.changeEvent(),
      serviceId: service.id,
      integrationId: service.integrations[0].id,
      summary: `Deployed ${service.name} ${version}`,
      source: 'github-actions',
      timestamp: new Date(Math.floor(at / 1000) * 1000),
      customDetails: { version, commit: random.token(7, HEX_ALPHABET) },
      links: [
        {
          href: `https://github.meridianpay.example/meridianpay/${service.name}/releases/tag/${version}`,
          text: 'Release notes',
        },
      ],
    });
  }
}

/** The urgency PagerDuty gives a severity-based service's event of this severity. */
export function urgencyOfSeverity(severity: string): Urgency {
  return ['critical', 'high', 'error'].includes(severity) ? 'high' : 'low';
}
