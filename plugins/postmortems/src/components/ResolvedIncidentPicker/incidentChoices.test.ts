import { incidentChoices, squadChoices } from './incidentChoices';

const incident = (id: string, resolvedAt?: string) => ({
  id,
  title: `Incident ${id}`,
  status: 'resolved',
  createdAt: '2026-11-01T00:00:00Z',
  resolvedAt,
});

describe('the incident picker', () => {
  it('offers the newest resolved first and marks those a post-mortem reviews', () => {
    const choices = incidentChoices(
      [
        incident('QOLD', '2026-10-01T11:00:00Z'),
        incident('QNEW', '2026-11-20T13:57:56Z'),
        incident('QMID', '2026-11-02T09:00:00Z'),
      ],
      [
        {
          ref: 'postmortem:default/ledger-lag',
          title: 'Ledger lag',
          incidents: ['QOLD', 'QELSEWHERE'],
        },
      ],
    );
    expect(choices.map(choice => choice.incident.id)).toEqual([
      'QNEW',
      'QMID',
      'QOLD',
    ]);
    expect(choices[0].review).toBeUndefined();
    expect(choices[2].review).toEqual({
      ref: 'postmortem:default/ledger-lag',
      title: 'Ledger lag',
    });
  });

  it("puts the person's squads first, the rest by title", () => {
    const squads = [
      { ref: 'group:default/card-payments-squad', title: 'Card Payments' },
      { ref: 'group:default/ach-operations-squad', title: 'ACH Operations' },
      { ref: 'group:default/wires-squad', title: 'Wires' },
    ];
    expect(
      squadChoices(squads, ['group:default/Wires-Squad']).map(s => s.title),
    ).toEqual(['Wires', 'ACH Operations', 'Card Payments']);
  });
});
