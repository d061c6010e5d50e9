import { Entity } from '@backstage/catalog-model';
import { createCatalogLookup } from '@readiness/plugin-alerts-common';
import { indexServiceJobs } from './serviceJobs';

const component = (
  name: string,
  type: string,
  dependsOn: string[] = [],
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name },
  spec: { type, owner: 'group:squad', lifecycle: 'production', dependsOn },
});

describe('indexServiceJobs', () => {
  const catalog = [
    component('ach-service', 'service'),
    component('ach-file-0600', 'job', [
      'component:ach-service',
      'resource:ach-db',
      'component:ledger-website',
    ]),
    component('ach-file-1000', 'job', ['Component:default/ACH-Service']),
    component('ledger-website', 'website'),
    component('gateway', 'service', ['component:ach-service']),
  ];
  const links = indexServiceJobs(catalog, createCatalogLookup(catalog));

  it("lists a service's jobs, whatever the spelling of the ref", () => {
    expect(links.jobsOf('component:default/ach-service')).toEqual([
      'component:default/ach-file-0600',
      'component:default/ach-file-1000',
    ]);
  });

  it('lists the services a job runs on, not the resources or websites it uses', () => {
    expect(links.servicesOf('component:default/ach-file-0600')).toEqual([
      'component:default/ach-service',
    ]);
  });

  it('counts a service depending on a service as no job', () => {
    expect(links.servicesOf('component:default/gateway')).toEqual([]);
    expect(links.jobsOf('component:default/ledger-website')).toEqual([]);
  });
});
