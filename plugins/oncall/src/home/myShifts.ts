import type {
  OncallIncidentItem,
  OncallShift,
} from '@readiness/plugin-oncall-common';

/**
 * The shifts a person is on now, and their next one to come: the shifts answer lists every
 * shift in the synced window, soonest first.
 */
export function nowAndNext(shifts: OncallShift[]): OncallShift[] {
  const now = shifts.filter(shift => shift.now);
  const next = shifts.find(shift => !shift.now);
  return next ? [...now, next] : now;
}

/** The incidents still open (triggered or acknowledged), newest first, each once. */
export function openIncidents(
  lists: OncallIncidentItem[][],
): OncallIncidentItem[] {
  const byId = new Map<string, OncallIncidentItem>();
  for (const incident of lists.flat()) {
    if (incident.status !== 'resolved') byId.set(incident.id, incident);
  }
  return [...byId.values()].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
}
