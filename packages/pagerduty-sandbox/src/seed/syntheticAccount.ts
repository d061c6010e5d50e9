import { PagerDutyAccount } from '../account/PagerDutyAccount';
import { numberIncidents } from '../account/incidents';
import { PdEscalationPolicy, PdService } from '../account/types';
import * as build from './build';
import { IdFactory, SeededRandom } from './random';

/**
 * The size of a synthetic account, for load and sync benchmarks.
 *
 * @public
 */
export interface SyntheticAccountScale {
  services: number;
  schedules: number;
  /** People per team; default 6. */
  usersPerTeam?: number;
  /** Months of incident history; default 18. */
  historyMonths?: number;
  /** Incidents per service and month; default 0.3. */
  incidentsPerServicePerMonth?: number;
}

const SCHEDULES_PER_TEAM = 3;

/**
 * A large made-up account: teams of six with three schedules each (a paired
 * rota and a standby rota), one escalation policy per team whose levels page
 * those schedules, services spread over the policies, and their incidents.
 */
export function buildSyntheticAccount(
  scale: SyntheticAccountScale,
  options: { seed: number; now: Date; subdomain: string },
): { account: PagerDutyAccount; ids: IdFactory } {
  if (scale.services < 1 || scale.schedules < 1) {
    throw new Error(
      'A synthetic account needs at least one service and one schedule',
    );
  }
  const random = new SeededRandom(options.seed);
  const ids = new IdFactory(random);
  const account = new PagerDutyAccount(options.subdomain, 'UTC');
  const context: build.SeedContext = { account, random, ids, now: options.now };
  const usersPerTeam = scale.usersPerTeam ?? 6;
  const teamCount = Math.ceil(scale.schedules / SCHEDULES_PER_TEAM);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  const policies: PdEscalationPolicy[] = [];
  let schedulesLeft = scale.schedules;
  for (let t = 1; t <= teamCount; t++) {
    const teamName = `Team ${pad(t, 3)}`;
    const userIds = Array.from({ length: usersPerTeam }, (_, u) => {
      const handle = `user${pad(t, 3)}.${u + 1}`;
      return account.add(account.users, {
        id: ids.object(),
        name: `User ${pad(t, 3)}-${u + 1}`,
        email: `${handle}@synthetic.example`,
        timeZone: build.SCHEDULE_TIME_ZONE,
        role: u === 0 ? 'admin' : 'user',
        color: build.userColour(random),
        createdAt: new Date(Date.UTC(2023, 0, 1)),
      }).id;
    });
    const team = account.add(account.teams, {
      id: ids.object(),
      name: teamName,
      description: `Synthetic team ${t}.`,
      members: userIds.map((userId, u) => ({
        userId,
        role: u === 0 ? ('manager' as const) : ('responder' as const),
      })),
    });
    const count = Math.min(SCHEDULES_PER_TEAM, schedulesLeft);
    schedulesLeft -= count;
    const schedules = [
      ...build.addRota(context, {
        title: teamName,
        teamId: team.id,
        userIds: random.shuffle(userIds),
        paired: count >= 2,
        turnLengthSeconds: build.WEEK_SECONDS,
        offsetTurns: random.int(0, usersPerTeam - 1),
      }),
      ...(count === 3
        ? build.addRota(context, {
            title: `${teamName} standby`,
            teamId: team.id,
            userIds: random.shuffle(userIds),
            paired: false,
            turnLengthSeconds: build.WEEK_SECONDS,
            offsetTurns: random.int(0, usersPerTeam - 1),
          })
        : []),
    ];
    policies.push(
      build.addEscalationPolicy(context, {
        name: `${teamName} escalation policy`,
        description: `Synthetic escalation policy of ${teamName}.`,
        teamId: team.id,
        levels: schedules.map(schedule => ({
          type: 'schedule',
          id: schedule.id,
        })),
      }),
    );
  }

  const historyMonths = scale.historyMonths ?? 18;
  const historyStart = new Date(options.now);
  historyStart.setUTCMonth(historyStart.getUTCMonth() - historyMonths);
  const services: PdService[] = [];
  for (let s = 1; s <= scale.services; s++) {
    const policy = policies[(s - 1) % policies.length];
    const service = build.addService(context, {
      name: `service-${pad(s, 4)}`,
      description: `Synthetic service ${s}.`,
      teamId: policy.teamIds[0],
      policyId: policy.id,
      alwaysHighUrgency: s % 4 === 0,
    });
    services.push(service);
    const titles = [
      {
        title: `service-${pad(s, 4)}: error rate above threshold`,
        urgency: 'high' as const,
      },
      {
        title: `service-${pad(s, 4)}: queue backlog growing`,
        urgency: 'low' as const,
      },
    ];
    build.addIncidentHistory(context, service, {
      from: historyStart,
      to: new Date(options.now.getTime() - 86_400_000),
      perMonth: scale.incidentsPerServicePerMonth ?? 0.3,
      titles,
    });
    if (s % 10 === 0) build.addDeployChangeEvents(context, service);
  }
  build.addOpenIncidents(
    context,
    random
      .shuffle(services)
      .slice(0, Math.max(1, Math.round(scale.services / 100)))
      .map(service => ({
        service,
        titles: [
          {
            title: `${service.name}: error rate above threshold`,
            urgency: 'high' as const,
          },
        ],
      })),
  );
  numberIncidents(account);
  return { account, ids };
}
