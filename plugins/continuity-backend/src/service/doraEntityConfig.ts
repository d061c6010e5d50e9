import { RootConfigService } from '@backstage/backend-plugin-api';
import { DoraFinancialEntity, financialEntityProblems } from '../model/dora/financialEntity';

/**
 * Reads the financial entity that keeps the register (`readiness.dora.entity`), refusing to
 * start with every problem listed when it is configured wrongly. Without it the register's B_01
 * templates and our own LEI are reported missing.
 */
export function readDoraEntity(config: RootConfigService): DoraFinancialEntity | undefined {
  const section = config.getOptionalConfig('readiness.dora.entity');
  if (!section) return undefined;
  const entity: Partial<DoraFinancialEntity> = {
    lei: section.getOptionalString('lei'),
    name: section.getOptionalString('name'),
    country: section.getOptionalString('country'),
    type: section.getOptionalString('type'),
    competentAuthority: section.getOptionalString('competentAuthority'),
    currency: section.getOptionalString('currency'),
    hierarchy: section.getOptionalString('hierarchy'),
    parentLei: section.getOptionalString('parentLei'),
    totalAssets: section.getOptionalNumber('totalAssets'),
    consolidated: section.getOptionalBoolean('consolidated') ?? false,
    integrated: section.getOptionalString('integrated'),
    lastUpdated: section.getOptionalString('lastUpdated'),
    branches: (section.getOptionalConfigArray('branches') ?? []).map(branch => ({
      code: branch.getOptionalString('code') ?? '',
      name: branch.getOptionalString('name') ?? '',
      country: branch.getOptionalString('country') ?? '',
    })),
  };
  const problems = financialEntityProblems(entity);
  if (problems.length > 0) {
    throw new Error(
      `The DORA financial entity in app-config is not fit for the register of information:\n- ${problems.join('\n- ')}`,
    );
  }
  return entity as DoraFinancialEntity;
}
