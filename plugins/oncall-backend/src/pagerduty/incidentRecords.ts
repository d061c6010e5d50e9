import { IncidentRecord } from '../database/OncallStore';
import { PagerDutyIncident } from './types';

function iso(value: string | null | undefined): string | undefined {
  return value ? new Date(value).toISOString() : undefined;
}

function earliest(times: Array<string | undefined>): string | undefined {
  return times
    .filter((t): t is string => Boolean(t))
    .map(t => new Date(t).toISOString())
    .sort()[0];
}

/**
 * An incident as stored. PagerDuty lists the acknowledgements of an incident
 * only while it is acknowledged, and only the current ones; a resolved
 * incident's first acknowledgement is settled from its log entries (see
 * `PagerDutySync`).
 */
export function toIncidentRecord(incident: PagerDutyIncident): IncidentRecord {
  const statusChangedAt = iso(incident.last_status_change_at);
  return {
    id: incident.id,
    number: incident.incident_number,
    title: incident.title,
    status: incident.status,
    urgency: incident.urgency,
    serviceId: incident.service.id,
    createdAt: new Date(incident.created_at).toISOString(),
    acknowledgedAt:
      incident.status === 'acknowledged'
        ? earliest([
            ...(incident.acknowledgements ?? []).map(a => a.at),
            statusChangedAt,
          ])
        : undefined,
    resolvedAt:
      incident.status === 'resolved'
        ? iso(incident.resolved_at) ?? statusChangedAt
        : undefined,
    htmlUrl: incident.html_url,
    incidentKey: incident.incident_key ?? undefined,
  };
}
