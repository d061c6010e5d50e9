import { parseEntityRef } from '@backstage/catalog-model';
import {
  addInterval,
  ContinuityPlanRow,
  DoraTableSummary,
  RecordFileChange,
} from '@readiness/plugin-continuity-common';

/** How recent a critical function's last exercise must be. */
export const EXERCISE_INTERVAL = 'P12M';

const entityHref = (ref: string) => {
  const { kind, namespace, name } = parseEntityRef(ref);
  return `/catalog/${namespace}/${kind.toLocaleLowerCase('en-US')}/${name}`;
};

/**
 * The critical functions whose plan has held no exercise of any type within the last twelve
 * months on `today`, as home-page lines, the longest unexercised first.
 */
export function unexercisedCriticalFunctions(
  plans: readonly ContinuityPlanRow[],
  today: string,
): Array<{ key: string; title: string; detail: string; href: string }> {
  return plans
    .filter(
      plan =>
        plan.criticality === 'critical' &&
        (!plan.lastHeldExercise ||
          (addInterval(plan.lastHeldExercise.date, EXERCISE_INTERVAL) ?? '') <
            today),
    )
    .sort((a, b) =>
      (a.lastHeldExercise?.date ?? '').localeCompare(
        b.lastHeldExercise?.date ?? '',
      ),
    )
    .map(plan => ({
      key: plan.ref,
      title: plan.function,
      detail: `${plan.title} · ${
        plan.lastHeldExercise
          ? `last exercised ${plan.lastHeldExercise.date} (${plan.lastHeldExercise.type})`
          : 'never exercised'
      }`,
      href: `${entityHref(plan.ref)}/continuity`,
    }));
}

/** How complete the DORA register of information is, over every table the portal fills. */
export interface DoraCompleteness {
  /** Mandatory values recorded over mandatory values expected, 0..100, rounded down. */
  percentMandatory: number;
  /** Every required value missing, mandatory and conditional. */
  missingValues: number;
  /** The tables with at least one missing value, most missing first. */
  incompleteTables: Array<{ code: string; name: string; missing: number }>;
}

/**
 * The register's completeness: the share of mandatory values recorded (a conditional column is
 * required only in some rows, so it counts in the missing values but not in the share).
 */
export function doraCompleteness(
  tables: readonly DoraTableSummary[],
): DoraCompleteness {
  let expected = 0;
  let missingMandatory = 0;
  for (const table of tables) {
    const mandatory = new Set(
      table.columns
        .filter(column => column.requirement === 'mandatory')
        .map(column => column.code),
    );
    expected += mandatory.size * table.rowCount;
    for (const column of table.missingByColumn) {
      if (mandatory.has(column.column)) missingMandatory += column.rows;
    }
  }
  return {
    percentMandatory:
      expected === 0
        ? 100
        : Math.floor(((expected - missingMandatory) / expected) * 100),
    missingValues: tables.reduce((sum, table) => sum + table.missingCount, 0),
    incompleteTables: tables
      .filter(table => table.missingCount > 0)
      .map(table => ({
        code: table.code,
        name: table.name,
        missing: table.missingCount,
      }))
      .sort((a, b) => b.missing - a.missing || a.code.localeCompare(b.code)),
  };
}

/** A record file's last change as a home-page line: which records, when, who, which commit, where. */
export function describeRecordChange(change: RecordFileChange): {
  title: string;
  detail: string;
  href: string;
} {
  const [first, ...rest] = change.records;
  const { commit, author, date, subject } = change.lastChange;
  return {
    title: rest.length
      ? `${first.title} and ${rest.length} more record${
          rest.length === 1 ? '' : 's'
        }`
      : first.title,
    detail: `${date.slice(0, 10)} · ${author} · ${commit.slice(
      0,
      7,
    )} “${subject}” · ${change.path}`,
    href: entityHref(first.ref),
  };
}
