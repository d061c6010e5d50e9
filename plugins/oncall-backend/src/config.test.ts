import { ConfigReader } from '@backstage/config';
import { readOncallConfig } from './config';

describe('readOncallConfig', () => {
  it('reads the routing keys configured per PagerDuty service', () => {
    expect(readOncallConfig(new ConfigReader({})).routingKeys).toEqual(
      new Map(),
    );
    const { routingKeys } = readOncallConfig(
      new ConfigReader({
        oncall: {
          routingKeys: { PGW0001: 'key-gateway', PLEDGER: 'key-ledger' },
        },
      }),
    );
    expect(routingKeys).toEqual(
      new Map([
        ['PGW0001', 'key-gateway'],
        ['PLEDGER', 'key-ledger'],
      ]),
    );
  });

  it('defaults the Events API base to the production /v2 base the PagerDuty card uses', () => {
    const { pagerDuty } = readOncallConfig(new ConfigReader({}));
    expect(pagerDuty.eventsBaseUrl).toBe('https://events.pagerduty.com/v2');
  });

  it('takes the same /v2 base as the card, without a trailing slash', () => {
    const { pagerDuty } = readOncallConfig(
      new ConfigReader({
        pagerDuty: { eventsBaseUrl: 'https://events.eu.pagerduty.com/v2/' },
      }),
    );
    expect(pagerDuty.eventsBaseUrl).toBe('https://events.eu.pagerduty.com/v2');
  });

  it('refuses a base without /v2, naming the key and the expected form', () => {
    expect(() =>
      readOncallConfig(
        new ConfigReader({
          pagerDuty: { eventsBaseUrl: 'https://events.pagerduty.com' },
        }),
      ),
    ).toThrow(
      'pagerDuty.eventsBaseUrl: "https://events.pagerduty.com" must be the Events API v2 base ending in /v2, such as https://events.pagerduty.com/v2',
    );
  });
});
