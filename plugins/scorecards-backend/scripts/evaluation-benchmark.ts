/*
 * Scorecard evaluation at scale profile L (docs: ARCHITECTURE.md budgets): 400 squads with
 * 4,000 jobs, 40,000 alerts, 4,000 procedures, 500 vendors, 300 plans, 1,000 exercises and
 * 10,000 post-mortems, against the demo capability model, results persisted to SQLite.
 *
 *   yarn --cwd plugins/scorecards-backend benchmark
 *
 * It times what one scheduled evaluation does after reading the catalog: indexing the records,
 * running the 19 checks for every squad and persisting every result; then reading the latest
 * scorecards back as the leadership page does. The catalog read itself is the catalog's and is
 * measured by the repo-wide benchmark.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Entity } from '@backstage/catalog-model';
import {
  CapabilityModelEntity,
  PagerDutyFacts,
} from '@readiness/plugin-readiness-common';
import knexFactory from 'knex';
import { parse } from 'yaml';
import { ScorecardStore } from '../src/database/ScorecardStore';
import { ScorecardEvaluation } from '../src/evaluation/ScorecardEvaluation';

const PROFILE_L = {
  squads: 400,
  membersPerSquad: 8,
  jobs: 4_000,
  alerts: 40_000,
  procedures: 4_000,
  vendors: 500,
  plans: 300,
  exercises: 1_000,
  postmortems: 10_000,
};
const BUDGET_MS = 10_000;
const NOW = new Date();

// A small deterministic generator (mulberry32), so every run scores the same organisation.
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(2026);
const pick = <T>(items: readonly T[]): T =>
  items[Math.floor(rand() * items.length)];
const daysAgo = (days: number) =>
  new Date(NOW.getTime() - days * 86_400_000).toISOString().slice(0, 10);

function entity(
  kind: string,
  name: string,
  spec: Record<string, unknown>,
  extra: Partial<Entity['metadata']> = {},
): Entity {
  const core = ['Group', 'User', 'Component'].includes(kind);
  return {
    apiVersion: core ? 'backstage.io/v1alpha1' : 'readiness.dev/v1alpha1',
    kind,
    metadata: { name, namespace: 'default', ...extra },
    spec: spec as Entity['spec'],
  };
}

function generate(): Entity[] {
  const squads = Array.from(
    { length: PROFILE_L.squads },
    (_, i) => `squad-${i}`,
  );
  const squadOf = (i: number) => squads[i % squads.length];
  const entities: Entity[] = [];
  for (const [i, squad] of squads.entries()) {
    entities.push(
      entity(
        'Group',
        squad,
        { type: 'team', children: [] },
        {
          title: `Squad ${i}`,
          annotations: { 'readiness.dev/domain': `domain-${i % 12}` },
        },
      ),
    );
    for (let m = 0; m < PROFILE_L.membersPerSquad; m++) {
      const name = `person-${i}-${m}`;
      entities.push(
        entity('User', name, {
          profile: { displayName: name, email: `${name}@example.com` },
          memberOf: [squad],
        }),
      );
    }
  }
  for (let i = 0; i < PROFILE_L.jobs; i++) {
    entities.push(
      entity(
        'Component',
        `job-${i}`,
        { type: 'job', lifecycle: 'production', owner: `group:${squadOf(i)}` },
        {
          annotations: {
            'readiness.dev/criticality': pick([
              'critical',
              'high',
              'medium',
              'low',
            ]),
          },
        },
      ),
    );
  }
  for (let i = 0; i < PROFILE_L.procedures; i++) {
    entities.push(
      entity('Procedure', `procedure-${i}`, {
        type: 'sop',
        owner: `group:${squadOf(i)}`,
        appliesTo: [],
        lastReviewed: daysAgo(Math.floor(rand() * 400)),
        reviewInterval: pick(['P6M', 'P12M']),
      }),
    );
  }
  for (let i = 0; i < PROFILE_L.alerts; i++) {
    const squadIndex = i % squads.length;
    entities.push(
      entity('Alert', `alert-${i}`, {
        type: rand() < 0.6 ? 'positive' : 'negative',
        source: 'job',
        severity: pick(['critical', 'high', 'medium', 'low']),
        paging: rand() < 0.4,
        owner: `group:${squads[squadIndex]}`,
        monitors: `component:job-${
          (squadIndex + squads.length * Math.floor(rand() * 10)) %
          PROFILE_L.jobs
        }`,
        procedure:
          rand() < 0.9
            ? `procedure:procedure-${
                squadIndex + squads.length * Math.floor(rand() * 10)
              }`
            : undefined,
      }),
    );
  }
  for (let i = 0; i < PROFILE_L.postmortems; i++) {
    const resolved = new Date(
      NOW.getTime() - Math.floor(rand() * 540) * 86_400_000,
    );
    const published = rand() < 0.9;
    entities.push(
      entity('Postmortem', `postmortem-${i}`, {
        reviewType: 'incident',
        status: published ? 'published' : 'draft',
        owner: `group:${squadOf(i)}`,
        severity: 'high',
        customerImpact: '<10%',
        startedAt: resolved.toISOString(),
        detectedAt: resolved.toISOString(),
        resolvedAt: resolved.toISOString(),
        publishedAt: published
          ? new Date(resolved.getTime() + Math.floor(rand() * 6) * 86_400_000)
              .toISOString()
              .slice(0, 10)
          : undefined,
        services: [],
        summary: 'Synthetic incident',
        actions: [
          {
            title: 'Fix it',
            category: 'code',
            term: 'short',
            owner:
              rand() < 0.5
                ? `group:${squadOf(i)}`
                : `user:person-${i % squads.length}-0`,
            due: daysAgo(Math.floor(rand() * 120) - 60),
            status: pick(['open', 'in-progress', 'done', 'done']),
          },
        ],
      }),
    );
  }
  for (let i = 0; i < PROFILE_L.exercises; i++) {
    entities.push(
      entity('Exercise', `exercise-${i}`, {
        type: pick(['game-day', 'table-top', 'dr-test']),
        date: daysAgo(Math.floor(rand() * 365)),
        owner: `group:${squadOf(i)}`,
        teams: [`group:${squadOf(i + 7)}`],
        scenario: 'Synthetic',
        result: 'passed',
      }),
    );
  }
  for (let i = 0; i < PROFILE_L.plans; i++) {
    entities.push(
      entity('ContinuityPlan', `plan-${i}`, {
        function: 'Synthetic',
        owner: `group:${squadOf(i)}`,
        criticality: 'high',
        covers: [],
        bia: { rto: 'PT4H', rpo: 'PT1H' },
        lastReviewed: daysAgo(Math.floor(rand() * 500)),
      }),
    );
  }
  for (let i = 0; i < PROFILE_L.vendors; i++) {
    entities.push(
      entity('Vendor', `vendor-${i}`, {
        owner: `group:${squadOf(i)}`,
        reviews: [
          {
            type: 'security',
            date: daysAgo(400),
            result: 'pass',
            nextDue: daysAgo(Math.floor(rand() * 200) - 100),
          },
        ],
      }),
    );
  }
  const model = parse(
    readFileSync(
      resolve(
        __dirname,
        '../../../catalog-info/capability-model/engineering-capability-model.yaml',
      ),
      'utf8',
    ),
  ) as CapabilityModelEntity;
  entities.push({
    ...model,
    metadata: { ...model.metadata, namespace: 'default' },
  });
  return entities;
}

function pagerDutyFacts(): PagerDutyFacts {
  return {
    policies: {
      available: true,
      value: Array.from({ length: PROFILE_L.squads }, (_, i) => ({
        entityRef: `group:default/squad-${i}`,
        id: `P${i}`,
        name: `Squad ${i}`,
        levels: Array.from({ length: 1 + (i % 3) }, (_l, level) => ({
          level: level + 1,
          now: [
            {
              name: `person-${i}-${level}`,
              scheduleName: `squad-${i}-${level}`,
            },
          ],
        })),
      })),
    },
    users: {
      available: true,
      value: Array.from(
        { length: PROFILE_L.squads * PROFILE_L.membersPerSquad },
        (_, i) => ({
          name: `person-${Math.floor(i / PROFILE_L.membersPerSquad)}-${
            i % PROFILE_L.membersPerSquad
          }`,
          email: `person-${Math.floor(i / PROFILE_L.membersPerSquad)}-${
            i % PROFILE_L.membersPerSquad
          }@example.com`,
        }),
      ).filter((_, i) => i % 37 !== 0),
    },
  };
}

async function main() {
  const directory = mkdtempSync(join(tmpdir(), 'scorecards-benchmark-'));
  const filename = join(directory, 'scorecards.sqlite');
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename },
    useNullAsDefault: true,
  });
  try {
    const store = await ScorecardStore.create({ getClient: async () => knex });
    const entities = generate();
    const facts = pagerDutyFacts();
    // Half the squads have attested their first attestation checks; a few checks are waived.
    for (let i = 0; i < PROFILE_L.squads; i += 2) {
      for (const checkId of [
        'continuous-integration',
        'code-review-mandatory',
        'deployments-automated',
      ]) {
        await store.saveAttestation(
          {
            squadRef: `group:default/squad-${i}`,
            checkId,
            evidenceUrl: 'https://ci.example/pipeline',
            comment: 'Synthetic',
            attestedBy: `user:default/person-${i}-0`,
            attestedAt: NOW.toISOString(),
            expiresAt: new Date(NOW.getTime() + 90 * 86_400_000).toISOString(),
          },
          '2026.2',
        );
      }
    }
    const evaluation = new ScorecardEvaluation({
      store,
      readCatalog: async () => ({
        model: entities.find(
          e => e.kind === 'CapabilityModel',
        ) as CapabilityModelEntity,
        entities,
      }),
      readPagerDuty: async () => facts,
      clock: () => new Date(),
      logger: {
        info() {},
        warn() {},
        error() {},
        debug() {},
        child() {
          return this;
        },
      },
    });

    console.log(
      `Scorecard evaluation benchmark, profile L: ${
        PROFILE_L.squads
      } squads, ${entities.length.toLocaleString(
        'en-US',
      )} catalog entities, SQLite at ${filename}`,
    );
    const runs: number[] = [];
    for (let run = 1; run <= 3; run++) {
      const summary = await evaluation.run({ trigger: 'schedule' });
      runs.push(summary.durationMs);
      console.log(
        `  run ${run}: ${(summary.durationMs / 1000).toFixed(2)} s for ${
          summary.squads
        } squads (${(summary.squads * 19).toLocaleString(
          'en-US',
        )} results persisted)`,
      );
    }
    const readStarted = Date.now();
    const latest = await store.scorecards();
    const readMs = Date.now() - readStarted;
    const rows = await knex('scorecard_check_results').count({ count: '*' });
    console.log(
      `  reading the latest scorecards of ${latest.length} squads back: ${readMs} ms`,
    );
    console.log(
      `  results stored after ${runs.length} runs: ${Number(
        rows[0].count,
      ).toLocaleString('en-US')}`,
    );
    const worst = Math.max(...runs);
    console.log(
      `  slowest run ${(worst / 1000).toFixed(2)} s against the budget of ${
        BUDGET_MS / 1000
      } s: ${worst < BUDGET_MS ? 'within budget' : 'OVER BUDGET'}`,
    );
    if (worst >= BUDGET_MS) process.exitCode = 1;
  } finally {
    await knex.destroy();
    rmSync(directory, { recursive: true, force: true });
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
