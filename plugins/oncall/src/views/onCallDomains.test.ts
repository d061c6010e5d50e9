import { OnCallGroup } from '@readiness/plugin-oncall-common';
import { sectionsByDomain } from './onCallDomains';

function group(title: string, domain?: [string, string]): OnCallGroup {
  return {
    entityRef: `group:default/${title}`,
    title,
    domainRef: domain?.[0],
    domainTitle: domain?.[1],
    escalationPolicy: { id: `P-${title}`, name: title, serviceIds: [] },
    levels: [],
  };
}

describe('sectionsByDomain', () => {
  it("keeps the backend's order, one section per domain under its title, unknown last", () => {
    const payments: [string, string] = ['domain:default/payments', 'Payments'];
    const transfers: [string, string] = ['domain:default/transfers', 'Money movement'];
    const sections = sectionsByDomain([
      group('gateway', transfers),
      group('wires', transfers),
      group('cards', payments),
      group('misc'),
    ]);
    expect(sections.map(s => [s.title, s.domainRef, s.items.map(i => i.title)])).toEqual([
      ['Money movement', 'domain:default/transfers', ['gateway', 'wires']],
      ['Payments', 'domain:default/payments', ['cards']],
      ['Domain unknown', undefined, ['misc']],
    ]);
  });

  it('gathers a domain the page shows twice into its first section', () => {
    const payments: [string, string] = ['domain:default/payments', 'Payments'];
    const sections = sectionsByDomain([group('a', payments), group('b'), group('c', payments)]);
    expect(sections.map(s => s.items.map(i => i.title))).toEqual([['a', 'c'], ['b']]);
  });
});
