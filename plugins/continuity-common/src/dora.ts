// The EU DORA register of information as the API describes its tables (Commission Implementing
// Regulation (EU) 2024/2956, Annex I). The continuity backend fills them from the records.

/**
 * The register-of-information templates (all of Annex I), filled from the records and the
 * configured financial entity.
 *
 * @public
 */
export const DORA_TABLE_CODES = [
  'B_01.01', 'B_01.02', 'B_01.03', 'B_02.01', 'B_02.02', 'B_02.03', 'B_03.01', 'B_03.02',
  'B_03.03', 'B_04.01', 'B_05.01', 'B_05.02', 'B_06.01', 'B_07.01', 'B_99.01',
] as const;

/**
 * The code of a register table the portal fills (see `DORA_TABLE_CODES`).
 *
 * @public
 */
export type DoraTableCode = (typeof DORA_TABLE_CODES)[number];

/**
 * Whether a column must always be filled, only in some cases, or never.
 *
 * @public
 */
export type DoraRequirement = 'mandatory' | 'conditional' | 'optional';

/**
 * A column of a register table, as the ITS names it.
 *
 * @public
 */
export interface DoraColumnInfo {
  /** The column code, e.g. `B_05.01.0010`. */
  code: string;
  /** The column name as the ITS gives it. */
  name: string;
  /** Whether the column must always be filled, only in some cases, or never. */
  requirement: DoraRequirement;
  /** When a conditional column must be filled. */
  condition?: string;
  /** Where the value comes from in our records, or "not recorded". */
  source: string;
  /** Whether the value is a confidential vendor field, shown only to readers allowed to see it. */
  confidential?: boolean;
}

/**
 * A required value the records do not hold: reported, never made up.
 *
 * @public
 */
export interface DoraMissingValue {
  /** The column code. */
  column: string;
  /** The column name. */
  columnName: string;
  /** The record the row was made from. */
  subject: string;
  /** The other record of a row made from two (the function of a B_02.02 row). */
  context?: string;
  /** The row's number in the template, from 1. */
  row: number;
  /** Where the value comes from: the record field or configuration key to fill in. */
  source: string;
  /** Why the value is required here. */
  reason: string;
}

/**
 * A register table filled from the records.
 *
 * @public
 */
export interface DoraTable {
  /** The table code. */
  code: DoraTableCode;
  /** The table name as the ITS gives it. */
  name: string;
  /** The table's columns, in order. */
  columns: DoraColumnInfo[];
  /** The rows: the record each comes from and its values, column by column. */
  rows: Array<{ subject: string; context?: string; values: Array<string | number | undefined> }>;
  /** Every required value the records do not hold. */
  missing: DoraMissingValue[];
  /** How many confidential values were left out for the reader (see withholdConfidentialValues). */
  withheld: number;
}

/**
 * Tells whether a text names one of the register tables the portal fills.
 *
 * @public
 */
export function isDoraTableCode(code: string): code is DoraTableCode {
  return (DORA_TABLE_CODES as readonly string[]).includes(code);
}

/**
 * The missing values of one column of a table: how many rows lack it, why, and in which records.
 *
 * @public
 */
export interface DoraMissingColumn {
  /** The column code. */
  column: string;
  /** The column name. */
  columnName: string;
  /** Where the value comes from: the record field or configuration key to fill in. */
  source: string;
  /** How many rows lack a value in the column. */
  rows: number;
  /** Why the value is required, each reason once. */
  reasons: string[];
  /** The first records (up to the limit asked for) that lack it. */
  subjects: string[];
  /** How many records lack it. */
  subjectCount: number;
}

/**
 * How bad a pre-submission finding is: errors make the report package unsubmittable, warnings
 * do not.
 *
 * @public
 */
export type DoraLintSeverity = 'error' | 'warning';

/**
 * What the pre-submission linter found in one cell, row or template of the register.
 *
 * @public
 */
export interface DoraLintFinding {
  /** The rule's id, e.g. `DORA-LEI` (docs/dora-register.md lists them). */
  rule: string;
  severity: DoraLintSeverity;
  template: DoraTableCode;
  /** The row's number in the template, from 1; absent for a finding about the whole template. */
  row?: number;
  /** The column id, e.g. `B_05.01.0010`. */
  column?: string;
  /** The record the row comes from, where the value is fixed. */
  subject?: string;
  /** What is wrong, in plain words. */
  message: string;
}

/**
 * The findings of one rule and severity (`GET /dora`): how many, where, and the first few; the
 * whole list is paged at `GET /dora/findings`.
 *
 * @public
 */
export interface DoraFindingGroup {
  rule: string;
  severity: DoraLintSeverity;
  /** How many findings the rule has at this severity. */
  count: number;
  /** The templates they are in, in register order. */
  templates: DoraTableCode[];
  /** The columns they are about, each once, in the order found; empty for whole templates. */
  columns: string[];
  /** The first finding's message: the others of a rule mostly read alike. */
  message: string;
  /** The first findings (at most `DORA_FINDING_EXAMPLES`). */
  examples: DoraLintFinding[];
}

/**
 * How many findings of each group `GET /dora` gives as examples.
 *
 * @public
 */
export const DORA_FINDING_EXAMPLES = 3;

/**
 * The report package as the reader would get it now: whether it may be submitted (no error
 * findings). Its file name ends with the time it is made, so the download names it
 * (`Content-Disposition` of `GET /dora/package`).
 *
 * @public
 */
export interface DoraPackageStatus {
  /** The reporting reference date, YYYY-MM-DD. */
  referenceDate: string;
  submittable: boolean;
  errors: number;
  warnings: number;
}
