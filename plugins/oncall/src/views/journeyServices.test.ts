import { Entity } from '@backstage/catalog-model';
import {
  dependencyRefs,
  monitoredRefs,
  rankJourneyServices,
} from './journeyServices';

const integrated = { 'pagerduty.com/service-id': 'PABC123' };

function component(name: string, extra: { annotations?: Record<string, string>; dependsOn?: string[] } = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, annotations: extra.annotations },
    spec: { type: 'service', dependsOn: extra.dependsOn },
  };
}

function alert(name: string, monitors: string): Entity {
  return {
    apiVersion: 'readiness.dev/v1alpha1',
    kind: 'Alert',
    metadata: { name },
    spec: { journey: 'card-payment', monitors },
    relations: [{ type: 'monitors', targetRef: `component:default/${monitors}` }],
  };
}

describe('rankJourneyServices', () => {
  const components = [
    component('payment-gateway', { annotations: integrated }),
    component('card-authorization-service', { annotations: integrated }),
    component('card-settlement-service', { annotations: integrated }),
    component('visa-clearing-file', {
      dependsOn: ['component:card-settlement-service', 'component:payment-gateway', 'resource:card-db'],
    }),
    component('untracked-service'),
  ];

  it('puts the integrated services most alerts watch first, then what watched jobs depend on', () => {
    expect(
      rankJourneyServices(
        [
          alert('gateway-errors', 'payment-gateway'),
          alert('auth-latency', 'card-authorization-service'),
          alert('auth-errors', 'card-authorization-service'),
          alert('visa-file-late', 'visa-clearing-file'),
          alert('untracked', 'untracked-service'),
        ],
        components,
      ),
    ).toEqual([
      'component:default/card-authorization-service',
      'component:default/payment-gateway',
      'component:default/card-settlement-service',
    ]);
  });

  it('finds nothing for a journey whose alerts watch nothing integrated', () => {
    expect(rankJourneyServices([alert('untracked', 'untracked-service')], components)).toEqual([]);
  });
});

describe('relation helpers', () => {
  it('reads relations, or the spec before the catalog has processed the entity', () => {
    expect(monitoredRefs(alert('a', 'payment-gateway'))).toEqual([
      'component:default/payment-gateway',
    ]);
    expect(
      monitoredRefs({ ...alert('a', 'payment-gateway'), relations: undefined }),
    ).toEqual(['component:default/payment-gateway']);
    expect(dependencyRefs(component('job', { dependsOn: ['resource:db', 'component:api'] }))).toEqual([
      'resource:default/db',
      'component:default/api',
    ]);
  });
});
