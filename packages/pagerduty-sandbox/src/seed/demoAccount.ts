import { PagerDutyAccount } from '../account/PagerDutyAccount';
import { numberIncidents, replayIncident } from '../account/incidents';
import { PdEscalationTarget, PdService, UserRole } from '../account/types';
import * as build from './build';
import { DemoOrganisation, DemoPostmortem, DemoSquad } from './catalog';
import { IdFactory, SeededRandom } from './random';

const MINUTE = 60_000;
const HISTORY_MONTHS = 18;

/**
 * How each squad is set up in PagerDuty; the seed decides which squad gets which.
 *
 * @public
 */
export interface SquadOnCallSetup {
  squad: string;
  paired: boolean;
  levels: number;
}

/**
 * Who is on call how, decided beforehand (the scale profile decides it for its
 * account); without it the seed decides for the demo organisation.
 *
 * @public
 */
export interface OnCallPlan {
  /** One setup per squad of the organisation. */
  squads: SquadOnCallSetup[];
  /** Users (entity names) left without a PagerDuty user. */
  usersWithoutPagerDuty: string[];
  /** PagerDuty services no catalog entity points at; two made-up ones by default. */
  servicesWithoutEntity?: Array<{ name: string; description: string }>;
}

/**
 * What the seed chose, for tests, the CLI and the README.
 *
 * @public
 */
export interface DemoAccountFacts {
  /** Catalog users (entity names) deliberately left without a PagerDuty user. */
  usersWithoutPagerDuty: string[];
  squads: SquadOnCallSetup[];
  /** PagerDuty services that no catalog entity points at. */
  servicesWithoutEntity: string[];
  postmortemIncidents: number;
  openIncidents: number;
}

/** PagerDuty services that exist in the account but not in the catalog, as in any real account. */
const UNCATALOGUED_SERVICES = [
  { name: 'corporate-vpn', description: 'Staff VPN concentrators.' },
  {
    name: 'legacy-check-imaging',
    description: 'Check image archive, retiring in 2027.',
  },
];

const GENERIC_TITLES = [
  'error rate above threshold',
  'p99 latency above SLO',
  'health check failing',
];

/**
 * Which squads are paired and how many escalation levels each has: one squad
 * with a single level, two single rotas with the squad lead as level 2, and
 * paired rotas (secondary at level 2, the lead at level 3 for some) for the rest.
 */
function planSquads(
  random: SeededRandom,
  squads: DemoSquad[],
): SquadOnCallSetup[] {
  const plans = random.shuffle(squads).map((squad, index): SquadOnCallSetup => {
    if (index === 0) return { squad: squad.name, paired: false, levels: 1 };
    if (index <= 2) return { squad: squad.name, paired: false, levels: 2 };
    return { squad: squad.name, paired: true, levels: random.pick([2, 3]) };
  });
  const paired = plans.filter(plan => plan.paired);
  if (paired.length > 0 && !paired.some(plan => plan.levels === 3)) {
    paired[0].levels = 3;
  }
  return plans.sort((a, b) => a.squad.localeCompare(b.squad));
}

/** Two to four squad members who never got a PagerDuty user, at most one per squad and never a lead. */
function pickUsersWithoutPagerDuty(
  random: SeededRandom,
  org: DemoOrganisation,
): Set<string> {
  const candidatesBySquad = org.squads
    .map(squad =>
      org.users
        .filter(
          user =>
            user.groupNames.includes(squad.name) &&
            user.name !== squad.leadName,
        )
        .map(user => user.name),
    )
    .filter(candidates => candidates.length >= 3);
  const count = Math.min(random.int(2, 4), candidatesBySquad.length);
  return new Set(
    random
      .shuffle(candidatesBySquad)
      .slice(0, count)
      .map(candidates => random.pick(candidates)),
  );
}

function roleOf(
  org: DemoOrganisation,
  userName: string,
  groupNames: string[],
): UserRole {
  if (org.squads.some(squad => squad.leadName === userName)) return 'admin';
  if (groupNames.some(group => org.squads.some(squad => squad.name === group)))
    return 'user';
  if (groupNames.includes('auditors')) return 'read_only_user';
  return 'observer';
}

/**
 * The incidents of a post-mortem, on its services (in order, the first
 * service with a PagerDuty service first), acknowledged by its first
 * responder with a PagerDuty user, resolved when the post-mortem says, with
 * the timeline as notes.
 */
function addPostmortemIncidents(
  context: build.SeedContext,
  postmortem: DemoPostmortem,
  serviceIdsByName: Map<string, string>,
  fallbackServiceIds: string[],
  userIdsByName: Map<string, string>,
): number {
  const { account, ids, random, now } = context;
  if (postmortem.detectedAt > now) return 0;
  const named = postmortem.serviceNames
    .map(name => serviceIdsByName.get(name))
    .filter((id): id is string => Boolean(id));
  const serviceIds = named.length > 0 ? named : fallbackServiceIds;
  if (serviceIds.length === 0) return 0;
  const responderId = postmortem.participantNames
    .map(name => userIdsByName.get(name))
    .find(Boolean);
  const resolvedAt =
    postmortem.resolvedAt <= now ? postmortem.resolvedAt : undefined;
  postmortem.incidentIds.forEach((incidentId, index) => {
    const createdAt = new Date(
      postmortem.detectedAt.getTime() + index * 2 * MINUTE,
    );
    const latestAcknowledgement =
      postmortem.mitigatedAt ?? postmortem.resolvedAt;
    const acknowledgedAt = new Date(
      Math.min(
        createdAt.getTime() + random.int(1, 6) * MINUTE,
        Math.max(latestAcknowledgement.getTime(), createdAt.getTime()),
        now.getTime(),
      ),
    );
    replayIncident(
      account,
      ids,
      {
        id: ids.reserve(incidentId),
        serviceId: serviceIds[index % serviceIds.length],
        title: postmortem.title,
        urgency: build.urgencyOfSeverity(postmortem.severity),
        incidentKey: ids.hexKey(),
        at: createdAt,
        acknowledgedAt,
        acknowledgerId: responderId,
        resolvedAt,
        notes:
          index === 0
            ? postmortem.timeline
                .filter(
                  item =>
                    item.at > acknowledgedAt &&
                    (!resolvedAt || item.at < resolvedAt),
                )
                .filter(item => item.at <= now)
                .map(item => ({ at: item.at, text: item.event }))
            : [],
      },
      now,
    );
  });
  return postmortem.incidentIds.length;
}

/**
 * The PagerDuty account of the demo organisation, the same for the same seed
 * and clock: a team, a rota and an escalation policy per squad, a service per
 * annotated component, the people (bar a few), 18 months of incidents that
 * include every post-mortem's incidents, a few open ones, and recent deploys.
 */
export function buildDemoAccount(
  org: DemoOrganisation,
  options: { seed: number; now: Date; subdomain: string; onCall?: OnCallPlan },
): { account: PagerDutyAccount; ids: IdFactory; facts: DemoAccountFacts } {
  const random = new SeededRandom(options.seed);
  const ids = new IdFactory(random);
  const account = new PagerDutyAccount(options.subdomain, 'UTC');
  const context: build.SeedContext = { account, random, ids, now: options.now };

  // Reserve the catalog's ids so that generated ones never collide with them.
  org.services.forEach(service => ids.reserve(service.serviceId));
  org.postmortems.forEach(postmortem =>
    postmortem.incidentIds.forEach(id => ids.reserve(id)),
  );

  const withoutPagerDuty = options.onCall
    ? new Set(options.onCall.usersWithoutPagerDuty)
    : pickUsersWithoutPagerDuty(random, org);
  const userIdsByName = new Map<string, string>();
  for (const user of org.users) {
    if (withoutPagerDuty.has(user.name)) continue;
    const created = account.add(account.users, {
      id: ids.object(),
      name: user.displayName,
      email: user.email,
      timeZone: build.SCHEDULE_TIME_ZONE,
      role: roleOf(org, user.name, user.groupNames),
      jobTitle: user.description,
      color: build.userColour(random),
      createdAt: new Date(Date.UTC(2023, random.int(0, 11), random.int(1, 28))),
    });
    userIdsByName.set(user.name, created.id);
  }

  const setups = options.onCall?.squads ?? planSquads(random, org.squads);
  const policyBySquad = new Map<string, { policyId: string; teamId: string }>();
  for (const squad of org.squads) {
    const setup = setups.find(plan => plan.squad === squad.name)!;
    const memberIds = org.users
      .filter(user => user.groupNames.includes(squad.name))
      .map(user => userIdsByName.get(user.name))
      .filter((id): id is string => Boolean(id));
    const leadId = squad.leadName
      ? userIdsByName.get(squad.leadName)
      : undefined;
    const team = account.add(account.teams, {
      id: ids.object(),
      name: squad.title,
      description: `PagerDuty team of the ${squad.title} (catalog group:default/${squad.name}).`,
      members: memberIds.map(userId => ({
        userId,
        role: userId === leadId ? ('manager' as const) : ('responder' as const),
      })),
    });
    const rotation = memberIds.filter(id => id !== leadId);
    const schedules = build.addRota(context, {
      title: squad.title,
      teamId: team.id,
      userIds: random.shuffle(
        rotation.length >= 2 || !leadId ? rotation : [...rotation, leadId],
      ),
      paired: setup.paired,
      turnLengthSeconds: random.chance(0.2)
        ? build.DAY_SECONDS
        : build.WEEK_SECONDS,
      offsetTurns: random.int(0, 6),
    });
    const levels: PdEscalationTarget[] = schedules.map(schedule => ({
      type: 'schedule',
      id: schedule.id,
    }));
    if (leadId) levels.push({ type: 'user', id: leadId });
    const policy = build.addEscalationPolicy(context, {
      name: `${squad.title} escalation policy`,
      description: `Pages the ${squad.title}'s on-call engineer first.`,
      teamId: team.id,
      levels: levels.slice(0, setup.levels),
    });
    policyBySquad.set(squad.name, { policyId: policy.id, teamId: team.id });
  }

  const ownerOf = (ownerName: string) =>
    policyBySquad.get(ownerName) ?? policyBySquad.values().next().value!;
  const serviceIdsByName = new Map<string, string>();
  const titlesByService = new Map<string, build.IncidentTitle[]>();
  const catalogued: PdService[] = [];
  // Every PagerDuty service belongs to a squad's escalation policy: an organisation without
  // squads (plain Components, or a small slice whose services came without theirs) has none.
  const hasPolicies = policyBySquad.size > 0;
  for (const component of hasPolicies ? org.services : []) {
    const owner = ownerOf(component.ownerName);
    const service = build.addService(context, {
      id: component.serviceId,
      name: component.name,
      description: component.description,
      teamId: owner.teamId,
      policyId: owner.policyId,
      // Routing keys stay out of the catalog: a component without the
      // annotation gets a key of the seed's own, the same on every start.
      integrationKey:
        component.integrationKey ??
        ids.derivedHexKey(
          `${options.seed}/${component.serviceId}/events-api-v2`,
        ),
      alwaysHighUrgency: component.criticality === 'critical',
    });
    catalogued.push(service);
    serviceIdsByName.set(component.name, service.id);
    const alertTitles = org.alerts
      .filter(alert => alert.serviceId === service.id)
      .map(alert => ({
        title: alert.title,
        urgency: build.urgencyOfSeverity(alert.severity),
      }));
    titlesByService.set(
      service.id,
      alertTitles.length > 0
        ? alertTitles
        : GENERIC_TITLES.map(title => ({
            title: `${service.name}: ${title}`,
            urgency: 'high' as const,
          })),
    );
  }
  const uncatalogued = (
    hasPolicies
      ? options.onCall?.servicesWithoutEntity ?? UNCATALOGUED_SERVICES
      : []
  ).map(extra => {
    const owner = random.pick([...policyBySquad.values()]);
    const service = build.addService(context, {
      ...extra,
      teamId: owner.teamId,
      policyId: owner.policyId,
      alwaysHighUrgency: false,
    });
    titlesByService.set(
      service.id,
      GENERIC_TITLES.map(title => ({
        title: `${service.name}: ${title}`,
        urgency: 'low' as const,
      })),
    );
    return service;
  });

  let postmortemIncidents = 0;
  for (const postmortem of org.postmortems) {
    const owner = policyBySquad.get(postmortem.ownerName);
    const ownerServiceIds = [...account.services.values()]
      .filter(service => owner && service.escalationPolicyId === owner.policyId)
      .map(service => service.id);
    postmortemIncidents += addPostmortemIncidents(
      context,
      postmortem,
      serviceIdsByName,
      ownerServiceIds,
      userIdsByName,
    );
  }

  const historyStart = new Date(options.now);
  historyStart.setUTCMonth(historyStart.getUTCMonth() - HISTORY_MONTHS);
  const historyEnd = new Date(options.now.getTime() - 86_400_000);
  const perMonth: Record<string, number> = {
    critical: 1,
    high: 0.7,
    medium: 0.4,
  };
  const criticalityOf = new Map(
    org.services.map(s => [s.serviceId, s.criticality ?? 'low']),
  );
  for (const service of [...catalogued, ...uncatalogued]) {
    build.addIncidentHistory(context, service, {
      from: historyStart,
      to: historyEnd,
      perMonth: perMonth[criticalityOf.get(service.id) ?? 'low'] ?? 0.3,
      titles: titlesByService.get(service.id)!,
    });
    build.addDeployChangeEvents(context, service);
  }

  const open = random.shuffle(catalogued).slice(0, random.int(1, 3));
  build.addOpenIncidents(
    context,
    open.map(service => ({
      service,
      titles: titlesByService.get(service.id)!,
    })),
  );
  numberIncidents(account);

  return {
    account,
    ids,
    facts: {
      usersWithoutPagerDuty: [...withoutPagerDuty].sort(),
      squads: setups,
      servicesWithoutEntity: uncatalogued.map(service => service.name),
      postmortemIncidents,
      openIncidents: open.length,
    },
  };
}
