// The continuity logic against the demo organisation's records, on the demo's fixed day.
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, resolve } from 'path';
import { Entity } from '@backstage/catalog-model';
import { parseAllDocuments } from 'yaml';
import {
  ContinuityPlanEntity,
  ExerciseEntity,
  ProcedureEntity,
  VendorEntity,
} from '@readiness/plugin-readiness-common';
import {
  DUE_STANDINGS,
} from '@readiness/plugin-continuity-common';
import { buildDependencyGraph } from './dependencyGraph';
import { blastRadius, findRtoConflicts } from './recoveryObjectives';
import { listReviews } from './reviewsDue';

const TODAY = '2026-11-21';

function readDemo(): Entity[] {
  const root = resolve(__dirname, '../../../../catalog-info');
  const files = (folder: string): string[] =>
    readdirSync(folder).flatMap(name => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return name === 'docs' ? [] : files(path);
      return /\.ya?ml$/.test(name) && !['mkdocs.yml', 'taxonomy.yaml'].includes(name)
        ? [path]
        : [];
    });
  return files(root).flatMap(path =>
    parseAllDocuments(readFileSync(path, 'utf8'))
      .map(document => document.toJS())
      .filter(entity => entity?.kind && entity.metadata?.name),
  );
}

const demo = readDemo();
const ofKind = <T extends Entity>(kind: string) => demo.filter(e => e.kind === kind) as T[];
const graph = buildDependencyGraph(demo);

describe('continuity over the demo records', () => {
  it('flags the card payments plan: its 1-hour RTO against the processor 4-hour outage', () => {
    const conflicts = findRtoConflicts(graph);
    expect(conflicts).toContainEqual({
      plan: 'continuityplan:default/card-payments-continuity',
      planRto: 'PT1H',
      planRtoSeconds: 3600,
      dependency: 'vendor:default/tessera-card-processing',
      dependencyObjective: {
        duration: 'PT4H',
        seconds: 14_400,
        source: 'vendor:default/tessera-card-processing',
        basis: 'vendor-max-tolerable-outage',
      },
      path: [
        'continuityplan:default/card-payments-continuity',
        'vendor:default/tessera-card-processing',
      ],
    });
    // The ACH plan's 4 hours fit FedACH's 4 hours: no conflict there.
    expect(
      conflicts.filter(
        c =>
          c.plan === 'continuityplan:default/ach-payments-continuity' &&
          c.dependency === 'vendor:default/fedach',
      ),
    ).toEqual([]);
  });

  it('finds what losing the card processor reaches and the RTO it breaks', () => {
    const radius = blastRadius(graph, 'vendor:default/tessera-card-processing');
    const refs = radius.dependents.map(node => node.ref);
    expect(refs).toEqual(
      expect.arrayContaining([
        'component:default/card-authorization-service',
        'system:default/card-processing',
        'continuityplan:default/card-payments-continuity',
      ]),
    );
    expect(new Set(refs).size).toBe(refs.length);
    expect(radius.brokenRtos.map(c => c.plan)).toEqual([
      'continuityplan:default/card-payments-continuity',
    ]);
  });

  it('lists the vendor reviews overdue or due soon on the demo day', () => {
    const reviews = listReviews(
      {
        vendors: ofKind<VendorEntity>('Vendor'),
        procedures: ofKind<ProcedureEntity>('Procedure'),
        plans: ofKind<ContinuityPlanEntity>('ContinuityPlan'),
        exercises: ofKind<ExerciseEntity>('Exercise'),
      },
      TODAY,
    );
    const due = (standing: string) =>
      reviews
        .filter(r => r.standing === standing && r.kind.startsWith('vendor'))
        .map(r => `${r.kind} ${r.subject} ${r.due}`)
        .sort();
    // Read off the vendor records by hand: next-due dates before 2026-11-21, then within 30 days.
    expect(due('overdue')).toEqual([
      'vendor-due-diligence vendor:default/fedwire-funds 2026-08-19',
      'vendor-financial vendor:default/relaywave-sms 2026-10-05',
      'vendor-financial vendor:default/signalfront-observability 2026-06-02',
      'vendor-security vendor:default/relaywave-sms 2026-08-30',
      'vendor-security vendor:default/tch-epn 2026-09-20',
    ]);
    expect(due('due-30')).toEqual([
      'vendor-due-diligence vendor:default/ledgerline-core-banking 2026-12-20',
      'vendor-financial vendor:default/aegis-hsm 2026-12-01',
      'vendor-security vendor:default/tessera-card-processing 2026-12-05',
    ]);
    // Every plan held the September 2026 call-tree table-top: none is due before 2027-09-23.
    const tableTops = reviews.filter(r => r.kind === 'table-top');
    expect(tableTops).toHaveLength(6);
    expect(tableTops.every(r => r.due === '2027-09-23' && r.standing === 'later')).toBe(true);
    expect(
      reviews.find(r => r.id === 'plan:continuityplan:default/wires-continuity'),
    ).toMatchObject({ due: '2027-02-17', standing: 'due-90', daysUntilDue: 88 });
    expect(reviews.filter(r => DUE_STANDINGS.includes(r.standing)).length).toBeGreaterThan(8);
  });
});
