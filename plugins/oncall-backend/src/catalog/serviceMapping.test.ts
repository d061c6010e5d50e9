import {
  mapPagerDutyServices,
  pagerDutyTeamMatchesGroup,
} from './serviceMapping';

describe('mapPagerDutyServices', () => {
  const services = [
    { id: 'PGW0001', name: 'Payment Gateway', integrationKeys: ['key-gw'] },
    { id: 'PLEDGER', name: 'Ledger', integrationKeys: ['key-ledger'] },
    { id: 'PORPHAN', name: 'Legacy batch', integrationKeys: [] },
  ];

  it('maps by service id, then by integration key, and lists the leftovers on both sides', () => {
    expect(
      mapPagerDutyServices(services, [
        {
          entityRef: 'component:default/payment-gateway',
          title: 'Payment gateway',
          serviceId: 'PGW0001',
        },
        {
          entityRef: 'component:default/ledger',
          title: 'Ledger',
          integrationKey: 'key-ledger',
        },
        {
          entityRef: 'component:default/retired',
          title: 'Retired',
          serviceId: 'PGONE00',
          integrationKey: 'key-gone',
        },
      ]),
    ).toEqual({
      mapped: [
        {
          serviceId: 'PLEDGER',
          serviceName: 'Ledger',
          entityRef: 'component:default/ledger',
        },
        {
          serviceId: 'PGW0001',
          serviceName: 'Payment Gateway',
          entityRef: 'component:default/payment-gateway',
        },
      ],
      unmappedServices: [{ serviceId: 'PORPHAN', serviceName: 'Legacy batch' }],
      unmappedEntities: [
        { entityRef: 'component:default/retired', title: 'Retired' },
      ],
    });
  });

  it('prefers the service id over an integration key of another service', () => {
    const { mapped } = mapPagerDutyServices(services, [
      {
        entityRef: 'component:default/payment-gateway',
        title: 'Payment gateway',
        serviceId: 'PGW0001',
        integrationKey: 'key-ledger',
      },
    ]);
    expect(mapped.map(m => m.serviceId)).toEqual(['PGW0001']);
  });
});

describe('pagerDutyTeamMatchesGroup', () => {
  it('ignores case, punctuation and a trailing squad or team', () => {
    expect(
      pagerDutyTeamMatchesGroup('ACH Operations', ['ach-operations-squad']),
    ).toBe(true);
    expect(
      pagerDutyTeamMatchesGroup('Payments-Core Team', ['Payments Core Squad']),
    ).toBe(true);
    expect(pagerDutyTeamMatchesGroup('Wires', ['ach-operations-squad'])).toBe(
      false,
    );
    expect(pagerDutyTeamMatchesGroup('Squad', ['team'])).toBe(false);
  });
});
