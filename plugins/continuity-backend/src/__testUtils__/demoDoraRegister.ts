// The DORA register of the demo organisation, as the end-to-end portal serves it to an auditor:
// the demo records, the confidential vendor file and the financial entity of app-config.yaml.
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parse } from 'yaml';
import {
  ContinuityPlanEntity,
  isContinuityPlanEntity,
  VendorEntity,
} from '@readiness/plugin-readiness-common';
import {
  confidentialFieldsByVendor,
  DORA_TABLE_CODES,
  parseConfidentialVendorFile,
} from '@readiness/plugin-continuity-common';
import { loadDemoEntities } from '@readiness/plugin-readiness-node/testUtils';
import { refKey } from '@readiness/plugin-readiness-node';
import { buildDependencyGraph } from '../model/dependencyGraph';
import { buildDoraTable, DoraRecords } from '../model/doraRegister';
import { blastRadius } from '../model/recoveryObjectives';
import { DoraFinancialEntity, financialEntityProblems } from '../model/dora/financialEntity';

const ROOT = resolve(__dirname, '../../../..');

/** The demo's reference day, as the end-to-end suite pins it. */
export const DEMO_REFERENCE_DATE = '2026-11-22';

/** The financial entity app-config.yaml configures. */
export function demoFinancialEntity(): DoraFinancialEntity {
  const config = parse(readFileSync(resolve(ROOT, 'app-config.yaml'), 'utf8'));
  const entity = { consolidated: false, branches: [], ...config.readiness.dora.entity };
  const problems = financialEntityProblems(entity);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return entity;
}

/** The records of the demo organisation, as the register builder takes them. */
export function demoDoraRecords(): DoraRecords {
  const entities = loadDemoEntities();
  const graph = buildDependencyGraph(entities);
  const byRef = new Map(entities.map(entity => [refKey(entity), entity]));
  const { file } = parseConfidentialVendorFile(
    readFileSync(resolve(ROOT, 'catalog-info/confidential/vendor-contracts.yaml'), 'utf8'),
  );
  const confidential = confidentialFieldsByVendor(file!);
  return {
    today: DEMO_REFERENCE_DATE,
    entity: demoFinancialEntity(),
    vendors: entities.filter(entity => entity.kind === 'Vendor') as VendorEntity[],
    plans: entities.filter(isContinuityPlanEntity) as ContinuityPlanEntity[],
    plansDependingOn: vendor =>
      blastRadius(graph, refKey(vendor)).dependents.flatMap(node => {
        const plan = byRef.get(node.ref);
        return plan && isContinuityPlanEntity(plan) ? [plan] : [];
      }),
    confidentialOf: vendor => confidential.get(refKey(vendor)),
  };
}

/** Every template of the demo register, with every confidential value (an auditor's view). */
export function demoDoraTables() {
  const records = demoDoraRecords();
  return DORA_TABLE_CODES.map(code => buildDoraTable(code, records));
}
