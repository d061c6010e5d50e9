import {
  DoraFieldChange,
  DoraRecordChange,
  DoraRegisterDiff,
  DoraTable,
  DoraTableCode,
} from '@readiness/plugin-continuity-common';

/** The register tables the difference reads: providers, arrangements and functions. */
export type RegisterTablesToCompare = Pick<
  Record<DoraTableCode, DoraTable>,
  'B_02.01' | 'B_02.02' | 'B_05.01' | 'B_06.01'
>;

type Value = string | number | undefined;

/** A provider, arrangement or function as compared: its identity and its values by column code. */
interface RegisterItem {
  key: string;
  label: string;
  subject: string;
  values: Map<string, { name: string; value: Value }>;
}

function valueOf(table: DoraTable, row: DoraTable['rows'][number], code: string): Value {
  const index = table.columns.findIndex(column => column.code === code);
  const value = index < 0 ? undefined : row.values[index];
  return value === '' ? undefined : value;
}

function valuesOf(table: DoraTable, row: DoraTable['rows'][number]) {
  return new Map(
    table.columns.map((column, index) => [
      column.code,
      { name: column.name, value: row.values[index] === '' ? undefined : row.values[index] },
    ]),
  );
}

/** One item per row, keyed by the record it comes from, labelled by a column's value. */
function rowItems(table: DoraTable, labelColumn: string): RegisterItem[] {
  return table.rows.map(row => ({
    key: row.subject,
    label: String(valueOf(table, row, labelColumn) ?? row.subject),
    subject: row.subject,
    values: valuesOf(table, row),
  }));
}

/**
 * One item per contractual arrangement, keyed by its reference (B_02.01.0010; the vendor's ref
 * where none is recorded): its general information (B_02.01) with its specific information
 * (B_02.02), which has a row per function the arrangement supports. A B_02.02 column holds the
 * value its rows share, or their distinct values in order, separated by semicolons.
 */
function contractItems(tables: RegisterTablesToCompare): RegisterItem[] {
  const general = tables['B_02.01'];
  const specific = tables['B_02.02'];
  return general.rows.map(row => {
    const reference = valueOf(general, row, 'B_02.01.0010');
    const values = valuesOf(general, row);
    const rows = specific.rows.filter(other => other.subject === row.subject);
    specific.columns.forEach((column, index) => {
      const distinct = [
        ...new Set(
          rows.map(other => other.values[index]).filter(value => value !== undefined && value !== ''),
        ),
      ].sort((a, b) => String(a).localeCompare(String(b)));
      values.set(column.code, {
        name: column.name,
        value: distinct.length > 1 ? distinct.join('; ') : distinct[0],
      });
    });
    return {
      key: reference === undefined ? row.subject : String(reference),
      label: reference === undefined ? row.subject : String(reference),
      subject: row.subject,
      values,
    };
  });
}

const CHANGE_ORDER: Record<DoraRecordChange['change'], number> = { added: 0, removed: 1, changed: 2 };

/** What was added, removed or changed from one list of items to the other. */
function diffItems(before: RegisterItem[], after: RegisterItem[]): DoraRecordChange[] {
  const earlier = new Map(before.map(item => [item.key, item]));
  const later = new Map(after.map(item => [item.key, item]));
  const changes: DoraRecordChange[] = [];
  for (const item of after) {
    const old = earlier.get(item.key);
    if (!old) {
      changes.push({ key: item.key, label: item.label, subject: item.subject, change: 'added', fields: [] });
      continue;
    }
    const fields: DoraFieldChange[] = [];
    const codes = new Set([...item.values.keys(), ...old.values.keys()]);
    for (const code of codes) {
      const was = old.values.get(code);
      const is = item.values.get(code);
      if (String(was?.value ?? '') === String(is?.value ?? '')) continue;
      fields.push({
        column: code,
        name: (is ?? was)!.name,
        ...(was?.value !== undefined ? { before: was.value } : {}),
        ...(is?.value !== undefined ? { after: is.value } : {}),
      });
    }
    if (fields.length > 0) {
      changes.push({ key: item.key, label: item.label, subject: item.subject, change: 'changed', fields });
    }
  }
  for (const item of before) {
    if (!later.has(item.key)) {
      changes.push({ key: item.key, label: item.label, subject: item.subject, change: 'removed', fields: [] });
    }
  }
  return changes.sort(
    (a, b) => CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] || a.label.localeCompare(b.label),
  );
}

/**
 * What changed in the register from one day to another: providers (B_05.01, by vendor, named by
 * their legal name), contractual arrangements (B_02.01 with B_02.02, by reference) and functions
 * (B_06.01, by continuity plan, named by the function) added, removed or changed, with each
 * changed value before and after. Compares the tables as given: withhold what the reader may not
 * see from both sides first, and a withheld value neither shows nor counts as a change.
 */
export function diffRegisters(
  before: RegisterTablesToCompare,
  after: RegisterTablesToCompare,
): Pick<DoraRegisterDiff, 'providers' | 'contracts' | 'functions'> {
  return {
    providers: diffItems(
      rowItems(before['B_05.01'], 'B_05.01.0050'),
      rowItems(after['B_05.01'], 'B_05.01.0050'),
    ),
    contracts: diffItems(contractItems(before), contractItems(after)),
    functions: diffItems(
      rowItems(before['B_06.01'], 'B_06.01.0030'),
      rowItems(after['B_06.01'], 'B_06.01.0030'),
    ),
  };
}
