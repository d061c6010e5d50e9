import express, { Request } from 'express';
import { DateTime } from 'luxon';
import {
  ACCOUNT_ABILITIES,
  PagerDutyAccount,
} from '../account/PagerDutyAccount';
import {
  clipShifts,
  finalShifts,
  layerShifts,
  listOnCalls,
} from '../account/oncall';
import { PdIncident } from '../account/types';
import { invalidDateRange, invalidInput, notFound } from './errors';
import { paginate } from './pagination';
import { QueryParams } from './params';
import { Renderer } from './render';

type Json = Record<string, unknown>;

interface RequestContext {
  account: PagerDutyAccount;
  query: QueryParams;
  params: Record<string, string>;
  now: Date;
  /** A renderer for the given time zone. */
  renderer(zone: string): Renderer;
}

const DAY = 86_400_000;
const INCIDENT_STATUSES = ['triggered', 'acknowledged', 'resolved'] as const;
const INCIDENT_INCLUDES = [
  'acknowledgers',
  'agents',
  'assignees',
  'conference_bridge',
  'escalation_policies',
  'first_trigger_log_entries',
  'priorities',
  'services',
  'teams',
  'users',
];

function find<T>(map: Map<string, T>, id: string): T {
  const item = map.get(id);
  if (!item) throw notFound();
  return item;
}

function byName<T extends { name: string }>(items: Iterable<T>): T[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name));
}

function matchesText(text: string | undefined, ...fields: string[]): boolean {
  if (!text) return true;
  const lower = text.toLowerCase();
  return fields.some(field => field.toLowerCase().includes(lower));
}

function inTeams(
  teamIds: string[] | undefined,
  itemTeamIds: string[],
): boolean {
  return !teamIds || itemTeamIds.some(id => teamIds.includes(id));
}

/** `sort_by=name`, `name:asc` or `name:desc`. */
function sortByName<T extends { name: string }>(
  items: T[],
  query: QueryParams,
): T[] {
  const sortBy = query.string('sort_by') ?? 'name';
  if (!['name', 'name:asc', 'name:desc'].includes(sortBy)) {
    throw invalidInput(
      `sort_by must be name, name:asc or name:desc (got "${sortBy}")`,
    );
  }
  const sorted = byName(items);
  return sortBy === 'name:desc' ? sorted.reverse() : sorted;
}

function requireOrder(since: Date, until: Date) {
  if (since > until) {
    throw invalidDateRange('since must not be after until');
  }
}

// --- services -----------------------------------------------------------

const SERVICE_INCLUDES = [
  'escalation_policies',
  'teams',
  'integrations',
  'auto_pause_notifications_parameters',
];

function listServices({ account, query, renderer }: RequestContext): Json {
  const includes = query.includes(SERVICE_INCLUDES);
  const render = renderer(query.timeZone(account.timeZone));
  const text = query.string('query');
  const name = query.string('name');
  const teamIds = query.list('team_ids');
  const services = sortByName(
    [...account.services.values()].filter(
      service =>
        // The Backstage PagerDuty card finds a service by querying its integration key.
        (matchesText(text, service.name) ||
          service.integrations.some(integration => integration.key === text)) &&
        (!name || service.name === name) &&
        inTeams(teamIds, service.teamIds),
    ),
    query,
  );
  const page = paginate(services, query);
  return {
    services: page.items.map(service => render.service(service, includes)),
    ...page.meta,
  };
}

function getService({
  account,
  query,
  params,
  renderer,
}: RequestContext): Json {
  const includes = query.includes(SERVICE_INCLUDES);
  const service = find(account.services, params.id);
  return { service: renderer(account.timeZone).service(service, includes) };
}

function listServiceChangeEvents({
  account,
  query,
  params,
  renderer,
}: RequestContext): Json {
  find(account.services, params.id);
  const since = query.utcDate('since');
  const until = query.utcDate('until');
  const teamIds = query.list('team_ids');
  const integrationIds = query.list('integration_ids');
  const events = account.changeEvents
    .filter(
      event =>
        event.serviceId === params.id &&
        (!since || event.timestamp >= since) &&
        (!until || event.timestamp <= until) &&
        (!integrationIds || integrationIds.includes(event.integrationId)) &&
        inTeams(teamIds, account.services.get(event.serviceId)!.teamIds),
    )
    .sort((a, b) => b.timestamp.getTime() - a.timestamp.getTime());
  const page = paginate(events, query);
  const render = renderer('UTC');
  return {
    change_events: page.items.map(event => render.changeEvent(event)),
    ...page.meta,
  };
}

// --- escalation policies ------------------------------------------------

const POLICY_INCLUDES = [
  'services',
  'teams',
  'targets',
  'escalation_rule_assignment_strategies',
];

function listEscalationPolicies({
  account,
  query,
  renderer,
}: RequestContext): Json {
  const includes = query.includes(POLICY_INCLUDES);
  const text = query.string('query');
  const userIds = query.list('user_ids');
  const teamIds = query.list('team_ids');
  const pagesUser = (policyId: string) => {
    const policy = account.escalationPolicies.get(policyId)!;
    return policy.rules.some(rule =>
      rule.targets.some(target =>
        target.type === 'user'
          ? userIds!.includes(target.id)
          : account.schedules
              .get(target.id)
              ?.layers.some(layer =>
                layer.userIds.some(id => userIds!.includes(id)),
              ),
      ),
    );
  };
  const policies = sortByName(
    [...account.escalationPolicies.values()].filter(
      policy =>
        matchesText(text, policy.name) &&
        inTeams(teamIds, policy.teamIds) &&
        (!userIds || pagesUser(policy.id)),
    ),
    query,
  );
  const page = paginate(policies, query);
  const render = renderer(account.timeZone);
  return {
    escalation_policies: page.items.map(policy =>
      render.escalationPolicy(policy, includes),
    ),
    ...page.meta,
  };
}

function getEscalationPolicy({
  account,
  query,
  params,
  renderer,
}: RequestContext): Json {
  const includes = query.includes(POLICY_INCLUDES);
  const policy = find(account.escalationPolicies, params.id);
  return {
    escalation_policy: renderer(account.timeZone).escalationPolicy(
      policy,
      includes,
    ),
  };
}

// --- schedules ----------------------------------------------------------

/**
 * The window of rendered schedule entries: two weeks from `since`, or up to
 * `until`, or from now.
 */
function scheduleWindow(query: QueryParams, zone: string, now: Date) {
  const since = query.date('since', zone);
  const until = query.date('until', zone);
  const start = since ?? (until ? new Date(until.getTime() - 14 * DAY) : now);
  const end = until ?? new Date(start.getTime() + 14 * DAY);
  requireOrder(start, end);
  return { since: start, until: end };
}

function nextOnCallForUser(
  context: RequestContext,
  render: Renderer,
  scheduleId: string,
): Json {
  const userId = context.query.string('include_next_oncall_for_user');
  if (!userId) return {};
  const schedule = context.account.schedules.get(scheduleId)!;
  const next = finalShifts(
    schedule,
    context.now,
    new Date(context.now.getTime() + 90 * DAY),
  ).find(shift => shift.userId === userId);
  return next
    ? {
        next_oncall_for_user: {
          start: render.time(next.start),
          end: render.time(next.end),
          user: render.userRef(userId),
        },
      }
    : {};
}

/** The schedule with its layers, overrides and final schedule rendered over the window. */
function scheduleDetails(
  context: RequestContext,
  zone: string,
  scheduleId: string,
  parts: Set<string>,
): Json {
  const schedule = context.account.schedules.get(scheduleId)!;
  const render = context.renderer(zone);
  const { since, until } = scheduleWindow(context.query, zone, context.now);
  const overflow = context.query.boolean('overflow') ?? false;
  const shown = (shifts: ReturnType<typeof finalShifts>) =>
    render.renderedEntries(
      overflow ? shifts : clipShifts(shifts, since, until),
      since,
      until,
    );
  return {
    ...render.schedule(schedule),
    ...(parts.has('schedule_layers')
      ? {
          schedule_layers: schedule.layers.map((layer, index) =>
            render.scheduleLayer(
              schedule,
              index,
              shown(layerShifts(layer, schedule.timeZone, since, until)),
            ),
          ),
        }
      : {}),
    ...(parts.has('overrides_subschedule')
      ? {
          overrides_subschedule: {
            name: 'Overrides',
            rendered_schedule_entries: [],
            rendered_coverage_percentage: 0,
          },
        }
      : {}),
    ...(parts.has('final_schedule')
      ? {
          final_schedule: {
            name: 'Final Schedule',
            ...shown(finalShifts(schedule, since, until)),
          },
        }
      : {}),
    ...nextOnCallForUser(context, render, scheduleId),
  };
}

function listSchedules(context: RequestContext): Json {
  const { account, query } = context;
  const parts = query.includes([
    'schedule_layers',
    'overrides_subschedule',
    'final_schedule',
  ]);
  const zone = query.timeZone(account.timeZone);
  const text = query.string('query');
  const teamIds = query.list('team_ids');
  const schedules = byName(account.schedules.values()).filter(
    schedule =>
      matchesText(text, schedule.name) && inTeams(teamIds, schedule.teamIds),
  );
  const page = paginate(schedules, query);
  return {
    schedules: page.items.map(schedule =>
      scheduleDetails(context, zone, schedule.id, parts),
    ),
    ...page.meta,
  };
}

function getSchedule(context: RequestContext): Json {
  const { account, query, params } = context;
  const schedule = find(account.schedules, params.id);
  return {
    schedule: scheduleDetails(
      context,
      query.timeZone(schedule.timeZone),
      schedule.id,
      new Set(['schedule_layers', 'overrides_subschedule', 'final_schedule']),
    ),
  };
}

// --- on-calls -----------------------------------------------------------

function listOnCallsRoute({
  account,
  query,
  renderer,
  now,
}: RequestContext): Json {
  const includes = query.includes([
    'escalation_policies',
    'users',
    'schedules',
  ]);
  const zone = query.timeZone(account.timeZone);
  const since = query.date('since', zone) ?? now;
  // On-call shifts are known up to 90 days ahead, as in PagerDuty.
  const horizon = new Date(now.getTime() + 90 * DAY);
  const requestedUntil =
    query.date('until', zone) ?? (query.string('since') ? since : now);
  const until = requestedUntil > horizon ? horizon : requestedUntil;
  requireOrder(since, until);
  const onCalls = listOnCalls(account, {
    since,
    until,
    policyIds: query.list('escalation_policy_ids'),
    scheduleIds: query.list('schedule_ids'),
    userIds: query.list('user_ids'),
    earliest: query.boolean('earliest'),
  }).sort(
    (a, b) =>
      a.policy.name.localeCompare(b.policy.name) ||
      a.level - b.level ||
      (a.start?.getTime() ?? 0) - (b.start?.getTime() ?? 0),
  );
  const page = paginate(onCalls, query);
  const render = renderer(zone);
  return {
    oncalls: page.items.map(onCall => render.onCall(onCall, includes)),
    ...page.meta,
  };
}

// --- users and teams ----------------------------------------------------

const USER_INCLUDES = [
  'contact_methods',
  'notification_rules',
  'teams',
  'subdomains',
];

function listUsers({ account, query, renderer }: RequestContext): Json {
  const includes = query.includes(USER_INCLUDES);
  const text = query.string('query');
  const teamIds = query.list('team_ids');
  const users = byName(account.users.values()).filter(
    user =>
      matchesText(text, user.name, user.email) &&
      inTeams(
        teamIds,
        account.teamsOfUser(user.id).map(team => team.id),
      ),
  );
  const page = paginate(users, query);
  const render = renderer(account.timeZone);
  return {
    users: page.items.map(user => render.user(user, includes)),
    ...page.meta,
  };
}

function getUser({ account, query, params, renderer }: RequestContext): Json {
  const includes = query.includes([...USER_INCLUDES, 'calendar_urls']);
  return {
    user: renderer(account.timeZone).user(
      find(account.users, params.id),
      includes,
    ),
  };
}

function listTeams({ account, query, renderer }: RequestContext): Json {
  const text = query.string('query');
  const page = paginate(
    byName(account.teams.values()).filter(team => matchesText(text, team.name)),
    query,
  );
  const render = renderer(account.timeZone);
  return { teams: page.items.map(team => render.team(team)), ...page.meta };
}

function getTeam({ account, query, params, renderer }: RequestContext): Json {
  query.includes(['privileges']);
  return {
    team: renderer(account.timeZone).team(find(account.teams, params.id)),
  };
}

function listTeamMembers({
  account,
  query,
  params,
  renderer,
}: RequestContext): Json {
  const includes = query.includes(['users']);
  const team = find(account.teams, params.id);
  const page = paginate(team.members, query);
  const render = renderer(account.timeZone);
  return {
    members: page.items.map(member => ({
      user: render.userOrRef(member.userId, includes.has('users')),
      role: member.role,
    })),
    ...page.meta,
  };
}

// --- incidents ----------------------------------------------------------

const INCIDENT_SORT_FIELDS = [
  'incident_number',
  'created_at',
  'resolved_at',
  'urgency',
];

function incidentSortKey(incident: PdIncident, field: string): number {
  switch (field) {
    case 'incident_number':
      return incident.number;
    case 'resolved_at':
      return incident.resolvedAt?.getTime() ?? Number.MAX_SAFE_INTEGER;
    case 'urgency':
      return incident.urgency === 'high' ? 1 : 0;
    default:
      return incident.createdAt.getTime();
  }
}

/** `sort_by=created_at:desc,incident_number`: at most two fields, ascending by default. */
function incidentComparator(query: QueryParams) {
  const sortBy = query.string('sort_by');
  const fields = (sortBy ? sortBy.split(',') : ['created_at']).map(part => {
    const [field, direction = 'asc'] = part.split(':');
    if (
      !INCIDENT_SORT_FIELDS.includes(field) ||
      !['asc', 'desc'].includes(direction)
    ) {
      throw invalidInput(
        `sort_by must be ${INCIDENT_SORT_FIELDS.join(
          ', ',
        )} with an optional :asc or :desc (got "${part}")`,
      );
    }
    return { field, sign: direction === 'desc' ? -1 : 1 };
  });
  if (fields.length > 2) {
    throw invalidInput('sort_by takes at most two fields');
  }
  return (a: PdIncident, b: PdIncident) => {
    for (const { field, sign } of fields) {
      const difference = incidentSortKey(a, field) - incidentSortKey(b, field);
      if (difference !== 0) return sign * difference;
    }
    return a.number - b.number;
  };
}

/**
 * The creation window: one month up to now by default, at most six months,
 * or everything with `date_range=all`.
 */
function incidentWindow(query: QueryParams, zone: string, now: Date) {
  const dateRange = query.string('date_range');
  if (dateRange !== undefined && dateRange !== 'all') {
    throw invalidInput(`date_range must be all (got "${dateRange}")`);
  }
  if (dateRange === 'all') return undefined;
  const since = query.date('since', zone);
  const until = query.date('until', zone) ?? now;
  const start =
    since ?? DateTime.fromJSDate(until).minus({ months: 1 }).toJSDate();
  requireOrder(start, until);
  if (DateTime.fromJSDate(start).plus({ months: 6 }).toJSDate() < until) {
    throw invalidDateRange(
      'The date range between since and until must not exceed 6 months',
    );
  }
  return { since: start, until };
}

function listIncidents({
  account,
  query,
  renderer,
  now,
}: RequestContext): Json {
  const includes = query.includes(INCIDENT_INCLUDES);
  const zone = query.timeZone('UTC');
  const window = incidentWindow(query, zone, now);
  const statuses = query.oneOfList('statuses', INCIDENT_STATUSES);
  const urgencies = query.oneOfList('urgencies', ['high', 'low']);
  const serviceIds = query.list('service_ids');
  const teamIds = query.list('team_ids');
  const userIds = query.list('user_ids');
  const incidentKey = query.string('incident_key');
  const compare = incidentComparator(query);
  const incidents = [...account.incidents.values()]
    .filter(
      incident =>
        (!window ||
          (incident.createdAt >= window.since &&
            incident.createdAt <= window.until)) &&
        (!statuses || statuses.includes(incident.status)) &&
        (!urgencies || urgencies.includes(incident.urgency)) &&
        (!serviceIds || serviceIds.includes(incident.serviceId)) &&
        inTeams(teamIds, incident.teamIds) &&
        (!userIds ||
          incident.assignments.some(a => userIds.includes(a.userId))) &&
        (!incidentKey || incident.incidentKey === incidentKey),
    )
    .sort(compare);
  const page = paginate(incidents, query);
  const render = renderer(zone);
  return {
    incidents: page.items.map(incident => render.incident(incident, includes)),
    ...page.meta,
  };
}

function getIncident({
  account,
  query,
  params,
  renderer,
}: RequestContext): Json {
  const includes = query.includes([...INCIDENT_INCLUDES, 'custom_fields']);
  const incident = find(account.incidents, params.id);
  return { incident: renderer('UTC').incident(incident, includes) };
}

/**
 * Log entries newest first; `is_overview=true` keeps the status changes only,
 * leaving out notes and notifications.
 */
function listIncidentLogEntries({
  account,
  query,
  params,
  renderer,
}: RequestContext): Json {
  const includes = query.includes([
    'incidents',
    'services',
    'channels',
    'teams',
  ]);
  const zone = query.timeZone(account.timeZone);
  const incident = find(account.incidents, params.id);
  const since = query.date('since', zone);
  const until = query.date('until', zone);
  const overview = query.boolean('is_overview') ?? false;
  const entries = incident.logEntries
    .filter(
      entry =>
        (!since || entry.at >= since) &&
        (!until || entry.at <= until) &&
        (!overview || (entry.kind !== 'annotate' && entry.kind !== 'notify')),
    )
    .reverse();
  const page = paginate(entries, query);
  const render = renderer(zone);
  return {
    log_entries: page.items.map(entry =>
      render.logEntry(incident, entry, includes),
    ),
    ...page.meta,
  };
}

// --- router -------------------------------------------------------------

const ROUTES: Array<[string, (context: RequestContext) => Json]> = [
  ['/abilities', () => ({ abilities: ACCOUNT_ABILITIES })],
  ['/services', listServices],
  ['/services/:id', getService],
  ['/services/:id/change_events', listServiceChangeEvents],
  ['/escalation_policies', listEscalationPolicies],
  ['/escalation_policies/:id', getEscalationPolicy],
  ['/schedules', listSchedules],
  ['/schedules/:id', getSchedule],
  ['/oncalls', listOnCallsRoute],
  ['/users', listUsers],
  ['/users/:id', getUser],
  ['/teams', listTeams],
  ['/teams/:id', getTeam],
  ['/teams/:id/members', listTeamMembers],
  ['/incidents', listIncidents],
  ['/incidents/:id', getIncident],
  ['/incidents/:id/log_entries', listIncidentLogEntries],
];

/** The read-only REST API v2 subset. */
export function createRestApi(options: {
  account: PagerDutyAccount;
  clock: () => Date;
}): express.Router {
  const router = express.Router();
  for (const [path, handler] of ROUTES) {
    router.get(path, (request: Request, response) => {
      const apiBase = `${request.protocol}://${request.get('host')}${
        request.baseUrl
      }`;
      response.json(
        handler({
          account: options.account,
          query: QueryParams.fromUrl(request.originalUrl),
          params: request.params,
          now: options.clock(),
          renderer: zone => new Renderer(options.account, apiBase, zone),
        }),
      );
    });
  }
  return router;
}
