import { readFileSync } from 'fs';
import { resolve } from 'path';
import {
  confidentialFieldsByVendor,
  parseConfidentialVendorFile,
} from '@readiness/plugin-continuity-common';
import {
  ContinuityPlanEntity,
  isContinuityPlanEntity,
  isVendorEntity,
} from '@readiness/plugin-readiness-common';
import { refKey } from '@readiness/plugin-readiness-node';
import { loadDemoEntities } from '@readiness/plugin-readiness-node/testUtils';
import { buildDependencyGraph } from './dependencyGraph';
import { blastRadius } from './recoveryObjectives';
import { diffRegisters } from './registerDiff';
import {
  canonicalJson,
  contentHash,
  planDemoRegisterHistory,
  registerContentOf,
  registerTablesOf,
} from './registerHistory';

const NOW = new Date('2026-11-22T10:00:00Z');

function demoContent() {
  const entities = loadDemoEntities();
  const graph = buildDependencyGraph(entities);
  const plans = entities.filter(isContinuityPlanEntity);
  const { file } = parseConfidentialVendorFile(
    readFileSync(
      resolve(__dirname, '../../../../catalog-info/confidential/vendor-contracts.yaml'),
      'utf8',
    ),
  );
  return registerContentOf({
    vendors: entities.filter(isVendorEntity),
    plans,
    plansDependingOn: vendor =>
      blastRadius(graph, refKey(vendor)).dependents.flatMap(node =>
        plans.filter(plan => refKey(plan) === node.ref),
      ),
    confidential: confidentialFieldsByVendor(file!),
  });
}

describe('register content', () => {
  it('keeps what the register reads, so ids, etags and order do not make a new snapshot', () => {
    const content = demoContent();
    const [vendor] = content.vendors;
    expect(Object.keys(vendor.metadata).sort()).toEqual(
      vendor.metadata.title ? ['name', 'namespace', 'title'] : ['name', 'namespace'],
    );
    const reordered = registerContentOf({
      vendors: [...content.vendors]
        .reverse()
        .map(v => ({ ...v, metadata: { ...v.metadata, uid: 'x', etag: 'y' } })),
      plans: [...content.plans].reverse(),
      plansDependingOn: v =>
        (content.plansDependingOn[refKey(v)] ?? []).map(
          ref => content.plans.find(plan => refKey(plan) === ref) as ContinuityPlanEntity,
        ),
      confidential: new Map(Object.entries(content.confidential).reverse()),
    });
    expect(contentHash(canonicalJson(reordered))).toBe(contentHash(canonicalJson(content)));
  });

  it('writes keys in order, so equal values hash equally', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
    expect(contentHash('{}')).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash('{}')).not.toBe(contentHash('{"a":1}'));
  });
});

describe('the demo register history', () => {
  it('dates one snapshot a year back, from which the register differs in every way reported', () => {
    const current = demoContent();
    const [step] = planDemoRegisterHistory(current, NOW);
    expect(step.takenAt.toISOString()).toBe('2025-11-22T10:00:00.000Z');
    expect(step.content.vendors).toHaveLength(current.vendors.length - 1);

    const diff = diffRegisters(
      registerTablesOf(step.content, '2025-12-31'),
      registerTablesOf(current, '2026-11-22'),
    );
    // The vendor whose contract started last was not in the register yet; the renewed contract
    // raised its provider's total annual cost too.
    expect(diff.providers).toEqual([
      expect.objectContaining({ change: 'added', subject: 'vendor:default/edgeshield-cdn' }),
      expect.objectContaining({
        change: 'changed',
        label: 'Aegis Cryptographic Services Inc.',
        fields: [
          {
            column: 'B_05.01.0100',
            name: 'Total annual expense or estimated cost of the ICT third-party service provider',
            before: 189000,
            after: 210000,
          },
        ],
      }),
    ]);
    expect(diff.contracts.map(c => [c.change, c.label])).toEqual([
      ['added', 'ESN-2024-0045'],
      ['changed', 'ACS-HSM-2023-014'],
    ]);
    // The first vendor with an end date renewed its contract: a year longer, a tenth dearer.
    expect(diff.contracts[1].fields).toEqual([
      {
        column: 'B_02.01.0050',
        name: 'Annual expense or estimated cost of the contractual arrangement for the past year',
        before: 189000,
        after: 210000,
      },
      {
        column: 'B_02.02.0080',
        name: 'End date of the contractual arrangement',
        before: '2027-03-31',
        after: '2028-03-31',
      },
    ]);
    // The first plan with an RTO had twice today's.
    expect(diff.functions).toEqual([
      {
        key: 'continuityplan:default/ach-payments-continuity',
        label: 'ACH payments',
        subject: 'continuityplan:default/ach-payments-continuity',
        change: 'changed',
        fields: [
          {
            column: 'B_06.01.0080',
            name: 'Recovery time objective of the function',
            before: 8,
            after: 4,
          },
        ],
      },
    ]);
  });

  it('plans nothing without vendors', () => {
    expect(
      planDemoRegisterHistory(
        { vendors: [], plans: [], plansDependingOn: {}, confidential: {} },
        NOW,
      ),
    ).toEqual([]);
  });
});
