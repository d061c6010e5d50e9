import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { loadDemoEntities } from '@readiness/plugin-readiness-node/testUtils';
import { testContinuityService } from '../__testUtils__/registerHistory';
import { ContinuityService } from './ContinuityService';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const NOW = new Date('2026-11-21T12:00:00Z');

describe('ContinuityService: the DORA register', () => {
  let service: ContinuityService;
  const reader = mockCredentials.user();
  const query = {
    filters: { rule: ['dora-mandatory'] },
    order: 'asc' as const,
    offset: 0,
    limit: 10,
  };

  beforeAll(async () => {
    service = await testContinuityService({
      entities: loadDemoEntities(),
      knex: await databases.init('SQLITE_3'),
      now: NOW,
    });
  });

  it('answers the same summary object while the records and the reader stay the same', async () => {
    const today = await service.getDoraRegister(reader);
    expect(await service.getDoraRegister(reader)).toBe(today);
    const past = await service.getDoraRegister(reader, '2025-12-31');
    expect(await service.getDoraRegister(reader, '2025-12-31')).toBe(past);
    expect(past).not.toBe(today);
    expect(past.package.referenceDate).toBe('2025-12-31');
    expect(today.package).toEqual({
      referenceDate: '2026-11-21',
      submittable: false,
      errors: expect.any(Number),
      warnings: expect.any(Number),
    });
  });

  it('answers the same page object for the same question about the findings', async () => {
    const page = await service.listDoraFindings(reader, query);
    expect(
      await service.listDoraFindings(reader, {
        ...query,
        filters: { rule: ['dora-mandatory'] },
      }),
    ).toBe(page);
    expect(page.items.every(finding => finding.rule === 'DORA-MANDATORY')).toBe(
      true,
    );
    const past = await service.listDoraFindings(reader, query, '2025-12-31');
    expect(past).not.toBe(page);
  });
});
