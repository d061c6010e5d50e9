import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ConfidentialVendorFields } from '@readiness/plugin-continuity-common';
import { VendorEntity } from '@readiness/plugin-readiness-common';
import {
  RecordsIndex,
  RecordsIndexService,
} from '@readiness/plugin-readiness-node';
import { Knex } from 'knex';
import { RegisterSnapshotStore } from '../database/RegisterSnapshotStore';
import { ContinuityService } from '../service/ContinuityService';
import { IncidentReader } from '../service/PagerDutyRecoveries';
import { RegisterHistory } from '../service/RegisterHistory';

/** A register history on the test database, seeded with the demo's year-old snapshot. */
export async function seededRegisterHistory(options: {
  knex: Knex;
  index: RecordsIndexService;
  clock: () => Date;
  confidentialFields?: () => Promise<
    ReadonlyMap<string, ConfidentialVendorFields>
  >;
}): Promise<RegisterHistory> {
  const history = new RegisterHistory({
    store: await RegisterSnapshotStore.create({
      getClient: async () => options.knex,
    }),
    index: options.index,
    confidentialFields: options.confidentialFields ?? (async () => new Map()),
    clock: options.clock,
    logger: mockServices.logger.mock(),
  });
  // The first try only notes the records; the second, finding them unchanged, seeds.
  expect(await history.seedDemoOnce()).toBe(false);
  expect(await history.seedDemoOnce()).toBe(true);
  return history;
}

/**
 * The continuity service over `entities` as the catalog serves them, at `now`, with the demo's
 * register history on the test database and, when given, PagerDuty's incidents.
 */
export async function testContinuityService(options: {
  entities: Entity[];
  knex: Knex;
  now: Date;
  incidents?: IncidentReader;
}): Promise<ContinuityService> {
  const index = new RecordsIndex({
    catalog: catalogServiceMock({ entities: options.entities }),
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
  });
  const clock = () => options.now;
  return new ContinuityService({
    index,
    clock,
    history: await seededRegisterHistory({ knex: options.knex, index, clock }),
    incidents: options.incidents,
  });
}

/** A vendor with the register's required fields, and the contract given. */
export function testVendor(
  name: string,
  contract?: VendorEntity['spec']['contract'],
): VendorEntity {
  return {
    apiVersion: 'readiness.dev/v1alpha1',
    kind: 'Vendor',
    metadata: { name, namespace: 'default' },
    spec: {
      legalName: `${name} Ltd`,
      country: 'GB',
      owner: 'group:platform-sre-squad',
      relationshipOwner: 'user:jonas.weber',
      ictServiceType: 'communications',
      services: ['SMS'],
      criticality: 'medium',
      ...(contract ? { contract } : {}),
    },
  };
}
