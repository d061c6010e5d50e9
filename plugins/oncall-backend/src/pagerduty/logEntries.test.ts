import { firstAcknowledgement, toLogEntryRecords } from './logEntries';

describe('toLogEntryRecords', () => {
  // As PagerDuty lists them: newest first.
  const entries = [
    {
      id: 'R5',
      type: 'resolve_log_entry',
      created_at: '2026-03-10T11:00:00Z',
      agent: { id: 'PU1', type: 'user_reference', summary: 'Ada Okafor' },
      channel: { type: 'website' },
      summary: 'Resolved by Ada Okafor.',
    },
    {
      id: 'R4',
      type: 'annotate_log_entry',
      created_at: '2026-03-10T10:30:00Z',
      agent: { id: 'PU1', type: 'user_reference' },
      channel: { type: 'note' },
    },
    {
      id: 'R3',
      type: 'acknowledge_log_entry',
      created_at: '2026-03-10T10:04:00Z',
      agent: { id: 'PU1', type: 'user_reference', summary: 'Ada Okafor' },
      channel: { type: 'mobile' },
    },
    {
      id: 'R2',
      type: 'notify_log_entry',
      created_at: '2026-03-10T10:00:00Z',
      user: { id: 'PU1', type: 'user_reference', summary: 'Ada Okafor' },
      channel: {
        type: 'notification',
        notification: { type: 'sms_notification' },
      },
    },
    {
      id: 'R1',
      type: 'trigger_log_entry',
      created_at: '2026-03-10T10:00:00+00:00',
      agent: { id: 'PGW', type: 'integration_reference', summary: 'Datadog' },
      channel: { type: 'api' },
    },
  ];

  it('keeps the steps oldest first, same-second ones in the order they happened', () => {
    expect(toLogEntryRecords(entries)).toEqual([
      {
        id: 'R1',
        type: 'triggered',
        at: '2026-03-10T10:00:00.000Z',
        agent: { type: 'service', id: 'PGW', name: 'Datadog' },
        recipients: [],
        channel: 'api',
        summary: undefined,
      },
      {
        id: 'R2',
        type: 'notified',
        at: '2026-03-10T10:00:00.000Z',
        recipients: [{ type: 'user', id: 'PU1', name: 'Ada Okafor' }],
        channel: 'sms',
        summary: undefined,
      },
      {
        id: 'R3',
        type: 'acknowledged',
        at: '2026-03-10T10:04:00.000Z',
        agent: { type: 'user', id: 'PU1', name: 'Ada Okafor' },
        recipients: [],
        channel: 'mobile',
        summary: undefined,
      },
      {
        id: 'R5',
        type: 'resolved',
        at: '2026-03-10T11:00:00.000Z',
        agent: { type: 'user', id: 'PU1', name: 'Ada Okafor' },
        recipients: [],
        channel: 'website',
        summary: 'Resolved by Ada Okafor.',
      },
    ]);
  });

  it('takes the first acknowledgement, or none', () => {
    expect(firstAcknowledgement(toLogEntryRecords(entries))).toBe(
      '2026-03-10T10:04:00.000Z',
    );
    expect(firstAcknowledgement(toLogEntryRecords(entries.slice(3)))).toBe(
      undefined,
    );
  });
});
