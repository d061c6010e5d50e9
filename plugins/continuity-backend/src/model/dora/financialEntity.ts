import { isCountryCode, isCurrencyCode, leiCheckProblem } from '@readiness/plugin-readiness-common';
import { closedListLabels } from './doraTaxonomy';

/**
 * The financial entity that keeps the register of information (the register's B_01 templates),
 * as configured under `readiness.dora.entity`.
 *
 * @public
 */
export interface DoraFinancialEntity {
  /** Its LEI (ISO 17442). */
  lei: string;
  name: string;
  /** ISO 3166-1 alpha-2 code of its country. */
  country: string;
  /** Its type of entity, a label of the taxonomy's LIST0101040, e.g. "Payment institution". */
  type: string;
  /** The authority it reports to, e.g. "Central Bank of Ireland". */
  competentAuthority: string;
  /** ISO 4217 code of its reporting currency: the package's base currency. */
  currency: string;
  /** Its place in its group, a label of LIST0102050, e.g. "Ultimate parent". */
  hierarchy: string;
  /** Its direct parent's LEI; absent for an ultimate parent, which reports its own. */
  parentLei?: string;
  /** The value of its total assets, in `currency`. */
  totalAssets?: number;
  /** Whether the register is kept for a group (CON) or the entity alone (IND). */
  consolidated: boolean;
  /** When it entered the register, YYYY-MM-DD. */
  integrated: string;
  /** When its description was last updated, YYYY-MM-DD. */
  lastUpdated: string;
  /** Its branches: identification code, name and country. */
  branches: Array<{ code: string; name: string; country: string }>;
}

const KEY = 'readiness.dora.entity';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What is wrong with a configured financial entity, each problem naming its configuration key;
 * empty when it is fit for the register.
 *
 * @public
 */
export function financialEntityProblems(entity: Partial<DoraFinancialEntity>): string[] {
  const problems: string[] = [];
  const text = (field: keyof DoraFinancialEntity) => {
    const value = entity[field];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${KEY}.${field} is missing`);
      return undefined;
    }
    return value;
  };
  const lei = (field: 'lei' | 'parentLei', value: string | undefined) => {
    if (value === undefined) return;
    const problem = /^[A-Z0-9]{20}$/.test(value)
      ? leiCheckProblem(value)
      : 'must be a 20-character LEI of capital letters and digits';
    if (problem) problems.push(`${KEY}.${field} "${value}" ${problem}`);
  };
  const fromList = (field: 'type' | 'hierarchy', list: string) => {
    const value = text(field);
    const labels = closedListLabels(list) ?? [];
    if (value !== undefined && !labels.includes(value)) {
      problems.push(`${KEY}.${field} "${value}" must be one of: ${labels.join('; ')}`);
    }
  };
  lei('lei', text('lei'));
  lei('parentLei', entity.parentLei);
  text('name');
  text('competentAuthority');
  const country = text('country');
  if (country !== undefined && !isCountryCode(country)) {
    problems.push(`${KEY}.country "${country}" is not an ISO 3166-1 alpha-2 country code`);
  }
  const currency = text('currency');
  if (currency !== undefined && !isCurrencyCode(currency)) {
    problems.push(`${KEY}.currency "${currency}" is not an ISO 4217 currency code`);
  }
  fromList('type', 'LIST0101040');
  fromList('hierarchy', 'LIST0102050');
  if (entity.hierarchy !== 'Ultimate parent' && entity.hierarchy && !entity.parentLei) {
    problems.push(`${KEY}.parentLei is missing: an entity that is not its group's ultimate parent names its direct parent`);
  }
  for (const field of ['integrated', 'lastUpdated'] as const) {
    const value = text(field);
    if (value !== undefined && !DATE.test(value)) {
      problems.push(`${KEY}.${field} "${value}" must be a date YYYY-MM-DD`);
    }
  }
  (entity.branches ?? []).forEach((branch, index) => {
    const at = `${KEY}.branches[${index}]`;
    if (!branch.code) problems.push(`${at}.code is missing`);
    if (!branch.name) problems.push(`${at}.name is missing`);
    if (!isCountryCode(branch.country ?? '')) {
      problems.push(`${at}.country "${branch.country ?? ''}" is not an ISO 3166-1 alpha-2 country code`);
    }
  });
  return problems;
}
