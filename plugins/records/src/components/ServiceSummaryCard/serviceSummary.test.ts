import { Entity } from '@backstage/catalog-model';
import { loadServiceSummary, ServiceSummarySources } from './serviceSummary';

const entity = (kind: string, name: string, title: string, relations = []) =>
  ({
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default', title },
    relations,
  } as Entity);

const service: Entity = {
  ...entity('Component', 'ach-origination-service', 'ACH origination'),
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/ach-operations-squad' },
    { type: 'partOf', targetRef: 'system:default/ach' },
    { type: 'dependsOn', targetRef: 'vendor:default/fed' },
    { type: 'dependsOn', targetRef: 'vendor:default/sftp-co' },
    { type: 'dependsOn', targetRef: 'resource:default/ach-db' },
    { type: 'coveredBy', targetRef: 'continuityplan:default/ach-payments' },
    { type: 'monitoredBy', targetRef: 'alert:default/only-the-service' },
  ],
};
const system: Entity = {
  ...entity('System', 'ach', 'ACH'),
  relations: [
    { type: 'partOf', targetRef: 'domain:default/transfers' },
    { type: 'coveredBy', targetRef: 'continuityplan:default/ach-payments' },
    { type: 'coveredBy', targetRef: 'continuityplan:default/region-loss' },
  ],
};
const catalogEntities = [
  entity('Group', 'ach-operations-squad', 'ACH Operations Squad'),
  system,
  entity('Domain', 'transfers', 'Transfers'),
];

function sources(overrides: Partial<ServiceSummarySources> = {}) {
  const base: ServiceSummarySources = {
    catalog: {
      getEntitiesByRefs: jest.fn(async ({ entityRefs }) => ({
        items: entityRefs.map(ref =>
          catalogEntities.find(
            e =>
              `${e.kind.toLocaleLowerCase('en-US')}:default/${
                e.metadata.name
              }` === ref,
          ),
        ),
      })),
    },
    alerts: {
      getOperations: jest.fn(async () => ({
        entityRef: 'component:default/ach-origination-service',
        alerts: new Array(9).fill({}),
        procedures: new Array(6).fill({}),
        errorCodes: [],
      })),
    } as any,
    continuity: {
      getVendor: jest.fn(async ({ name }) => {
        if (name === 'sftp-co') throw new Error('continuity answered 503');
        return {
          register: {
            title: 'Federal Reserve',
            standing: 'overdue',
            nextReviewDue: '2026-10-01',
          },
        };
      }),
      getPlan: jest.fn(async ({ name }) => ({
        status: {
          title:
            name === 'ach-payments' ? 'ACH payments plan' : 'Region loss plan',
          rto: name === 'ach-payments' ? 'PT4H' : 'PT8H',
        },
      })),
    } as any,
    onCall: {
      getEntityOnCall: jest.fn(async () => ({
        status: {} as any,
        items: [
          {
            entityRef: 'group:default/ach-operations-squad',
            title: 'ACH Operations Squad',
            escalationPolicy: { id: 'P1', name: 'ACH' },
            levels: [
              {
                level: 1,
                now: [{ userId: 'U1', name: 'Ada Okafor' }],
                next: {
                  person: { userId: 'U2', name: 'Sam Patel' },
                  start: '2026-11-23T09:00:00Z',
                },
              },
            ],
          },
        ],
      })),
      getIncidents: jest.fn(async query => ({
        status: {} as any,
        items: [],
        total: query?.status === 'triggered' ? 2 : 1,
      })),
    },
    scorecards: {
      getSquadScorecard: jest.fn(async () => ({
        level: { level: 2, name: 'Repeatable' },
      })),
    } as any,
  };
  return { ...base, ...overrides };
}

describe('loadServiceSummary', () => {
  it('gathers squad, domain, on call, incidents, operations, vendors, plans and level', async () => {
    const given = sources();
    const summary = await loadServiceSummary(service, given);
    expect(summary.squad).toEqual({
      ref: 'group:default/ach-operations-squad',
      title: 'ACH Operations Squad',
    });
    expect(summary.domain).toEqual({
      ref: 'domain:default/transfers',
      title: 'Transfers',
    });
    expect(summary.onCall).toEqual({
      value: {
        now: ['Ada Okafor'],
        next: { name: 'Sam Patel', start: '2026-11-23T09:00:00Z' },
      },
    });
    expect(summary.openIncidents).toEqual({ value: 3 });
    // The counts are the Operations tab's answer, not the entity's relations (one alert there).
    expect(summary.operations).toEqual({ value: { alerts: 9, procedures: 6 } });
    expect(given.alerts.getOperations).toHaveBeenCalledWith(
      'component:default/ach-origination-service',
    );
    expect(summary.vendors).toEqual([
      {
        ref: 'vendor:default/fed',
        title: 'Federal Reserve',
        value: { standing: 'overdue', due: '2026-10-01' },
      },
      {
        ref: 'vendor:default/sftp-co',
        title: 'sftp-co',
        error: 'continuity answered 503',
      },
    ]);
    // Covering the service or its system, each plan once.
    expect(summary.plans).toEqual([
      {
        ref: 'continuityplan:default/ach-payments',
        title: 'ACH payments plan',
        value: { rto: 'PT4H' },
      },
      {
        ref: 'continuityplan:default/region-loss',
        title: 'Region loss plan',
        value: { rto: 'PT8H' },
      },
    ]);
    expect(summary.squadLevel).toEqual({
      value: { level: 2, name: 'Repeatable' },
    });
  });

  it('says why a part is missing without losing the others', async () => {
    const summary = await loadServiceSummary(
      service,
      sources({
        onCall: {
          getEntityOnCall: jest.fn(async () => {
            throw new Error('on-call answered 401');
          }),
          getIncidents: jest.fn(async () => {
            throw new Error('on-call answered 401');
          }),
        },
      }),
    );
    expect(summary.onCall).toEqual({ error: 'on-call answered 401' });
    expect(summary.openIncidents).toEqual({ error: 'on-call answered 401' });
    expect(summary.operations).toEqual({ value: { alerts: 9, procedures: 6 } });
  });

  it('has no squad level without an owner squad', async () => {
    const given = sources();
    const summary = await loadServiceSummary(
      { ...service, relations: [] },
      given,
    );
    expect(summary.squad).toBeUndefined();
    expect(summary.domain).toBeUndefined();
    expect(summary.squadLevel).toEqual({ value: undefined });
    expect(summary.vendors).toEqual([]);
    expect(summary.plans).toEqual([]);
    expect(given.scorecards.getSquadScorecard).not.toHaveBeenCalled();
  });
});
