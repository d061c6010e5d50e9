import { parse } from 'yaml';
import { validateRecord } from '@readiness/plugin-readiness-common';
import {
  draftPostmortem,
  OncallIncident,
  postmortemDraftYaml,
  postmortemName,
} from './draft';

const incident: OncallIncident = {
  id: 'Q1ACH1400LAG',
  number: 4182,
  title: 'ACH same-day window 2 file not built by 13:45',
  status: 'resolved',
  urgency: 'high',
  serviceId: 'PY8XS2A',
  entityRef: 'component:default/ach-origination-service',
  createdAt: '2026-11-12T19:09:00Z',
  acknowledgedAt: '2026-11-12T19:12:00Z',
  resolvedAt: '2026-11-12T21:15:00Z',
  htmlUrl: 'https://meridianpay.pagerduty.com/incidents/Q1ACH1400LAG',
};

const unread = {
  available: false as const,
  reason: 'the on-call backend answered 503',
};

describe('a post-mortem drafted from a resolved incident', () => {
  const draft = draftPostmortem(incident, {
    services: ['component:default/ach-origination-service'],
    owner: 'group:default/ach-operations-squad',
    customerImpact: '10-25%',
    logEntries: unread,
  });

  it('drafts the timeline from its PagerDuty log entries', () => {
    const ada = {
      type: 'user' as const,
      id: 'PADA',
      name: 'Ada Okafor',
      userRef: 'user:default/ada.engineer',
    };
    const sam = { type: 'user' as const, id: 'PSAM', name: 'Sam Lead' };
    const fromLog = draftPostmortem(incident, {
      services: ['component:default/ach-origination-service'],
      owner: 'group:default/ach-operations-squad',
      customerImpact: '10-25%',
      logEntries: {
        available: true,
        entries: [
          {
            id: 'R1',
            type: 'triggered',
            at: '2026-11-12T19:09:00.000Z',
            agent: { type: 'service', id: 'PY8XS2A', name: 'ACH origination' },
            recipients: [],
            channel: 'api',
          },
          {
            id: 'R2',
            type: 'notified',
            at: '2026-11-12T19:09:00.000Z',
            recipients: [ada],
            channel: 'sms',
          },
          {
            id: 'R3',
            type: 'escalated',
            at: '2026-11-12T19:11:00.000Z',
            recipients: [ada, sam],
            channel: 'timeout',
          },
          {
            id: 'R4',
            type: 'acknowledged',
            at: '2026-11-12T19:12:00.000Z',
            agent: sam,
            recipients: [],
          },
          {
            id: 'R5',
            type: 'resolved',
            at: '2026-11-12T21:15:00.000Z',
            agent: ada,
            recipients: [],
          },
        ],
      },
    });
    expect(fromLog.spec.timeline).toEqual([
      {
        at: '2026-11-12T19:09:00.000Z',
        event:
          'PagerDuty incident #4182 triggered by ACH origination: ACH same-day window 2 file not built by 13:45',
      },
      { at: '2026-11-12T19:09:00.000Z', event: 'Ada Okafor notified (sms)' },
      {
        at: '2026-11-12T19:11:00.000Z',
        event: 'Escalated to Ada Okafor, Sam Lead',
      },
      {
        at: '2026-11-12T19:12:00.000Z',
        event: 'PagerDuty incident #4182 acknowledged by Sam Lead',
      },
      {
        at: '2026-11-12T21:15:00.000Z',
        event: 'PagerDuty incident #4182 resolved by Ada Okafor',
      },
    ]);
    expect(fromLog.spec.details).not.toContain('could not be read');
    expect(validateRecord(fromLog)).toEqual([]);
  });

  it('falls back to the incident times, saying why, when the log entries could not be read', () => {
    expect(draft.metadata).toEqual({
      name: '2026-11-12-ach-same-day-window-2-file-not-built-by-13-45',
      title: 'ACH same-day window 2 file not built by 13:45',
    });
    expect(draft.spec).toMatchObject({
      reviewType: 'incident',
      status: 'draft',
      severity: 'high',
      customerImpact: '10-25%',
      incidents: ['Q1ACH1400LAG'],
      startedAt: '2026-11-12T19:09:00Z',
      detectedAt: '2026-11-12T19:09:00Z',
      resolvedAt: '2026-11-12T21:15:00Z',
      services: ['component:default/ach-origination-service'],
      summary:
        'ACH same-day window 2 file not built by 13:45 (PagerDuty incident #4182).',
      timeline: [
        {
          at: '2026-11-12T19:09:00Z',
          event:
            'PagerDuty incident #4182 triggered: ACH same-day window 2 file not built by 13:45',
        },
        {
          at: '2026-11-12T19:12:00Z',
          event: 'PagerDuty incident #4182 acknowledged',
        },
        {
          at: '2026-11-12T21:15:00Z',
          event: 'PagerDuty incident #4182 resolved',
        },
      ],
    });
    expect(draft.spec.details).toContain(
      '[PagerDuty incident #4182](https://meridianpay.pagerduty.com/incidents/Q1ACH1400LAG) was triggered at 2026-11-12 19:09 UTC and acknowledged at 2026-11-12 19:12 UTC',
    );
    expect(draft.spec.details).toMatch(
      /^> The timeline has only the incident's trigger, acknowledgement and resolution times: its PagerDuty log entries could not be read \(the on-call backend answered 503\)\./,
    );
  });

  it('is a valid Postmortem record, as YAML too', () => {
    expect(validateRecord(draft)).toEqual([]);
    const yaml = postmortemDraftYaml(draft);
    expect(yaml).toMatch(
      /^# Draft post-mortem made with the "Start a post-mortem" template/,
    );
    expect(parse(yaml)).toEqual(JSON.parse(JSON.stringify(draft)));
  });

  it('maps a low urgency to medium severity unless told, and keeps names within 63 characters', () => {
    const low = { ...incident, urgency: 'low', title: 'x'.repeat(80) };
    const options = {
      services: ['component:default/a'],
      owner: 'group:default/b',
      customerImpact: 'none' as const,
      logEntries: unread,
    };
    expect(draftPostmortem(low, options).spec.severity).toBe('medium');
    expect(
      draftPostmortem(low, { ...options, severity: 'critical' }).spec.severity,
    ).toBe('critical');
    expect(postmortemName(low).length).toBeLessThanOrEqual(63);
    expect(postmortemName({ ...incident, title: 'Ledger: 5xx!' })).toBe(
      '2026-11-12-ledger-5xx',
    );
  });

  it('refuses an incident that is not resolved', () => {
    const { resolvedAt, ...open } = incident;
    expect(() =>
      draftPostmortem(open, {
        services: ['component:default/a'],
        owner: 'group:default/b',
        customerImpact: 'none',
        logEntries: unread,
      }),
    ).toThrow('Incident Q1ACH1400LAG is not resolved yet');
  });
});
