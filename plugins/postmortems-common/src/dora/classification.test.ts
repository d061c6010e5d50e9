import type { PostmortemDoraFacts } from '@readiness/plugin-readiness-common';
import { classifyIncident } from './classification';

// An incident of one hour: the duration threshold (24 h) is not met unless a test says so.
function incident(dora: PostmortemDoraFacts | undefined, hours = 1) {
  return {
    reviewType: 'incident' as const,
    startedAt: '2026-03-14T09:00:00Z',
    resolvedAt: new Date(
      Date.parse('2026-03-14T09:00:00Z') + hours * 3_600_000,
    ).toISOString(),
    dora,
  };
}

// Critical services affected, no malicious access, one other threshold met (economic impact):
// one more met threshold makes it major.
const oneMet: PostmortemDoraFacts = {
  criticalServicesAffected: true,
  maliciousAccess: false,
  economicImpact: { amount: 250_000, currency: 'EUR' },
  reputationalImpact: [],
  dataLosses: [],
  memberStates: ['DE'],
  clientsAffectedPercent: 1,
};

const classify = (facts: PostmortemDoraFacts, hours?: number) =>
  classifyIncident(incident({ ...oneMet, ...facts }, hours));

describe('classifyIncident', () => {
  it('does not assess success reviews or post-mortems without DORA facts', () => {
    expect(classifyIncident(incident(undefined)).classification).toBe(
      'not-assessed',
    );
    expect(
      classifyIncident({ ...incident(oneMet), reviewType: 'success' })
        .classification,
    ).toBe('not-assessed');
  });

  it('is not major without critical services affected, whatever else is met', () => {
    const result = classify({
      criticalServicesAffected: false,
      maliciousAccess: true,
      clientsAffectedPercent: 90,
    });
    expect(result.classification).toBe('not-major');
    expect(result.summary).toBe('Not major: no critical services affected.');
  });

  it('is major with critical services and a malicious unauthorised access alone (art. 8(1)(a))', () => {
    const result = classifyIncident(
      incident({ criticalServicesAffected: true, maliciousAccess: true }),
    );
    expect(result.classification).toBe('major');
    expect(result.summary).toMatch(/malicious and unauthorised access/);
  });

  it('explains a major incident with the thresholds met', () => {
    const result = classify({ clientsAffectedPercent: 12 });
    expect(result.classification).toBe('major');
    expect(result.summary).toBe(
      'Major: critical services affected and 12% of clients affected (threshold: more than 10%); EUR 250,000 costs and losses (threshold: more than EUR 100,000).',
    );
  });

  it('is not major with one threshold met when the others are recorded below', () => {
    const result = classify({});
    expect(result.classification).toBe('not-major');
    expect(result.summary).toMatch(/only one threshold/);
  });

  // Each threshold at the edge: "higher than" in the regulation, so equal is not met.
  it.each([
    [
      'clients %',
      { clientsAffectedPercent: 10 },
      { clientsAffectedPercent: 10.1 },
      { clientsAffectedPercent: 9.9 },
    ],
    [
      'clients',
      { clientsAffected: 100_000 },
      { clientsAffected: 100_001 },
      { clientsAffected: 99_999 },
    ],
    [
      'counterparts %',
      { counterpartsAffectedPercent: 30 },
      { counterpartsAffectedPercent: 30.5 },
      { counterpartsAffectedPercent: 29.5 },
    ],
    [
      'transactions %',
      { transactionsAffectedPercent: 10 },
      { transactionsAffectedPercent: 11 },
      { transactionsAffectedPercent: 9 },
    ],
    [
      'transaction value %',
      { transactionsValuePercent: 10 },
      { transactionsValuePercent: 10.01 },
      { transactionsValuePercent: 9.99 },
    ],
    [
      'service downtime',
      { serviceDowntime: 'PT2H' },
      { serviceDowntime: 'PT2H1M' },
      { serviceDowntime: 'PT1H59M' },
    ],
  ] as Array<[string, PostmortemDoraFacts, PostmortemDoraFacts, PostmortemDoraFacts]>)(
    'counts %s only above its threshold',
    (_, equal, above, below) => {
      expect(classify(equal).classification).toBe('not-major');
      expect(classify(above).classification).toBe('major');
      expect(classify(below).classification).toBe('not-major');
    },
  );

  it('counts the duration only above 24 hours', () => {
    expect(classify({}, 24).classification).toBe('not-major');
    expect(classify({}, 24.05).classification).toBe('major');
    expect(classify({}, 23.9).classification).toBe('not-major');
  });

  it('counts the economic impact only above EUR 100,000', () => {
    const economic = (amount: number) =>
      classify({
        economicImpact: { amount, currency: 'EUR' },
        clientsAffectedPercent: 50,
      }).classification;
    expect(economic(100_000)).toBe('not-major');
    expect(economic(100_001)).toBe('major');
    expect(economic(99_999)).toBe('not-major');
  });

  it('counts the geographical spread from two member states', () => {
    expect(classify({ memberStates: ['DE', 'FR'] }).classification).toBe(
      'major',
    );
    expect(classify({ memberStates: ['DE'] }).classification).toBe('not-major');
    expect(classify({ memberStates: [] }).classification).toBe('not-major');
  });

  it('counts reputational impact, data losses and relevant clients when recorded', () => {
    expect(classify({ reputationalImpact: ['media'] }).summary).toMatch(
      /reputational impact: reported in the media/,
    );
    expect(classify({ dataLosses: ['integrity'] }).classification).toBe(
      'major',
    );
    expect(classify({ relevantClientsAffected: true }).classification).toBe(
      'major',
    );
  });

  it('asks for the facts that could make it major', () => {
    const result = classifyIncident(
      incident({ criticalServicesAffected: true, clientsAffectedPercent: 12 }),
    );
    expect(result.classification).toBe('insufficient-data');
    expect(result.summary).toBe(
      'Not enough data: record whether there was a malicious access; reputational impact, geographical spread, data losses, economic impact.',
    );
    expect(
      classifyIncident(incident({ clientsAffectedPercent: 50 })).summary,
    ).toMatch(/whether critical services were affected/);
  });

  it('does not compare an economic impact in another currency with the euro threshold', () => {
    const result = classify({
      economicImpact: { amount: 900_000, currency: 'USD' },
    });
    const economic = result.criteria.find(c => c.criterion === 'economic')!;
    expect(economic.met).toBe('unknown');
    expect(economic.reason).toMatch(/record them in EUR/);
  });

  it('names the article of each criterion', () => {
    expect(classify({}).criteria.map(c => c.article)).toEqual([
      '2024/1772 art. 9(1)',
      '2024/1772 art. 9(2) with art. 2',
      '2024/1772 art. 9(3) with art. 3',
      '2024/1772 art. 9(4) with art. 4',
      '2024/1772 art. 9(5)(a) with art. 5',
      '2024/1772 art. 9(6) with art. 7',
    ]);
  });
});
