import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { isCapabilityModelEntity } from '@readiness/plugin-readiness-common';
import { loadDemoEntities } from '../__testUtils__/demoCatalog';
import { ScorecardStore } from '../database/ScorecardStore';
import { DemoHistorySeed } from './DemoHistorySeed';
import { ScorecardEvaluation } from './ScorecardEvaluation';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
const NOW = new Date('2026-11-22T12:00:00Z');
const entities = loadDemoEntities();
const noPagerDuty = {
  policies: { available: false as const, reason: 'No on-call backend' },
  users: { available: false as const, reason: 'No on-call backend' },
};

describe.each(databases.eachSupportedId())(
  'DemoHistorySeed on %p',
  databaseId => {
    it('writes a year of history once, through the store and its audit trail', async () => {
      const knex = await databases.init(databaseId);
      const store = await ScorecardStore.create({
        getClient: async () => knex,
      });
      const logger = mockServices.logger.mock();
      const readCatalog = async () => ({
        model: entities.find(isCapabilityModelEntity),
        entities,
      });
      const evaluation = new ScorecardEvaluation({
        store,
        readCatalog,
        readPagerDuty: async () => noPagerDuty,
        readContinuity: async () => {
          throw new Error('The demo history evaluates past quarters only');
        },
        clock: () => NOW,
        logger,
      });
      const seed = () =>
        new DemoHistorySeed({
          store,
          evaluation,
          readCatalog,
          clock: () => NOW,
          logger,
        }).seedOnce();
      const written = async () => ({
        runs: Number(
          (await knex('scorecard_runs').count({ n: '*' }).first())?.n,
        ),
        audit: Number(
          (await knex('scorecard_audit').count({ n: '*' }).first())?.n,
        ),
      });

      expect(await seed()).toBe(true);
      const once = await written();
      expect(once.runs).toBe(5);
      expect(once.audit).toBeGreaterThan(100);

      // A restart (a new store on the same database) does not seed again.
      expect(await seed()).toBe(false);
      const restarted = await ScorecardStore.create({
        getClient: async () => knex,
      });
      expect(
        await new DemoHistorySeed({
          store: restarted,
          evaluation,
          readCatalog,
          clock: () => NOW,
          logger,
        }).seedOnce(),
      ).toBe(false);
      expect(await written()).toEqual(once);

      const levels = (await store.latestScorecards()).map(s => s.level);
      expect(new Set(levels)).toEqual(new Set([0, 1, 2, 3]));
      const quarters = await store.levelsByPeriod('quarter', [
        '2025-Q4',
        '2026-Q1',
        '2026-Q2',
        '2026-Q3',
        '2026-Q4',
      ]);
      const ach = quarters
        .filter(q => q.squadRef === 'group:default/ach-operations-squad')
        .sort((a, b) => a.period.localeCompare(b.period))
        .map(q => q.level);
      expect(ach).toEqual([3, 3, 2, 2, 1]);
      expect(
        (await store.auditTrail('group:default/ach-operations-squad')).map(
          entry => entry.action,
        ),
      ).toEqual(expect.arrayContaining(['attested', 'approved', 'waived']));
    });

    it('waits for the catalog to hold the model', async () => {
      const knex = await databases.init(databaseId);
      const store = await ScorecardStore.create({
        getClient: async () => knex,
      });
      const seed = new DemoHistorySeed({
        store,
        evaluation: { run: jest.fn() },
        readCatalog: async () => ({ entities: [] }),
        clock: () => NOW,
        logger: mockServices.logger.mock(),
      });
      expect(await seed.seedOnce()).toBe(false);
      expect(await store.hasSeed('demo-history')).toBe(false);
    });
  },
);
