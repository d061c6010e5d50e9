/**
 * One on-call shift of an escalation policy level. A missing start or end is
 * PagerDuty's way of saying "always" (a user named directly as a target).
 *
 * @public
 */
export interface OnCallShift<TPerson> {
  level: number;
  person: TPerson;
  start?: string;
  end?: string;
}

/**
 * Who is on call at one escalation level now, and who takes over next.
 *
 * @public
 */
export interface OnCallLevel<TPerson> {
  level: number;
  now: TPerson[];
  next?: { person: TPerson; start: string };
}

function covers<T>(shift: OnCallShift<T>, at: number): boolean {
  const start = shift.start ? Date.parse(shift.start) : -Infinity;
  const end = shift.end ? Date.parse(shift.end) : Infinity;
  return start <= at && at < end;
}

/**
 * Groups an escalation policy's shifts by level, lowest level first: the
 * people whose shift covers `now`, and the shift starting soonest after `now`
 * (the next handover) when there is one.
 *
 * @public
 */
export function selectOnCallLevels<TPerson>(
  shifts: OnCallShift<TPerson>[],
  now: Date,
): OnCallLevel<TPerson>[] {
  const at = now.getTime();
  const levels = new Map<number, OnCallShift<TPerson>[]>();
  for (const shift of shifts) {
    levels.set(shift.level, [...(levels.get(shift.level) ?? []), shift]);
  }
  return [...levels.keys()]
    .sort((a, b) => a - b)
    .map(level => {
      const levelShifts = levels.get(level)!;
      const upcoming = levelShifts
        .filter(shift => shift.start && Date.parse(shift.start) > at)
        .sort((a, b) => Date.parse(a.start!) - Date.parse(b.start!));
      const next = upcoming[0];
      return {
        level,
        now: levelShifts.filter(shift => covers(shift, at)).map(s => s.person),
        ...(next ? { next: { person: next.person, start: next.start! } } : {}),
      };
    });
}
