import { readFileSync } from 'fs';
import { resolve } from 'path';
import {
  ContinuityPlanEntity,
  VendorEntity,
} from '@readiness/plugin-readiness-common';
import { DORA_TABLE_CODES } from '@readiness/plugin-continuity-common';
import { demoFinancialEntity } from '../__testUtils__/demoDoraRegister';
import { testVendor } from '../__testUtils__/registerHistory';
import taxonomy from './dora/ebaDoraTaxonomy.json';
import {
  buildDoraTable,
  DoraRecords,
  doraTableCsv,
  summarizeMissingValues,
  withholdConfidentialValues,
} from './doraRegister';

const fedach: VendorEntity = {
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'Vendor',
  metadata: { name: 'fedach', title: 'Federal Reserve FedACH Services' },
  spec: {
    legalName: 'Federal Reserve Bank of Atlanta',
    lei: '549300VGEJKB7Y4ZJB42',
    country: 'US',
    owner: 'group:ach-operations-squad',
    relationshipOwner: 'user:sam.lead',
    ictServiceType: 'payment-processing',
    services: ['ACH clearing'],
    criticality: 'critical',
    supportsCriticalFunction: true,
    contract: {
      reference: 'FRB-ACH-2019-044',
      startDate: '2019-03-01',
      noticePeriod: 'P6M',
      governingLaw: 'US',
    },
    dataLocations: ['US'],
    storesData: true,
    substitutability: 'difficult',
    alternatives: [{ name: 'The Clearing House EPN', vendor: 'vendor:tch-epn' }],
    exitPlan: { summary: 'Route through EPN.' },
    reviews: [
      { type: 'security', date: '2025-01-10', result: 'pass', nextDue: '2026-01-10', reviewer: 'user:a' },
      { type: 'security', date: '2026-01-10', result: 'pass', nextDue: '2027-01-10', reviewer: 'user:a' },
      { type: 'financial', date: '2026-02-01', result: 'pass', nextDue: '2027-02-01', reviewer: 'user:a' },
    ],
  },
};

// A vendor with only the required fields: its gaps must be listed, not filled in. Its legal
// name is a spreadsheet formula, which the CSV must neutralise.
const bareFields = testVendor('relaywave-sms', {
  reference: 'RW-1',
  startDate: '2023-01-01',
  endDate: '2026-06-30',
});
const bare: VendorEntity = {
  ...bareFields,
  spec: { ...bareFields.spec, legalName: '=cmd|calc Ltd' },
};

const plan: ContinuityPlanEntity = {
  apiVersion: 'readiness.dev/v1alpha1',
  kind: 'ContinuityPlan',
  metadata: { name: 'ach-payments-continuity' },
  spec: {
    function: 'ACH payments',
    owner: 'group:ach-operations-squad',
    criticality: 'critical',
    covers: ['system:ach'],
    bia: {
      rto: 'PT4H',
      rpo: 'PT5M',
      impacts: [
        { after: 'PT1H', financial: 'low', customer: 'medium' },
        { after: 'PT4H', regulatory: 'severe' },
      ],
    },
    lastReviewed: '2026-05-04',
  },
};

const records: DoraRecords = {
  today: '2026-11-21',
  vendors: [fedach, bare],
  plans: [plan],
  plansDependingOn: vendor => (vendor === fedach ? [plan] : []),
  confidentialOf: vendor =>
    vendor === fedach
      ? { annualValue: { amount: 420000, currency: 'USD' }, financialReviews: [] }
      : undefined,
};

const valuesOf = (code: (typeof DORA_TABLE_CODES)[number], row = 0) => {
  const table = buildDoraTable(code, records);
  return Object.fromEntries(
    table.columns.map((column, index) => [column.code, table.rows[row].values[index]]),
  );
};

const missingOf = (code: (typeof DORA_TABLE_CODES)[number], subject: string, context?: string) =>
  buildDoraTable(code, records)
    .missing.filter(m => m.subject === subject && m.context === context)
    .map(m => m.column);

const fedachRef = 'vendor:default/fedach';

describe('DORA register of information', () => {
  it("has the taxonomy's columns of every template, in order", () => {
    for (const table of taxonomy.tables) {
      const code = table.code as (typeof DORA_TABLE_CODES)[number];
      expect(buildDoraTable(code, records).columns.map(c => c.code)).toEqual(
        table.columns.map(column => `${table.code}.${column.code}`),
      );
    }
    expect(taxonomy.tables.map(table => table.code)).toEqual([...DORA_TABLE_CODES]);
  });

  it('maps the vendor and plan fields', () => {
    expect(valuesOf('B_02.01')).toEqual({
      'B_02.01.0010': 'FRB-ACH-2019-044',
      'B_02.01.0020': undefined,
      'B_02.01.0030': undefined,
      'B_02.01.0040': 'USD',
      'B_02.01.0050': 420000,
    });
    expect(valuesOf('B_02.02')).toMatchObject({
      'B_02.02.0030': '549300VGEJKB7Y4ZJB42',
      'B_02.02.0040': 'LEI',
      'B_02.02.0050': 'ach-payments-continuity',
      'B_02.02.0060': 'S07',
      'B_02.02.0070': '2019-03-01',
      'B_02.02.0080': '9999-12-31',
      'B_02.02.0100': 180,
      'B_02.02.0120': 'US',
      'B_02.02.0140': 'Yes',
      'B_02.02.0150': 'US',
    });
    expect(valuesOf('B_05.01')).toMatchObject({
      'B_05.01.0010': '549300VGEJKB7Y4ZJB42',
      'B_05.01.0050': 'Federal Reserve Bank of Atlanta',
      'B_05.01.0060': 'Federal Reserve Bank of Atlanta',
      'B_05.01.0070': 'Legal person, excluding individual acting in a business capacity',
      'B_05.01.0080': 'US',
      'B_05.01.0090': 'USD',
      'B_05.01.0100': 420000,
    });
    expect(valuesOf('B_06.01')).toEqual({
      'B_06.01.0010': 'ach-payments-continuity',
      'B_06.01.0020': undefined,
      'B_06.01.0030': 'ACH payments',
      'B_06.01.0040': undefined,
      'B_06.01.0050': 'Yes',
      'B_06.01.0060': undefined,
      'B_06.01.0070': '2026-05-04',
      'B_06.01.0080': 4,
      // 5 minutes, in whole hours rounded up.
      'B_06.01.0090': 1,
      'B_06.01.0100': 'High',
    });
    expect(valuesOf('B_07.01')).toMatchObject({
      'B_07.01.0040': 'S07',
      'B_07.01.0050': 'Highly complex substitutability',
      'B_07.01.0070': '2026-01-10',
      'B_07.01.0080': 'Yes',
      'B_07.01.0100': 'High',
      'B_07.01.0110': 'Yes',
      'B_07.01.0120': 'The Clearing House EPN',
    });
    expect(valuesOf('B_07.01', 1)).toMatchObject({
      'B_07.01.0050': undefined,
      'B_07.01.0080': 'No',
      'B_07.01.0100': 'Medium',
      'B_07.01.0110': 'No',
    });
  });

  it('lists every required value the records lack, and fills in none', () => {
    const bareRef = 'vendor:default/relaywave-sms';
    expect(missingOf('B_02.01', fedachRef)).toEqual(['B_02.01.0020']);
    expect(missingOf('B_02.01', bareRef)).toEqual([
      'B_02.01.0020',
      'B_02.01.0040',
      'B_02.01.0050',
    ]);
    expect(missingOf('B_02.02', fedachRef, 'continuityplan:default/ach-payments-continuity')).toEqual([
      'B_02.02.0020',
      'B_02.02.0110',
      'B_02.02.0130',
      'B_02.02.0170',
      'B_02.02.0180',
    ]);
    // Not critical and storing no data, but ended without a recorded reason, and no plan needs it.
    expect(missingOf('B_02.02', bareRef)).toEqual([
      'B_02.02.0020',
      'B_02.02.0030',
      'B_02.02.0040',
      'B_02.02.0050',
      'B_02.02.0090',
    ]);
    expect(missingOf('B_05.01', bareRef)).toEqual([
      'B_05.01.0010',
      'B_05.01.0020',
      'B_05.01.0070',
      'B_05.01.0100',
      'B_05.01.0110',
      'B_05.01.0120',
    ]);
    expect(missingOf('B_06.01', 'continuityplan:default/ach-payments-continuity')).toEqual([
      'B_06.01.0020',
      'B_06.01.0040',
    ]);
    expect(missingOf('B_07.01', fedachRef)).toEqual(['B_07.01.0060', 'B_07.01.0090']);
    const missing = buildDoraTable('B_07.01', records).missing.find(
      m => m.subject === fedachRef && m.column === 'B_07.01.0060',
    );
    expect(missing?.reason).toBe(
      'required because substitutability is "Not substitutable" or "Highly complex substitutability"; spec.substitutabilityReason is empty',
    );
    expect(
      buildDoraTable('B_05.01', records).missing.find(m => m.column === 'B_05.01.0010')?.reason,
    ).toBe('mandatory; spec.lei is empty');
  });

  it('sums up the missing values column by column', () => {
    const summary = summarizeMissingValues(buildDoraTable('B_02.02', records).missing, 1);
    expect(summary.find(column => column.column === 'B_02.02.0020')).toEqual({
      column: 'B_02.02.0020',
      columnName: 'LEI of the entity making use of the ICT service(s)',
      source: 'readiness.dora.entity.lei',
      rows: 2,
      reasons: ['mandatory; readiness.dora.entity.lei is empty'],
      subjects: ['vendor:default/fedach'],
      subjectCount: 2,
    });
    expect(summary.find(column => column.column === 'B_02.02.0090')).toMatchObject({
      rows: 1,
      subjects: ['vendor:default/relaywave-sms'],
      reasons: ['required because the contractual arrangement has ended; spec.contract.terminationReason is empty'],
    });
  });

  it('withholds the confidential values of the vendors a reader may not see, and only those', () => {
    const table = buildDoraTable('B_05.01', records);
    const asSeen = withholdConfidentialValues(table, subject => subject !== fedachRef);
    const column = (code: string) => table.columns.findIndex(c => c.code === code);
    expect(asSeen.withheld).toBe(2);
    expect(asSeen.rows[0].values[column('B_05.01.0090')]).toBeUndefined();
    expect(asSeen.rows[0].values[column('B_05.01.0100')]).toBeUndefined();
    expect(asSeen.rows[0].values[column('B_05.01.0050')]).toBe('Federal Reserve Bank of Atlanta');
    expect(doraTableCsv(asSeen)).not.toContain('420000');
    expect(asSeen.missing).toEqual(table.missing);
    expect(withholdConfidentialValues(table, () => true)).toEqual(table);
    expect(
      withholdConfidentialValues(buildDoraTable('B_07.01', records), () => false).withheld,
    ).toBe(0);
  });

  it('writes a table as CSV with coded headers and neutralised formulas', () => {
    const csv = doraTableCsv(buildDoraTable('B_05.01', records));
    const [header, , bareRow] = csv.trimEnd().split('\r\n');
    expect(header.split(',').slice(0, 2)).toEqual([
      'B_05.01.0010 Identification code of the ICT third-party service provider',
      'B_05.01.0020 Type of code to identify the ICT third-party service provider',
    ]);
    expect(header).toContain(
      "B_05.01.0080 Country of the ICT third-party service provider's headquarters",
    );
    expect(bareRow).toBe(",,,,'=cmd|calc Ltd,'=cmd|calc Ltd,,GB,,,,");
  });

  it('describes the financial entity, its scope and branches from the configuration', () => {
    const withEntity = { ...records, entity: demoFinancialEntity() };
    const row = (code: (typeof DORA_TABLE_CODES)[number]) => buildDoraTable(code, withEntity).rows;
    expect(row('B_01.01')[0].values).toEqual([
      '5493001MERIDIANPAY22',
      'Meridian Pay Europe Limited',
      'IE',
      'Payment institution',
      'Central Bank of Ireland',
      '2026-11-21',
    ]);
    expect(row('B_01.02')[0].values.slice(4, 6)).toEqual(['Subsidiary', '5493001MERIDIANINC63']);
    expect(row('B_01.03').map(branch => branch.values)).toEqual([
      ['IE-MPE-DE-01', '5493001MERIDIANPAY22', 'Meridian Pay Europe Limited, Frankfurt branch', 'DE'],
    ]);
    expect(row('B_06.01')[0].values[3]).toBe('5493001MERIDIANPAY22');
    // Without it, the entity's values are listed as missing where the configuration is named.
    expect(missingOf('B_01.01', 'readiness.dora.entity')).toEqual([
      'B_01.01.0010',
      'B_01.01.0020',
      'B_01.01.0030',
      'B_01.01.0040',
      'B_01.01.0050',
    ]);
  });

  it('ranks the supply chain: the provider we contract with first, then its subcontractors', () => {
    const aws: VendorEntity = {
      ...bare,
      metadata: { name: 'aws' },
      spec: { ...bare.spec, legalName: 'Amazon Web Services, Inc.', lei: '5493000AWSINC8L2PQ86', contract: undefined },
    };
    const chained: DoraRecords = {
      ...records,
      vendors: [{ ...fedach, spec: { ...fedach.spec, subcontractors: ['vendor:aws'] } }, bare, aws],
    };
    const chain = buildDoraTable('B_05.02', chained).rows.map(r => [r.values[0], r.values[2], r.values[4], r.values[5]]);
    expect(chain).toEqual([
      ['FRB-ACH-2019-044', '549300VGEJKB7Y4ZJB42', 1, undefined],
      ['FRB-ACH-2019-044', '5493000AWSINC8L2PQ86', 2, '549300VGEJKB7Y4ZJB42'],
      ['RW-1', undefined, 1, undefined],
    ]);
    // A provider we hold no contract with is in B_05.01 but signs no contract of ours.
    expect(buildDoraTable('B_05.01', chained).rows).toHaveLength(3);
    expect(buildDoraTable('B_02.01', chained).rows).toHaveLength(2);
  });

  it('reports one B_02.02 row per country our data is kept in, the key the template asks for', () => {
    const twoCountries: DoraRecords = {
      ...records,
      vendors: [{ ...fedach, spec: { ...fedach.spec, dataLocations: ['US', 'IE'] } }],
    };
    const rows = buildDoraTable('B_02.02', twoCountries).rows;
    expect(rows.map(r => [r.values[14], r.values[15]])).toEqual([
      ['US', 'US'],
      ['IE', 'IE'],
    ]);
  });

  it("defines B_99.01's options by the record values that give them", () => {
    const [definitions] = buildDoraTable('B_99.01', records).rows;
    expect(definitions.values[9]).toBe("Given when the vendor's substitutability is impossible.");
    expect(definitions.values[8]).toBe(
      "Given when the worst impact level of the plan's business-impact analysis is high or severe.",
    );
  });

  it('documents every column it fills in docs/dora-register.md', () => {
    const doc = readFileSync(resolve(__dirname, '../../../../docs/dora-register.md'), 'utf8');
    for (const code of DORA_TABLE_CODES) {
      for (const column of buildDoraTable(code, records).columns) {
        expect(doc).toContain(`| ${column.code} | ${column.name} |`);
      }
    }
  });
});
