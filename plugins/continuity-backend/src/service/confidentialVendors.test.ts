import { resolve } from 'node:path';
import { BackstageCredentials, BackstageUserPrincipal } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { PermissionRuleset } from '@backstage/plugin-permission-node';
import {
  VENDOR_RESOURCE_TYPE,
  vendorConfidentialReadPermission,
} from '@readiness/plugin-continuity-common';
import { VendorEntity } from '@readiness/plugin-readiness-common';
import express from 'express';
import request from 'supertest';
import { RecordsIndex } from '@readiness/plugin-readiness-node';
import { loadDemoEntities } from '@readiness/plugin-readiness-node/testUtils';
import { seededRegisterHistory } from '../__testUtils__/registerHistory';
import { ContinuityService } from './ContinuityService';
import { createRouter } from './router';
import { ConfidentialVendorFile } from './ConfidentialVendorFile';
import { ConfidentialVendorAccess, isRelationshipOwner } from './vendorPermissions';
import { demoFinancialEntity } from '../__testUtils__/demoDoraRegister';

const NOW = new Date('2026-11-21T12:00:00Z');
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const CONFIDENTIAL_FILE = resolve(
  __dirname,
  '../../../../catalog-info/confidential/vendor-contracts.yaml',
);

// The demo people and what the permission policy decides for them (docs/permissions in the
// permission contract): leadership and auditors are allowed, everyone else only for the vendors
// whose relationship they own.
const PEOPLE: Record<string, { claims: string[]; decision: 'allow' | 'owner' }> = {
  'ada.engineer': {
    claims: ['user:default/ada.engineer', 'group:default/ach-operations-squad'],
    decision: 'owner',
  },
  'sam.lead': {
    claims: ['user:default/sam.lead', 'group:default/ach-operations-squad'],
    decision: 'owner',
  },
  'lee.leader': { claims: ['user:default/lee.leader', 'group:default/leadership'], decision: 'allow' },
  'alex.auditor': {
    claims: ['user:default/alex.auditor', 'group:default/auditors'],
    decision: 'allow',
  },
};

function decisionFor(credentials: BackstageCredentials): PolicyDecision {
  const userRef = (credentials.principal as BackstageUserPrincipal).userEntityRef;
  const person = PEOPLE[userRef.replace('user:default/', '')];
  if (!person) return { result: AuthorizeResult.DENY };
  if (person.decision === 'allow') return { result: AuthorizeResult.ALLOW };
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'continuity',
    resourceType: VENDOR_RESOURCE_TYPE,
    conditions: {
      rule: 'isRelationshipOwner',
      resourceType: VENDOR_RESOURCE_TYPE,
      params: { claims: person.claims },
    },
  };
}

const ruleset = {
  getRuleByName: (name: string) => {
    if (name !== isRelationshipOwner.name) throw new Error(`no rule ${name}`);
    return isRelationshipOwner;
  },
} as PermissionRuleset<VendorEntity>;

describe('confidential vendor fields, by role', () => {
  const permissions = mockServices.permissions.mock({
    authorizeConditional: async (requests, { credentials }) => {
      for (const { permission } of requests) {
        expect(permission).toEqual(vendorConfidentialReadPermission);
      }
      return requests.map(() => decisionFor(credentials)) as any;
    },
  });
  let app: express.Express;

  beforeAll(async () => {
    const httpAuth = mockServices.httpAuth();
    const index = new RecordsIndex({
      catalog: catalogServiceMock({ entities: loadDemoEntities() }),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
    });
    const clock = () => NOW;
    const confidentialVendors = new ConfidentialVendorAccess({
      permissions,
      ruleset,
      file: new ConfidentialVendorFile({
        path: CONFIDENTIAL_FILE,
        logger: mockServices.logger.mock(),
      }),
    });
    app = express();
    app.use(
      await createRouter({
        httpAuth,
        service: new ContinuityService({
          index,
          clock,
          confidentialVendors,
          history: await seededRegisterHistory({
            knex: await databases.init('SQLITE_3'),
            index,
            clock,
            confidentialFields: () => confidentialVendors.fields(),
          }),
          doraEntity: demoFinancialEntity(),
        }),
      }),
    );
    app.use(mockErrorHandler());
  });

  const get = (person: string, path: string) =>
    request(app)
      .get(path)
      .set('Authorization', mockCredentials.user.header(`user:default/${person}`));

  const WITHHELD = { access: 'withheld' };
  const FEDACH = {
    access: 'granted',
    fields: { annualValue: { amount: 420000, currency: 'USD' }, financialReviews: [] },
  };
  const VISA = {
    access: 'granted',
    fields: {
      annualValue: { amount: 2400000, currency: 'USD' },
      financialReviews: [
        {
          date: '2026-04-02',
          summary: 'Settlement exposure and collateral requirement reviewed.',
          evidence: 'https://grc.meridianpay.example/reviews/visa-fin-2026',
        },
      ],
    },
  };

  // FedACH's relationship owner is sam.lead; Visa's is isabel.fernandez.
  it.each([
    ['ada.engineer', WITHHELD, WITHHELD],
    ['sam.lead', FEDACH, WITHHELD],
    ['lee.leader', FEDACH, VISA],
    ['alex.auditor', FEDACH, VISA],
  ])('shows %s the vendor page with confidential fields only where allowed', async (person, fedach, visa) => {
    const fedachPage = await get(person, '/vendors/default/fedach');
    expect(fedachPage.status).toBe(200);
    expect(fedachPage.body.confidential).toEqual(fedach);
    const visaPage = await get(person, '/vendors/default/visa');
    expect(visaPage.body.confidential).toEqual(visa);
    // Nothing confidential travels anywhere else in the response.
    expect(/2400000|Settlement exposure|visa-fin-2026/.test(visaPage.text)).toBe(visa !== WITHHELD);
    expect(JSON.stringify(visaPage.body.vendor)).not.toMatch(/2400000|Settlement exposure/);
  });

  const csvRow = (csv: string, vendor: string) =>
    csv
      .trimEnd()
      .split('\r\n')
      .find(line => line.startsWith(`vendor:default/${vendor},`));

  it.each([
    ['ada.engineer', ',confidential,confidential,', ',confidential,confidential,'],
    ['sam.lead', ',420000,USD,', ',confidential,confidential,'],
    ['alex.auditor', ',420000,USD,', ',2400000,USD,'],
  ])('exports the register to %s with confidential columns only where allowed', async (person, fedach, visa) => {
    const response = await get(person, '/vendors.csv');
    expect(response.status).toBe(200);
    expect(response.text.split('\r\n')[0]).toContain('Annual value,Annual value currency');
    expect(csvRow(response.text, 'fedach')).toContain(fedach);
    expect(csvRow(response.text, 'visa')).toContain(visa);
    expect(csvRow(response.text, 'visa')!.includes('Settlement exposure')).toBe(
      visa !== ',confidential,confidential,',
    );
  });

  // 18 vendors have a contract value: two values each (currency and amount) in B_05.01.
  it.each([
    ['ada.engineer', { fedach: false, visa: false, withheld: 36 }],
    ['sam.lead', { fedach: true, visa: false, withheld: 32 }],
    ['lee.leader', { fedach: true, visa: true, withheld: 0 }],
  ])('fills the DORA amounts for %s only where allowed, and says how many it withheld', async (person, expected) => {
    const csv = await get(person, '/dora/B_05.01.csv');
    expect(csv.status).toBe(200);
    expect(csv.text.includes(',USD,420000')).toBe(expected.fedach);
    expect(csv.text.includes(',USD,2400000')).toBe(expected.visa);
    const summary = await get(person, '/dora');
    const b0501 = summary.body.tables.find((t: { code: string }) => t.code === 'B_05.01');
    expect(b0501.withheld).toBe(expected.withheld);
  });
  it.each(['alex.auditor', 'lee.leader'])(
    'gives %s, who sees every contract value, a submittable report package',
    async person => {
      const summary = await get(person, '/dora');
      expect(summary.body.package).toEqual({
        referenceDate: '2026-11-21',
        submittable: true,
        errors: 0,
        warnings: expect.any(Number),
      });
      const zip = await get(person, '/dora/package').responseType('blob');
      expect(zip.status).toBe(200);
      expect(zip.headers['content-type']).toBe('application/zip');
      // Named when it is made: the clock's time ends the name.
      expect(zip.headers['content-disposition']).toBe(
        'attachment; filename="5493001MERIDIANPAY22.IND_IE_DORA010100_DORA_2026-11-21_20261121120000000.zip"',
      );
      expect((zip.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    },
  );

  it('refuses the package to a reader from whom contract values are withheld: it is not submittable', async () => {
    const summary = await get('sam.lead', '/dora');
    expect(summary.body.package.submittable).toBe(false);
    const response = await get('sam.lead', '/dora/package');
    expect(response.status).toBe(422);
    expect(response.body.error.message).toMatch(/^The register is not submittable/);
    expect(response.body.findings).toContainEqual(
      expect.objectContaining({ rule: 'DORA-WITHHELD', severity: 'error', template: 'B_02.01' }),
    );
  });

  // The demo history's Aegis HSM contract was renewed for 210000 USD a year, from 189000; its
  // relationship is not owned by sam.lead.
  it.each([
    ['ada.engineer', false],
    ['sam.lead', false],
    ['alex.auditor', true],
  ])('shows %s past contract amounts and their changes only where allowed', async (person, allowed) => {
    const diff = await get(person, '/dora/diff?from=2025-12-31&to=2026-11-21');
    expect(diff.status).toBe(200);
    const aegis = diff.body.contracts.find((c: { key: string }) => c.key === 'ACS-HSM-2023-014');
    expect(aegis.fields.map((f: { column: string; before?: number; after?: number }) => [f.column, f.before, f.after])).toEqual([
      ...(allowed ? [['B_02.01.0050', 189000, 210000]] : []),
      ['B_02.02.0080', '2027-03-31', '2028-03-31'],
    ]);
    expect(diff.text.includes('189000')).toBe(allowed);

    const csv = await get(person, '/dora/B_05.01.csv?asOf=2025-12-31');
    expect(csv.text.includes(',USD,189000')).toBe(allowed);
    expect(csv.text.includes(',USD,420000')).toBe(person !== 'ada.engineer');
    const summary = await get(person, '/dora?asOf=2025-12-31');
    const b0501 = summary.body.tables.find((t: { code: string }) => t.code === 'B_05.01');
    expect(b0501.withheld > 0).toBe(!allowed);
    // The report package of that day: submittable only for a reader who sees every amount.
    expect(summary.body.package).toMatchObject({ referenceDate: '2025-12-31', submittable: allowed });
    const zip = await get(person, '/dora/package?asOf=2025-12-31');
    expect(zip.status).toBe(allowed ? 200 : 422);
    // Named for that day; sent only to whom it is submittable.
    expect(zip.headers['content-disposition']).toBe(
      allowed
        ? 'attachment; filename="5493001MERIDIANPAY22.IND_IE_DORA010100_DORA_2025-12-31_20261121120000000.zip"'
        : undefined,
    );
  });
});

/** The access with the demo people's decisions, on a clock the test moves. */
function accessOnClock() {
  const now = { ms: 0 };
  const permissions = mockServices.permissions.mock({
    authorizeConditional: async (requests, { credentials }) =>
      requests.map(() => decisionFor(credentials)) as any,
  });
  const access = new ConfidentialVendorAccess({
    permissions,
    ruleset,
    file: new ConfidentialVendorFile({ logger: mockServices.logger.mock() }),
    clock: () => now.ms,
  });
  return { now, permissions, access };
}

const requestBy = (person: string) => mockCredentials.user(`user:default/${person}`);

describe('the confidential read decision', () => {
  it('is asked once per person per ten seconds, and again after', async () => {
    const { now, permissions, access } = accessOnClock();
    const fedach = { spec: { relationshipOwner: 'user:default/sam.lead' } } as VendorEntity;

    expect((await access.mayRead(requestBy('sam.lead')))(fedach)).toBe(true);
    expect((await access.mayRead(requestBy('sam.lead')))(fedach)).toBe(true);
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(1);
    // Someone else gets their own decision.
    expect((await access.mayRead(requestBy('ada.engineer')))(fedach)).toBe(false);
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(2);

    now.ms += 10_000;
    await access.mayRead(requestBy('sam.lead'));
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(3);
  });

  it('works out the readable vendors of a list once per decision, and again for a new list or decision', async () => {
    const { now, access } = accessOnClock();
    const vendor = (name: string, relationshipOwner: string) =>
      ({
        kind: 'Vendor',
        metadata: { name, namespace: 'default' },
        spec: { relationshipOwner },
      }) as VendorEntity;
    const vendors = [
      vendor('fedach', 'user:default/sam.lead'),
      vendor('Cloudline', 'group:default/ach-operations-squad'),
      vendor('printco', 'user:default/lee.leader'),
    ];

    const sam = await access.readableAmong(requestBy('sam.lead'), vendors);
    expect([...sam.refs]).toEqual(['vendor:default/fedach', 'vendor:default/cloudline']);
    expect(sam.key).toBe('vendor:default/fedach vendor:default/cloudline');
    expect(await access.readableAmong(requestBy('sam.lead'), vendors)).toBe(sam);

    const lee = await access.readableAmong(requestBy('lee.leader'), vendors);
    expect(lee.refs.size).toBe(3);
    const someoneElse = await access.readableAmong(requestBy('nobody'), vendors);
    expect(someoneElse).toEqual({ refs: new Set(), key: '' });

    // A new records snapshot is a new list; a new decision is asked after ten seconds.
    const moved = [vendors[0], vendor('cloudline', 'user:default/lee.leader')];
    expect([...(await access.readableAmong(requestBy('sam.lead'), moved)).refs]).toEqual([
      'vendor:default/fedach',
    ]);
    now.ms += 10_000;
    const later = await access.readableAmong(requestBy('sam.lead'), vendors);
    expect(later).not.toBe(sam);
    expect(later).toEqual(sam);
  });
});
