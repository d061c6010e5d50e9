import { IANAZone } from 'luxon';
import { PagerDutyAccount } from './PagerDutyAccount';
import { PdEscalationPolicy, PdSchedule, PdScheduleLayer } from './types';

/** One person's stretch on call. */
export interface Shift {
  userId: string;
  start: Date;
  end: Date;
}

const SECONDS_PER_DAY = 86_400;

const HOUR_MS = 3_600_000;
const offsets = new Map<string, number>();

/** The zone's UTC offset in minutes at a time, remembered per hour (it is the costly part). */
function offsetMinutes(zone: string, timestamp: number): number {
  const key = `${zone} ${Math.floor(timestamp / HOUR_MS)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = IANAZone.create(zone).offset(timestamp);
    offsets.set(key, offset);
  }
  return offset;
}

/**
 * Moves a rotation's time by whole turns. Turns of whole days keep the local
 * time of day in the schedule's time zone, so a weekly handover stays at
 * 09:00 local time across daylight-saving changes, as in PagerDuty. (A time
 * within an hour of a change could land on its other side; handovers are not
 * placed there.)
 */
export function addTurns(
  time: Date,
  zone: string,
  turnLengthSeconds: number,
  turns: number,
): Date {
  const moved = time.getTime() + turns * turnLengthSeconds * 1000;
  if (turnLengthSeconds % SECONDS_PER_DAY !== 0) {
    return new Date(moved);
  }
  const drift =
    offsetMinutes(zone, time.getTime()) - offsetMinutes(zone, moved);
  return new Date(moved + drift * 60_000);
}

function turnStart(layer: PdScheduleLayer, zone: string, turn: number): Date {
  return addTurns(
    layer.rotationVirtualStart,
    zone,
    layer.turnLengthSeconds,
    turn,
  );
}

function turnAt(layer: PdScheduleLayer, zone: string, at: Date): number {
  const approximate = Math.floor(
    (at.getTime() - layer.rotationVirtualStart.getTime()) /
      (layer.turnLengthSeconds * 1000),
  );
  let turn = approximate;
  while (turnStart(layer, zone, turn) > at) turn--;
  while (turnStart(layer, zone, turn + 1) <= at) turn++;
  return turn;
}

function mergeAdjacent(shifts: Shift[]): Shift[] {
  const merged: Shift[] = [];
  for (const shift of shifts) {
    const previous = merged[merged.length - 1];
    if (
      previous &&
      previous.userId === shift.userId &&
      previous.end.getTime() === shift.start.getTime()
    ) {
      previous.end = shift.end;
    } else {
      merged.push({ ...shift });
    }
  }
  return merged;
}

/**
 * The shifts of one layer that overlap the window, whole (not cut at the
 * window's bounds). A window with `since` equal to `until` asks who is on call
 * at that instant.
 */
export function layerShifts(
  layer: PdScheduleLayer,
  zone: string,
  since: Date,
  until: Date,
): Shift[] {
  if (layer.userIds.length === 0 || layer.start > until) {
    return [];
  }
  const instant = since.getTime() === until.getTime();
  const from = since > layer.start ? since : layer.start;
  const shifts: Shift[] = [];
  for (let turn = turnAt(layer, zone, from); ; turn++) {
    const start = turnStart(layer, zone, turn);
    if (start > until || (!instant && start.getTime() === until.getTime())) {
      break;
    }
    const userIndex =
      ((turn % layer.userIds.length) + layer.userIds.length) %
      layer.userIds.length;
    shifts.push({
      userId: layer.userIds[userIndex],
      start: start > layer.start ? start : layer.start,
      end: turnStart(layer, zone, turn + 1),
    });
  }
  return mergeAdjacent(shifts);
}

/**
 * The schedule's final shifts: at each moment the highest layer with someone
 * on call wins, as in PagerDuty's "Final Schedule".
 */
export function finalShifts(
  schedule: PdSchedule,
  since: Date,
  until: Date,
): Shift[] {
  const perLayer = schedule.layers.map(layer =>
    layerShifts(layer, schedule.timeZone, since, until),
  );
  if (perLayer.length === 1) {
    return perLayer[0];
  }
  const boundaries = [
    ...new Set(
      perLayer.flat().flatMap(s => [s.start.getTime(), s.end.getTime()]),
    ),
  ].sort((a, b) => a - b);
  const segments: Shift[] = [];
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i];
    for (let layer = perLayer.length - 1; layer >= 0; layer--) {
      const covering = perLayer[layer].find(
        s => s.start.getTime() <= start && s.end.getTime() > start,
      );
      if (covering) {
        segments.push({
          userId: covering.userId,
          start: new Date(start),
          end: new Date(boundaries[i + 1]),
        });
        break;
      }
    }
  }
  return mergeAdjacent(segments);
}

/** Shifts cut to the window, as PagerDuty renders schedule entries without `overflow=true`. */
export function clipShifts(shifts: Shift[], since: Date, until: Date): Shift[] {
  return shifts.map(shift => ({
    userId: shift.userId,
    start: shift.start < since ? since : shift.start,
    end: shift.end > until ? until : shift.end,
  }));
}

export interface OnCall {
  policy: PdEscalationPolicy;
  level: number;
  userId: string;
  /** Absent when the escalation rule pages the user directly (always on call). */
  schedule?: PdSchedule;
  start?: Date;
  end?: Date;
}

export interface OnCallQuery {
  since: Date;
  until: Date;
  policyIds?: string[];
  /** The string `null` in the list asks for the users paged directly, as in PagerDuty. */
  scheduleIds?: string[];
  userIds?: string[];
  /** Only the earliest on-call per policy, level and user. */
  earliest?: boolean;
}

export function listOnCalls(
  account: PagerDutyAccount,
  query: OnCallQuery,
): OnCall[] {
  const result: OnCall[] = [];
  for (const policy of account.escalationPolicies.values()) {
    if (query.policyIds && !query.policyIds.includes(policy.id)) continue;
    policy.rules.forEach((rule, index) => {
      const level = index + 1;
      for (const target of rule.targets) {
        if (target.type === 'user') {
          if (!query.scheduleIds || query.scheduleIds.includes('null')) {
            result.push({ policy, level, userId: target.id });
          }
          continue;
        }
        if (query.scheduleIds && !query.scheduleIds.includes(target.id))
          continue;
        const schedule = account.schedules.get(target.id);
        if (!schedule) continue;
        for (const shift of finalShifts(schedule, query.since, query.until)) {
          result.push({ policy, level, schedule, ...shift });
        }
      }
    });
  }
  const filtered = query.userIds
    ? result.filter(onCall => query.userIds!.includes(onCall.userId))
    : result;
  if (!query.earliest) {
    return filtered;
  }
  const earliest = new Map<string, OnCall>();
  for (const onCall of filtered) {
    const key = `${onCall.policy.id}/${onCall.level}/${onCall.userId}`;
    const current = earliest.get(key);
    if (
      !current ||
      (current.start && (!onCall.start || onCall.start < current.start))
    ) {
      earliest.set(key, onCall);
    }
  }
  return [...earliest.values()];
}

/** The users an incident is assigned to when it reaches an escalation level at a given time. */
export function usersOnCallAt(
  account: PagerDutyAccount,
  policy: PdEscalationPolicy,
  level: number,
  at: Date,
): string[] {
  return listOnCalls(account, { since: at, until: at, policyIds: [policy.id] })
    .filter(onCall => onCall.level === level)
    .map(onCall => onCall.userId);
}
