import {
  DoraLintFinding,
  DoraTable,
  DoraTableCode,
} from '@readiness/plugin-continuity-common';
import { isCountryCode, isCurrencyCode, leiCheckProblem } from '@readiness/plugin-readiness-common';
import { closedListLabels, DORA_TAXONOMY, taxonomyTable } from './doraTaxonomy';

// The checks a supervisor runs on receipt of the register, run before it leaves: identifiers,
// code lists, mandatory values, references between templates, duplicate keys and date order.
// Each finding names its rule, template, row and column; docs/dora-register.md lists the rules.

/** What the linter needs besides the templates. */
export interface DoraLintContext {
  /** The reporting reference date, YYYY-MM-DD. */
  referenceDate: string;
  /** The package's base currency (ISO 4217), when the financial entity is configured. */
  baseCurrency?: string;
}

type Cell = { table: DoraTable; row: number; column: number; value: string | number };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isDate = (value: string) =>
  DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

function finding(
  rule: string,
  severity: DoraLintFinding['severity'],
  cell: Omit<Cell, 'value'>,
  message: string,
): DoraLintFinding {
  const row = cell.table.rows[cell.row];
  return {
    rule,
    severity,
    template: cell.table.code,
    row: cell.row + 1,
    column: cell.table.columns[cell.column].code,
    ...(row ? { subject: row.subject } : {}),
    message,
  };
}

/** Every filled cell of a table, with the taxonomy's value list of its column. */
function* cellsOf(table: DoraTable) {
  const declared = taxonomyTable(table.code).columns;
  for (let row = 0; row < table.rows.length; row++) {
    const values = table.rows[row].values;
    for (let column = 0; column < values.length; column++) {
      const value = values[column];
      if (value === undefined || value === '') continue;
      yield { table, row, column, value, list: declared[column].list, values };
    }
  }
}

/** DORA-MANDATORY: a required value is empty; the finding says where to record it. */
function mandatoryValues(table: DoraTable): DoraLintFinding[] {
  return table.missing.map(missing => ({
    rule: 'DORA-MANDATORY',
    severity: 'error',
    template: table.code,
    row: missing.row,
    column: missing.column,
    subject: missing.subject,
    message: `${missing.columnName} is empty: ${missing.reason.replace(/; .*$/, '')}. Record ${missing.source}.`,
  }));
}

/** DORA-LEI, DORA-COUNTRY, DORA-CURRENCY, DORA-LIST, DORA-DATE, DORA-NUMBER: one cell's value. */
function cellValues(table: DoraTable): DoraLintFinding[] {
  const findings: DoraLintFinding[] = [];
  for (const cell of cellsOf(table)) {
    const { list, value, values, column } = cell;
    const text = String(value);
    // An identifier is an LEI when the type-of-code column right after it says so.
    const isLei = list === 'LEI' || (list === 'IDENTIFIER' && values[column + 1] === 'LEI');
    if (isLei) {
      const problem = /^[A-Z0-9]{18}[0-9]{2}$/.test(text)
        ? leiCheckProblem(text)
        : 'is not an LEI: 20 capital letters and digits, the last two check digits';
      if (problem) findings.push(finding('DORA-LEI', 'error', cell, `The LEI ${text} ${problem}.`));
    } else if (list === 'COUNTRY' && !isCountryCode(text)) {
      findings.push(
        finding('DORA-COUNTRY', 'error', cell, `${text} is not an ISO 3166-1 alpha-2 country code.`),
      );
    } else if (list === 'CURRENCY' && !isCurrencyCode(text)) {
      findings.push(finding('DORA-CURRENCY', 'error', cell, `${text} is not an ISO 4217 currency code.`));
    } else if (list === 'DATE' && !isDate(text)) {
      findings.push(finding('DORA-DATE', 'error', cell, `${text} is not a date YYYY-MM-DD.`));
    } else if (list === 'MONETARY' && !(typeof value === 'number' && value >= 0)) {
      findings.push(finding('DORA-NUMBER', 'error', cell, `${text} is not an amount of zero or more.`));
    } else if (list === 'INTEGER' && !(typeof value === 'number' && Number.isInteger(value) && value >= 0)) {
      findings.push(
        finding('DORA-NUMBER', 'error', cell, `${text} is not a whole number of zero or more.`),
      );
    } else {
      const labels = closedListLabels(list);
      if (labels && !labels.includes(text)) {
        findings.push(
          finding(
            'DORA-LIST',
            'error',
            cell,
            `"${text}" is not an option of ${list}; the options are: ${labels.join('; ')}.`,
          ),
        );
      }
    }
  }
  return findings;
}

/** DORA-WITHHELD: confidential values the reader may not see are left out of their copy. */
function withheldValues(table: DoraTable): DoraLintFinding[] {
  if (table.withheld === 0) return [];
  return [
    {
      rule: 'DORA-WITHHELD',
      severity: 'error',
      template: table.code,
      message: `${table.withheld} confidential contract values are withheld from you: only leadership, auditors and each vendor's relationship owner can produce a complete register.`,
    },
  ];
}

/** DORA-DUPLICATE: two rows of a template with the same key columns. */
function duplicateKeys(table: DoraTable): DoraLintFinding[] {
  const { keys, columns } = taxonomyTable(table.code);
  if (keys.length === 0) return [];
  const keyIndexes = keys.map(key => columns.findIndex(column => column.code === key));
  const firstRow = new Map<string, number>();
  const findings: DoraLintFinding[] = [];
  table.rows.forEach((row, index) => {
    const key = JSON.stringify(keyIndexes.map(i => row.values[i] ?? ''));
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, index);
      return;
    }
    findings.push(
      finding(
        'DORA-DUPLICATE',
        'error',
        { table, row: index, column: keyIndexes[0] },
        `Row ${index + 1} repeats the key of row ${first + 1} (${keys
          .map(code => `${table.code}.${code}`)
          .join(', ')}): a supervisor rejects duplicate rows.`,
      ),
    );
  });
  return findings;
}

/** DORA-DATE-ORDER: dates that cannot come in the order the register gives them. */
function dateOrder(tables: Map<DoraTableCode, DoraTable>, context: DoraLintContext): DoraLintFinding[] {
  const findings: DoraLintFinding[] = [];
  const pairs: Array<[DoraTableCode, string, string, string]> = [
    // EBA validation rule v8816_m.
    ['B_02.02', '0070', '0080', 'The contract ends before it starts'],
    ['B_01.02', '0080', '0090', 'The entity is deleted from the register before it is integrated'],
  ];
  for (const [code, earlier, later, message] of pairs) {
    const table = tables.get(code);
    if (!table) continue;
    const from = table.columns.findIndex(column => column.code === `${code}.${earlier}`);
    const to = table.columns.findIndex(column => column.code === `${code}.${later}`);
    table.rows.forEach((row, index) => {
      const [start, end] = [row.values[from], row.values[to]];
      if (typeof start === 'string' && typeof end === 'string' && end <= start) {
        findings.push(
          finding('DORA-DATE-ORDER', 'error', { table, row: index, column: to }, `${message}: ${end} is not after ${start}.`),
        );
      }
    });
  }
  // An assessment or audit dated after the reference date did not inform this register.
  for (const id of ['B_06.01.0070', 'B_07.01.0070']) {
    const table = tables.get(id.slice(0, 7) as DoraTableCode);
    if (!table) continue;
    const index = table.columns.findIndex(column => column.code === id);
    table.rows.forEach((row, rowIndex) => {
      const date = row.values[index];
      if (typeof date === 'string' && date > context.referenceDate) {
        findings.push(
          finding(
            'DORA-DATE-ORDER',
            'warning',
            { table, row: rowIndex, column: index },
            `${table.columns[index].name} ${date} is after the reference date ${context.referenceDate}.`,
          ),
        );
      }
    });
  }
  return findings;
}

/** DORA-REF: a value that must appear in another template does not. */
function references(tables: Map<DoraTableCode, DoraTable>): DoraLintFinding[] {
  const findings: DoraLintFinding[] = [];
  const columnOf = (id: string) => {
    const code = id.slice(0, 7) as DoraTableCode;
    const table = tables.get(code);
    const index = table?.columns.findIndex(column => column.code === id) ?? -1;
    return table && index >= 0 ? { table, index } : undefined;
  };
  for (const reference of DORA_TAXONOMY.references) {
    const from = columnOf(reference.from);
    const to = columnOf(reference.to);
    if (!from || !to) continue;
    const known = new Set(to.table.rows.map(row => row.values[to.index]).filter(v => v !== undefined));
    from.table.rows.forEach((row, index) => {
      const value = row.values[from.index];
      if (value === undefined || value === '' || known.has(value)) return;
      findings.push(
        finding(
          'DORA-REF',
          'error',
          { table: from.table, row: index, column: from.index },
          `${value} is not in ${reference.to}: ${reference.rule}.`,
        ),
      );
    });
  }
  return findings;
}

/** DORA-BASE-CURRENCY: an amount in another currency than the package's base currency. */
function baseCurrency(tables: Map<DoraTableCode, DoraTable>, context: DoraLintContext): DoraLintFinding[] {
  const base = context.baseCurrency;
  if (!base) return [];
  const findings: DoraLintFinding[] = [];
  for (const id of ['B_02.01.0040', 'B_05.01.0090']) {
    const table = tables.get(id.slice(0, 7) as DoraTableCode);
    if (!table) continue;
    const index = table.columns.findIndex(column => column.code === id);
    table.rows.forEach((row, rowIndex) => {
      const currency = row.values[index];
      if (typeof currency === 'string' && currency !== base) {
        findings.push(
          finding(
            'DORA-BASE-CURRENCY',
            'warning',
            { table, row: rowIndex, column: index },
            `The amount is in ${currency}, but the taxonomy reports amounts in the package's base currency ${base}: convert it before submission.`,
          ),
        );
      }
    });
  }
  return findings;
}

/**
 * Lints the register's templates as a supervisor's data-quality checks would: errors make the
 * report package unsubmittable, warnings do not.
 *
 * @public
 */
export function lintDoraRegister(
  tables: readonly DoraTable[],
  context: DoraLintContext,
): DoraLintFinding[] {
  const byCode = new Map(tables.map(table => [table.code, table]));
  return [
    ...tables.flatMap(table => [
      ...mandatoryValues(table),
      ...cellValues(table),
      ...duplicateKeys(table),
      ...withheldValues(table),
    ]),
    ...references(byCode),
    ...dateOrder(byCode, context),
    ...baseCurrency(byCode, context),
  ];
}
