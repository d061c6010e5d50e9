import { VendorEntity } from '@readiness/plugin-readiness-common';
import { vendorRegisterRow } from './vendorRegister';

const vendor: VendorEntity = {
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'Vendor',
  metadata: { name: 'relaywave-sms', title: 'Relaywave SMS' },
  spec: {
    legalName: 'Relaywave Ltd',
    country: 'GB',
    owner: 'group:platform-sre-squad',
    relationshipOwner: 'jonas.weber',
    ictServiceType: 'communications',
    services: ['SMS delivery'],
    criticality: 'high',
    supports: ['component:notification-service', 'system:retired'],
  },
} as VendorEntity;

describe('vendorRegisterRow', () => {
  it('carries the titles of the entities it names, by the ref as written, for those that exist', () => {
    const known: Record<string, string> = {
      'group group:platform-sre-squad': 'Platform SRE Squad',
      'user jonas.weber': 'Jonas Weber',
      'component component:notification-service': 'Notification service',
    };
    const row = vendorRegisterRow(vendor, '2026-11-21', [], (ref, defaultKind) => known[`${defaultKind} ${ref}`]);
    expect(row.titles).toEqual({
      'group:platform-sre-squad': 'Platform SRE Squad',
      'jonas.weber': 'Jonas Weber',
      'component:notification-service': 'Notification service',
    });
    expect(row.supports).toEqual(['component:notification-service', 'system:retired']);
  });
});
