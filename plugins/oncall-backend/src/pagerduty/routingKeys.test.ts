import {
  EVENTS_API_V2_INTEGRATION,
  routingKeyFor,
  withoutRoutingKeys,
} from './routingKeys';

const service = (
  id: string,
  ...integrations: Array<{ type: string; integrationKey?: string }>
) => ({ id, integrations });

describe('routingKeyFor', () => {
  const synced = service(
    'PGW0001',
    { type: 'generic_email_inbound_integration' },
    { type: 'datadog_inbound_integration', integrationKey: 'key-datadog' },
    { type: EVENTS_API_V2_INTEGRATION, integrationKey: 'key-events' },
  );

  it("takes the service's Events API v2 integration as synced", () => {
    expect(routingKeyFor({ services: [synced], configured: new Map() })).toBe(
      'key-events',
    );
  });

  it('takes another integration with a key when the service has no Events API v2 one', () => {
    expect(
      routingKeyFor({
        services: [
          service('PGW0001', {
            type: 'datadog_inbound_integration',
            integrationKey: 'key-datadog',
          }),
        ],
        configured: new Map(),
      }),
    ).toBe('key-datadog');
  });

  it('prefers the key configured for the service, then the one the catalog still carries', () => {
    const configured = new Map([['PGW0001', 'key-configured']]);
    expect(
      routingKeyFor({
        services: [synced],
        configured,
        annotated: 'key-catalog',
      }),
    ).toBe('key-configured');
    expect(
      routingKeyFor({
        services: [synced],
        configured: new Map(),
        annotated: 'key-catalog',
      }),
    ).toBe('key-catalog');
    // A catalog key serves an entity PagerDuty's services do not name.
    expect(
      routingKeyFor({ services: [], configured, annotated: 'key-catalog' }),
    ).toBe('key-catalog');
  });

  it('finds none for an entity without a service or with a service without keys', () => {
    expect(routingKeyFor({ services: [], configured: new Map() })).toBe(
      undefined,
    );
    expect(
      routingKeyFor({
        services: [
          service('PGW0001', { type: 'generic_email_inbound_integration' }),
        ],
        configured: new Map([['POTHER1', 'key-of-another-service']]),
      }),
    ).toBe(undefined);
  });
});

describe('withoutRoutingKeys', () => {
  it('drops every integration key, however deep, and keeps the rest', () => {
    const answer = {
      service: {
        id: 'PGW0001',
        integrations: [
          {
            id: 'PINT001',
            type: EVENTS_API_V2_INTEGRATION,
            integration_key: 'key-events',
            service: { id: 'PGW0001', integration_key: 'key-events' },
          },
        ],
        escalation_policy: { id: 'PEP0001' },
      },
      limit: 25,
      more: false,
      query: null,
    };
    expect(withoutRoutingKeys(answer)).toEqual({
      service: {
        id: 'PGW0001',
        integrations: [
          {
            id: 'PINT001',
            type: EVENTS_API_V2_INTEGRATION,
            service: { id: 'PGW0001' },
          },
        ],
        escalation_policy: { id: 'PEP0001' },
      },
      limit: 25,
      more: false,
      query: null,
    });
    expect(JSON.stringify(withoutRoutingKeys(answer))).not.toContain(
      'key-events',
    );
  });
});
