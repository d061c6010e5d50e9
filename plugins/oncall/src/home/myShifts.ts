import type {
  OncallIncidentItem,
  OnCallGroup,
} from '@readiness/plugin-oncall-common';

/** One of the signed-in person's shifts: on call now, or taking over next. */
export interface MyShift {
  key: string;
  when: 'now' | 'next';
  policy: string;
  policyUrl?: string;
  level: number;
  start?: string;
  end?: string;
}

/** The person's shifts in the given escalation policies, now first, then by start. */
export function myShifts(groups: OnCallGroup[], userRef: string): MyShift[] {
  const me = userRef.toLocaleLowerCase('en-US');
  const isMe = (ref?: string) => ref?.toLocaleLowerCase('en-US') === me;
  const shifts = new Map<string, MyShift>();
  for (const group of groups) {
    const policy = group.escalationPolicy;
    for (const level of group.levels) {
      const base = {
        policy: policy.name,
        policyUrl: policy.url,
        level: level.level,
      };
      const now = level.now.find(person => isMe(person.userRef));
      if (now) {
        const key = `${policy.id}/${level.level}/now`;
        shifts.set(key, {
          key,
          when: 'now',
          ...base,
          start: now.start,
          end: now.end,
        });
      }
      if (level.next && isMe(level.next.person.userRef)) {
        const key = `${policy.id}/${level.level}/next`;
        shifts.set(key, {
          key,
          when: 'next',
          ...base,
          start: level.next.start,
          end: level.next.person.end,
        });
      }
    }
  }
  return [...shifts.values()].sort(
    (a, b) =>
      Number(a.when === 'next') - Number(b.when === 'next') ||
      (a.start ?? '').localeCompare(b.start ?? ''),
  );
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
