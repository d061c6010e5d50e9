import { PagerDutyAccount } from './PagerDutyAccount';
import {
  addTurns,
  clipShifts,
  finalShifts,
  layerShifts,
  listOnCalls,
} from './oncall';
import { PdSchedule, PdScheduleLayer } from './types';

const ZONE = 'America/New_York';
const WEEK = 7 * 86_400;
const monday = new Date('2026-03-02T14:00:00Z'); // 09:00 in New York (EST)

function layer(overrides: Partial<PdScheduleLayer> = {}): PdScheduleLayer {
  return {
    id: 'PLAYER1',
    name: 'Layer 1',
    start: monday,
    rotationVirtualStart: monday,
    turnLengthSeconds: WEEK,
    userIds: ['ada', 'ben', 'cho'],
    ...overrides,
  };
}

function schedule(layers: PdScheduleLayer[]): PdSchedule {
  return {
    id: 'PSCHED1',
    name: 'Rota',
    description: '',
    timeZone: ZONE,
    teamIds: [],
    layers,
  };
}

describe('rotations', () => {
  it('hand over at 09:00 local time across the daylight-saving change', () => {
    expect(addTurns(monday, ZONE, WEEK, 1)).toEqual(
      new Date('2026-03-09T13:00:00Z'),
    );
    expect(addTurns(monday, ZONE, WEEK, -1)).toEqual(
      new Date('2026-02-23T14:00:00Z'),
    );
    expect(addTurns(monday, ZONE, 3600, 2)).toEqual(
      new Date('2026-03-02T16:00:00Z'),
    );
  });

  it('take turns in order from the virtual start and answer an instant with one shift', () => {
    const shifts = layerShifts(
      layer(),
      ZONE,
      new Date('2026-03-02T14:00:00Z'),
      new Date('2026-03-23T13:00:00Z'),
    );
    expect(shifts.map(s => s.userId)).toEqual(['ada', 'ben', 'cho']);
    const instant = new Date('2026-03-25T12:00:00Z');
    expect(layerShifts(layer(), ZONE, instant, instant)).toEqual([
      {
        userId: 'ada',
        start: new Date('2026-03-23T13:00:00Z'),
        end: new Date('2026-03-30T13:00:00Z'),
      },
    ]);
  });

  it('have nobody on call before the layer starts, and merge a lone rota into one shift', () => {
    const before = new Date('2026-01-01T00:00:00Z');
    expect(layerShifts(layer(), ZONE, before, before)).toEqual([]);
    const alone = layerShifts(
      layer({ userIds: ['ada'] }),
      ZONE,
      new Date('2026-03-01T00:00:00Z'),
      new Date('2026-03-20T00:00:00Z'),
    );
    expect(alone).toEqual([
      { userId: 'ada', start: monday, end: new Date('2026-03-23T13:00:00Z') },
    ]);
  });

  it('let a higher layer override a lower one in the final schedule', () => {
    const night = layer({
      id: 'PLAYER2',
      start: new Date('2026-03-04T14:00:00Z'),
      rotationVirtualStart: new Date('2026-03-04T14:00:00Z'),
      turnLengthSeconds: 86_400,
      userIds: ['dee'],
    });
    const since = new Date('2026-03-02T14:00:00Z');
    const until = new Date('2026-03-09T13:00:00Z');
    const shifts = clipShifts(
      finalShifts(schedule([layer(), night]), since, until),
      since,
      until,
    );
    expect(shifts).toEqual([
      { userId: 'ada', start: since, end: new Date('2026-03-04T14:00:00Z') },
      { userId: 'dee', start: new Date('2026-03-04T14:00:00Z'), end: until },
    ]);
  });
});

describe('listOnCalls', () => {
  const account = new PagerDutyAccount('test', 'UTC');
  account.add(account.schedules, schedule([layer()]));
  account.add(account.escalationPolicies, {
    id: 'PPOLICY',
    name: 'Policy',
    description: '',
    teamIds: [],
    numLoops: 0,
    rules: [
      {
        id: 'R1',
        delayMinutes: 15,
        targets: [{ type: 'schedule', id: 'PSCHED1' }],
      },
      { id: 'R2', delayMinutes: 15, targets: [{ type: 'user', id: 'lead' }] },
    ],
  });
  const since = new Date('2026-03-10T00:00:00Z');
  const until = new Date('2026-04-30T00:00:00Z');

  it('lists the shifts of each level, and the directly paged user without bounds', () => {
    const onCalls = listOnCalls(account, { since, until });
    expect(onCalls.filter(o => o.level === 1).map(o => o.userId)).toEqual([
      'ben',
      'cho',
      'ada',
      'ben',
      'cho',
      'ada',
      'ben',
      'cho',
    ]);
    const direct = onCalls.filter(o => o.level === 2);
    expect(direct.map(o => [o.userId, o.schedule, o.start, o.end])).toEqual([
      ['lead', undefined, undefined, undefined],
    ]);
  });

  it('keeps the earliest shift per level and user, and filters by user and schedule', () => {
    const earliest = listOnCalls(account, { since, until, earliest: true });
    expect(earliest.map(o => `${o.level}/${o.userId}`)).toEqual([
      '1/ben',
      '1/cho',
      '1/ada',
      '2/lead',
    ]);
    expect(
      listOnCalls(account, { since, until, userIds: ['cho'] }),
    ).toHaveLength(3);
    expect(
      listOnCalls(account, { since, until, scheduleIds: ['PSCHED1'] }).every(
        o => o.level === 1,
      ),
    ).toBe(true);
    expect(
      listOnCalls(account, { since, until, scheduleIds: ['null'] }).map(
        o => o.userId,
      ),
    ).toEqual(['lead']);
  });
});
