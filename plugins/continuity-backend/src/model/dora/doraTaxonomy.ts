import { DoraRequirement, DoraTableCode } from '@readiness/plugin-continuity-common';
import taxonomy from './ebaDoraTaxonomy.json';

// The facts of the EBA DORA taxonomy the register relies on live in ebaDoraTaxonomy.json, with
// their sources; this module only types them and looks them up.

/** What a column holds, when the taxonomy constrains it: a closed list's id or a value type. */
export type DoraValueList =
  | 'LEI'
  | 'IDENTIFIER'
  | 'CODETYPE'
  | 'COUNTRY'
  | 'CURRENCY'
  | 'DATE'
  | 'INTEGER'
  | 'MONETARY'
  | 'TRUE'
  | keyof typeof taxonomy.lists;

/** A column of a template as the taxonomy declares it. */
export interface TaxonomyColumn {
  /** The column code without its `c` prefix, e.g. `0010`. */
  code: string;
  name: string;
  required: DoraRequirement;
  list?: DoraValueList;
}

/** A template as the taxonomy declares it. */
export interface TaxonomyTable {
  code: DoraTableCode;
  name: string;
  /** The CSV file of the template in the report package, e.g. `b_05.01.csv`. */
  file: string;
  /** The columns that identify a row (the module's open keys). */
  keys: string[];
  /** The EBA validation rule that lists the template's mandatory columns. */
  validationRule?: string;
  columns: TaxonomyColumn[];
}

/** A cross-template rule: every value of `from` is a value of `to` (full column ids). */
export interface TaxonomyReference {
  from: string;
  to: string;
  rule: string;
}

/** The taxonomy facts, typed. */
export const DORA_TAXONOMY = taxonomy as unknown as {
  source: string;
  notes: string[];
  module: {
    code: string;
    entryPoint: string;
    frameworkCode: string;
    moduleCode: string;
    reportPackageType: string;
    reportType: string;
    decimalsInteger: number;
    decimalsMonetary: number;
    openEndedDate: string;
  };
  tables: TaxonomyTable[];
  references: TaxonomyReference[];
  lists: Record<string, Record<string, string>>;
};

const TABLES = new Map(DORA_TAXONOMY.tables.map(table => [table.code, table]));

/** A template of the taxonomy by its code. */
export function taxonomyTable(code: DoraTableCode): TaxonomyTable {
  const table = TABLES.get(code);
  if (!table) throw new Error(`The DORA taxonomy data has no template ${code}`);
  return table;
}

/** The labels of a closed list, or undefined for a value type or an unknown list. */
export function closedListLabels(list: string | undefined): string[] | undefined {
  const values = list === undefined ? undefined : DORA_TAXONOMY.lists[list];
  return values && Object.keys(values);
}

/** The QName a closed list gives a label, e.g. `eba_BT:x28` for `Yes` in LISTBINARY. */
export function closedListQName(list: string, label: string): string | undefined {
  return DORA_TAXONOMY.lists[list]?.[label];
}
