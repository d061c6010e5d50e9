// The DORA register as the records stood on a past day, and what changed between two days. The
// continuity backend keeps a snapshot of the register's records each time they change.

/**
 * A snapshot of the records the register is built from (`GET /dora/history`). Identical
 * contents share one hash.
 *
 * @public
 */
export interface DoraRegisterSnapshot {
  /** When the snapshot was taken (ISO 8601). */
  takenAt: string;
  /** The SHA-256 of the snapshot's content: equal hashes, equal registers. */
  hash: string;
  /** `records`: taken from the catalog and the confidential vendor file; `demo`: the demo's seeded history. */
  source: 'records' | 'demo';
}

/**
 * The day a register answer is for, and the snapshot it was built from (absent for today's
 * register, which is built from the records as they are now).
 *
 * @public
 */
export interface DoraRegisterAsOf {
  /** The day asked for (YYYY-MM-DD). */
  date: string;
  /** The newest snapshot taken on or before the end of that day (UTC). */
  snapshot?: DoraRegisterSnapshot;
}

/**
 * One value of a register row that differs between two days.
 *
 * @public
 */
export interface DoraFieldChange {
  /** The column code, e.g. `B_06.01.0080`. */
  column: string;
  /** The column name. */
  name: string;
  /** The value on the earlier day; absent when empty or withheld from the reader. */
  before?: string | number;
  /** The value on the later day; absent when empty or withheld from the reader. */
  after?: string | number;
}

/**
 * A provider, contractual arrangement or function added, removed or changed between two days.
 *
 * @public
 */
export interface DoraRecordChange {
  /** What identifies it in the register: the provider's or plan's ref, the contract reference. */
  key: string;
  /** What the reader knows it by: the provider's name, the contract reference, the function name. */
  label: string;
  /** The record the row comes from (a vendor or continuity plan ref). */
  subject: string;
  /** Whether it is new on the later day, gone by then, or there on both days with other values. */
  change: 'added' | 'removed' | 'changed';
  /** For a changed row, each differing value, before and after. */
  fields: DoraFieldChange[];
}

/**
 * The difference between the register on two days (`GET /dora/diff`): providers (B_05.01),
 * contractual arrangements (B_02.01 with B_02.02) and functions (B_06.01) added, removed or
 * changed. Confidential values the reader may not see are left out of both sides.
 *
 * @public
 */
export interface DoraRegisterDiff {
  /** The earlier day and its snapshot. */
  from: DoraRegisterAsOf;
  /** The later day and its snapshot. */
  to: DoraRegisterAsOf;
  /** Providers (B_05.01 rows, by vendor) added, removed or changed. */
  providers: DoraRecordChange[];
  /** Contractual arrangements (B_02.01 with B_02.02, by reference) added, removed or changed. */
  contracts: DoraRecordChange[];
  /** Functions (B_06.01 rows, by continuity plan) added, removed or changed. */
  functions: DoraRecordChange[];
}
