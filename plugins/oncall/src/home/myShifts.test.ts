import type {
  OncallIncidentItem,
  OnCallGroup,
} from '@readiness/plugin-oncall-common';
import { myShifts, openIncidents } from './myShifts';

const ada = 'user:default/ada.engineer';
const person = (userRef: string, start: string, end: string) => ({
  userId: userRef,
  name: userRef,
  userRef,
  start,
  end,
});

const group: OnCallGroup = {
  entityRef: 'group:default/ach-operations-squad',
  title: 'ACH Operations',
  escalationPolicy: {
    id: 'P1',
    name: 'ACH payment files',
    url: 'https://pd/P1',
  },
  levels: [
    {
      level: 1,
      now: [
        person(
          'user:default/lucas',
          '2026-12-01T09:00:00Z',
          '2026-12-08T09:00:00Z',
        ),
      ],
      next: {
        person: person(
          'user:default/Ada.Engineer',
          '2026-12-08T09:00:00Z',
          '2026-12-15T09:00:00Z',
        ),
        start: '2026-12-08T09:00:00Z',
      },
    },
    {
      level: 2,
      now: [person(ada, '2026-12-01T09:00:00Z', '2026-12-15T09:00:00Z')],
    },
  ],
};

describe('myShifts', () => {
  it('lists the shifts the person is on now before the ones they take over next', () => {
    expect(myShifts([group, group], ada)).toEqual([
      {
        key: 'P1/2/now',
        when: 'now',
        policy: 'ACH payment files',
        policyUrl: 'https://pd/P1',
        level: 2,
        start: '2026-12-01T09:00:00Z',
        end: '2026-12-15T09:00:00Z',
      },
      {
        key: 'P1/1/next',
        when: 'next',
        policy: 'ACH payment files',
        policyUrl: 'https://pd/P1',
        level: 1,
        start: '2026-12-08T09:00:00Z',
        end: '2026-12-15T09:00:00Z',
      },
    ]);
  });

  it('has nothing for someone in no rotation', () => {
    expect(myShifts([group], 'user:default/lee.leader')).toEqual([]);
  });
});

describe('openIncidents', () => {
  const incident = (
    id: string,
    status: OncallIncidentItem['status'],
    createdAt: string,
  ) => ({
    id,
    number: 1,
    title: id,
    status,
    serviceId: 'S1',
    createdAt,
  });

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
