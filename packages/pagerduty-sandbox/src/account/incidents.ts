import { IdFactory } from '../seed/random';
import { PagerDutyAccount } from './PagerDutyAccount';
import { usersOnCallAt } from './oncall';
import { PdAgent, PdIncident, PdLogEntry, Urgency } from './types';

/**
 * The life of an incident, as PagerDuty records it: every change appends a log
 * entry. The Events API and the seed both go through these functions, so
 * history and live incidents look alike.
 */

function agentName(account: PagerDutyAccount, agent: PdAgent): string {
  return agent.type === 'user'
    ? account.users.get(agent.id)?.name ?? agent.id
    : account.services.get(agent.id)?.name ?? agent.id;
}

function appendLogEntry(
  ids: IdFactory,
  incident: PdIncident,
  entry: Omit<PdLogEntry, 'id'>,
): PdLogEntry {
  const logEntry = { id: ids.logEntry(), ...entry };
  incident.logEntries.push(logEntry);
  return logEntry;
}

/**
 * PagerDuty notifies each person an incident is assigned to, by the method
 * of their notification rules: here a push notification.
 */
function notifyAssignees(
  account: PagerDutyAccount,
  ids: IdFactory,
  incident: PdIncident,
  cause: PdLogEntry,
  userIds: string[],
) {
  for (const userId of userIds) {
    incident.logEntries.push({
      id: ids.derivedLogEntry(`${cause.id}/${userId}`),
      kind: 'notify',
      at: cause.at,
      agent: { type: 'service', id: incident.serviceId },
      channel: {
        type: 'auto',
        notification: { type: 'push_notification', status: 'success' },
      },
      summary: `Notified ${agentName(account, {
        type: 'user',
        id: userId,
      })} by push notification.`,
      userId,
    });
  }
}

function changeStatus(
  incident: PdIncident,
  status: PdIncident['status'],
  agent: PdAgent,
  at: Date,
) {
  incident.status = status;
  incident.lastStatusChangeAt = at;
  incident.lastStatusChangeBy = agent;
}

/** The first escalation level with someone on call at that time, and who. */
function firstReachableLevel(
  account: PagerDutyAccount,
  policyId: string,
  at: Date,
): { level: number; userIds: string[] } {
  const policy = account.escalationPolicies.get(policyId)!;
  for (let level = 1; level <= policy.rules.length; level++) {
    const userIds = usersOnCallAt(account, policy, level, at);
    if (userIds.length > 0) {
      return { level, userIds };
    }
  }
  return { level: 1, userIds: [] };
}

export interface TriggerDetails {
  id: string;
  number: number;
  serviceId: string;
  title: string;
  urgency: Urgency;
  incidentKey: string;
  at: Date;
  /** What the event carried: shown on the trigger log entry's channel. */
  details?: Record<string, unknown>;
}

export function triggerIncident(
  account: PagerDutyAccount,
  ids: IdFactory,
  trigger: TriggerDetails,
): PdIncident {
  const service = account.services.get(trigger.serviceId)!;
  const agent: PdAgent = { type: 'service', id: service.id };
  const { userIds } = firstReachableLevel(
    account,
    service.escalationPolicyId,
    trigger.at,
  );
  const incident: PdIncident = {
    id: trigger.id,
    number: trigger.number,
    title: trigger.title,
    status: 'triggered',
    urgency: trigger.urgency,
    serviceId: service.id,
    escalationPolicyId: service.escalationPolicyId,
    teamIds: service.teamIds,
    incidentKey: trigger.incidentKey,
    createdAt: trigger.at,
    assignments: userIds.map(userId => ({ userId, at: trigger.at })),
    acknowledgements: [],
    lastStatusChangeAt: trigger.at,
    lastStatusChangeBy: agent,
    alertCount: 1,
    logEntries: [],
  };
  const triggered = appendLogEntry(ids, incident, {
    kind: 'trigger',
    at: trigger.at,
    agent,
    channel: { type: 'api', summary: trigger.title, details: trigger.details },
    summary: 'Triggered through the API.',
  });
  notifyAssignees(account, ids, incident, triggered, userIds);
  return account.addIncident(incident);
}

/** Hands an unacknowledged incident on to the next escalation level. */
export function escalateIncident(
  account: PagerDutyAccount,
  ids: IdFactory,
  incident: PdIncident,
  level: number,
  at: Date,
) {
  const policy = account.escalationPolicies.get(incident.escalationPolicyId)!;
  const userIds = usersOnCallAt(account, policy, level, at);
  incident.assignments = userIds.map(userId => ({ userId, at }));
  const escalated = appendLogEntry(ids, incident, {
    kind: 'escalate',
    at,
    agent: { type: 'service', id: incident.serviceId },
    channel: { type: 'timeout' },
    summary: `Escalated to level ${level} by the escalation policy.`,
    assigneeIds: userIds,
  });
  notifyAssignees(account, ids, incident, escalated, userIds);
}

/** Who changes an incident's status, and when; the account names the agent in its log. */
export interface IncidentStatusChange {
  account: PagerDutyAccount;
  ids: IdFactory;
  agent: PdAgent;
  at: Date;
}

export function acknowledgeIncident(
  incident: PdIncident,
  { account, ids, agent, at }: IncidentStatusChange,
) {
  if (incident.status === 'resolved') return;
  changeStatus(incident, 'acknowledged', agent, at);
  incident.acknowledgedAt ??= at;
  incident.acknowledgements = [{ agent, at }];
  appendLogEntry(ids, incident, {
    kind: 'acknowledge',
    at,
    agent,
    channel: { type: agent.type === 'user' ? 'mobile' : 'api' },
    summary: `Acknowledged by ${agentName(account, agent)}.`,
  });
}

export function annotateIncident(
  ids: IdFactory,
  incident: PdIncident,
  agent: PdAgent,
  at: Date,
  note: string,
) {
  appendLogEntry(ids, incident, {
    kind: 'annotate',
    at,
    agent,
    channel: { type: 'note' },
    summary: 'Note added.',
    note,
  });
}

export function resolveIncident(
  incident: PdIncident,
  { account, ids, agent, at }: IncidentStatusChange,
) {
  if (incident.status === 'resolved') return;
  changeStatus(incident, 'resolved', agent, at);
  incident.resolvedAt = at;
  incident.assignments = [];
  incident.acknowledgements = [];
  appendLogEntry(ids, incident, {
    kind: 'resolve',
    at,
    agent,
    channel: { type: agent.type === 'user' ? 'website' : 'api' },
    summary:
      agent.type === 'user'
        ? `Resolved by ${agentName(account, agent)}.`
        : 'Resolved through the API.',
  });
}

/** How a past (or still open) incident went, for the seed. */
export interface IncidentHistory extends Omit<TriggerDetails, 'number'> {
  acknowledgedAt?: Date;
  /** Who acknowledged, when not the person on call (e.g. a post-mortem's responder). */
  acknowledgerId?: string;
  resolvedAt?: Date;
  /** Resolved by the monitoring tool's resolve event rather than by a person. */
  resolvedByMonitoring?: boolean;
  notes?: Array<{ at: Date; text: string }>;
}

/**
 * Replays an incident's history through the same steps as a live one,
 * including escalations while nobody acknowledged it (up to `now`).
 */
export function replayIncident(
  account: PagerDutyAccount,
  ids: IdFactory,
  history: IncidentHistory,
  now: Date,
): PdIncident {
  const incident = triggerIncident(account, ids, { ...history, number: 0 });
  const policy = account.escalationPolicies.get(incident.escalationPolicyId)!;
  const answeredAt = history.acknowledgedAt ?? history.resolvedAt ?? now;
  let escalatesAt = incident.createdAt.getTime();
  for (let level = 2; level <= policy.rules.length; level++) {
    escalatesAt += policy.rules[level - 2].delayMinutes * 60_000;
    if (escalatesAt >= answeredAt.getTime()) break;
    escalateIncident(account, ids, incident, level, new Date(escalatesAt));
  }
  const responderId = history.acknowledgerId ?? incident.assignments[0]?.userId;
  const responder: PdAgent | undefined = responderId
    ? { type: 'user', id: responderId }
    : undefined;
  if (history.acknowledgedAt && responder) {
    acknowledgeIncident(incident, {
      account,
      ids,
      agent: responder,
      at: history.acknowledgedAt,
    });
  }
  for (const note of history.notes ?? []) {
    if (responder)
      annotateIncident(ids, incident, responder, note.at, note.text);
  }
  if (history.resolvedAt) {
    const resolver: PdAgent =
      history.resolvedByMonitoring || !responder
        ? { type: 'service', id: incident.serviceId }
        : responder;
    resolveIncident(incident, {
      account,
      ids,
      agent: resolver,
      at: history.resolvedAt,
    });
  }
  // Notes written during the incident sit between the other entries (the sort is stable).
  incident.logEntries.sort((a, b) => a.at.getTime() - b.at.getTime());
  return incident;
}

/** Numbers incidents in the order they were created, as PagerDuty does. */
export function numberIncidents(account: PagerDutyAccount) {
  [...account.incidents.values()]
    .sort(
      (a, b) =>
        a.createdAt.getTime() - b.createdAt.getTime() ||
        a.id.localeCompare(b.id),
    )
    .forEach((incident, index) => {
      incident.number = index + 1;
    });
}
