import { Entity } from '@backstage/catalog-model';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { hasPagerDutyService, onPagerDutyFilter } from './annotations';

function component(annotations?: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'a', annotations },
    spec: { type: 'service' },
  };
}

describe('hasPagerDutyService', () => {
  it('knows which components can take an incident', () => {
    expect(
      hasPagerDutyService(component({ 'pagerduty.com/service-id': 'PABC123' })),
    ).toBe(true);
    // Catalogs that still carry routing keys keep working.
    expect(
      hasPagerDutyService(
        component({ 'pagerduty.com/integration-key': 'abc123' }),
      ),
    ).toBe(true);
    expect(hasPagerDutyService(component())).toBe(false);
  });
});

describe('onPagerDutyFilter', () => {
  it('asks the catalog for either annotation, of one kind when given', () => {
    expect(onPagerDutyFilter('Component')).toEqual([
      {
        kind: 'Component',
        'metadata.annotations.pagerduty.com/service-id': CATALOG_FILTER_EXISTS,
      },
      {
        kind: 'Component',
        'metadata.annotations.pagerduty.com/integration-key':
          CATALOG_FILTER_EXISTS,
      },
    ]);
    expect(onPagerDutyFilter()).toEqual([
      {
        'metadata.annotations.pagerduty.com/service-id': CATALOG_FILTER_EXISTS,
      },
      {
        'metadata.annotations.pagerduty.com/integration-key':
          CATALOG_FILTER_EXISTS,
      },
    ]);
  });
});
