// The EU DORA register of information as the API describes its tables (Commission Implementing
// Regulation (EU) 2024/2956, Annex I). The continuity backend fills them from the records.

/**
 * The register-of-information tables the portal fills from its records.
 *
 * @public
 */
export const DORA_TABLE_CODES = ['B_02.01', 'B_02.02', 'B_05.01', 'B_06.01', 'B_07.01'] as const;

/** @public */
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
  code: string;
  name: string;
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
  column: string;
  columnName: string;
  /** The record the row was made from. */
  subject: string;
  /** The other record of a row made from two (the function of a B_02.02 row). */
  context?: string;
  /** Why the value is required here. */
  reason: string;
}

/**
 * A register table filled from the records.
 *
 * @public
 */
export interface DoraTable {
  code: DoraTableCode;
  name: string;
  columns: DoraColumnInfo[];
  rows: Array<{ subject: string; context?: string; values: Array<string | number | undefined> }>;
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
  column: string;
  columnName: string;
  rows: number;
  reasons: string[];
  /** The first records (up to the limit asked for) that lack it. */
  subjects: string[];
  subjectCount: number;
}
