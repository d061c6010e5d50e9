import type {
  OncallIncidentItem,
  OncallShift,
} from '@readiness/plugin-oncall-common';
import { nowAndNext, openIncidents } from './myShifts';

const shift = (level: number, now: boolean, start?: string): OncallShift => ({
  escalationPolicy: { id: 'P1', name: 'ACH Operations escalation policy' },
  level,
  now,
  start,
});

describe('nowAndNext', () => {
  it('keeps the shifts on now and the first one to come', () => {
    const onNow = shift(2, true);
    const next = shift(1, false, '2026-12-08T14:00:00Z');
    const later = shift(1, false, '2026-12-29T14:00:00Z');
    expect(nowAndNext([onNow, next, later])).toEqual([onNow, next]);
  });

  it('has the next shift alone for someone off call now, and nothing for no shifts', () => {
    const next = shift(1, false, '2026-12-08T14:00:00Z');
    expect(nowAndNext([next])).toEqual([next]);
    expect(nowAndNext([])).toEqual([]);
  });
});

describe('openIncidents', () => {
  const incident = (
    id: string,
    status: OncallIncidentItem['status'],
    createdAt: string,
  ) => ({ id, number: 1, title: id, status, serviceId: 'S1', createdAt });

  it('keeps the open ones once, newest first', () => {
    const a = incident('a', 'triggered', '2026-12-01T00:00:00Z');
    const b = incident('b', 'acknowledged', '2026-12-02T00:00:00Z');
    const c = incident('c', 'resolved', '2026-12-03T00:00:00Z');
    expect(
      openIncidents([
        [a, c],
        [b, a],
      ]).map(i => i.id),
    ).toEqual(['b', 'a']);
  });
});
