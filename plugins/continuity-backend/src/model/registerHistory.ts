import { createHash } from 'node:crypto';
import { Entity } from '@backstage/catalog-model';
import {
  ConfidentialVendorFields,
  DORA_TABLE_CODES,
  DoraTable,
  DoraTableCode,
  durationSeconds,
} from '@readiness/plugin-continuity-common';
import { ContinuityPlanEntity, VendorEntity } from '@readiness/plugin-readiness-common';
import { refKey } from '@readiness/plugin-readiness-node';
import { buildDoraTable, DoraRecords } from './doraRegister';
import { DoraFinancialEntity } from './dora/financialEntity';

/**
 * What the DORA register is built from, as it stood at one moment: the vendor and continuity
 * plan records (name, title and spec: what the register reads), which plans depend on each
 * vendor (the catalog's dependency graph at that moment, reduced to what the register uses) and
 * the confidential vendor fields. Stored as canonical JSON, so equal contents hash equally.
 */
export interface RegisterContent {
  vendors: VendorEntity[];
  plans: ContinuityPlanEntity[];
  /** The continuity plans (lower-case refs) depending on each vendor, by the vendor's ref. */
  plansDependingOn: Record<string, string[]>;
  /** Confidential vendor fields, by vendor ref; only readers the policy allows see them. */
  confidential: Record<string, ConfidentialVendorFields>;
}

/** A record as the register reads it; ids, etags and relations change without the register changing. */
function registerRecord<T extends Entity>(entity: T): T {
  const { name, namespace, title } = entity.metadata;
  return {
    apiVersion: entity.apiVersion,
    kind: entity.kind,
    metadata: { name, namespace: namespace ?? 'default', ...(title ? { title } : {}) },
    spec: entity.spec,
  } as T;
}

const byRef = (a: Entity, b: Entity) => refKey(a).localeCompare(refKey(b));

/** The register's content from the records as they are now. */
export function registerContentOf(options: {
  vendors: readonly VendorEntity[];
  plans: readonly ContinuityPlanEntity[];
  plansDependingOn: (vendor: VendorEntity) => readonly ContinuityPlanEntity[];
  confidential: ReadonlyMap<string, ConfidentialVendorFields>;
}): RegisterContent {
  const vendors = options.vendors.map(registerRecord).sort(byRef);
  const refs = new Set(vendors.map(vendor => refKey(vendor)));
  return {
    vendors,
    plans: options.plans.map(registerRecord).sort(byRef),
    plansDependingOn: Object.fromEntries(
      options.vendors.map(vendor => [
        refKey(vendor),
        options.plansDependingOn(vendor).map(plan => refKey(plan)).sort(),
      ]),
    ),
    confidential: Object.fromEntries(
      [...options.confidential].filter(([ref]) => refs.has(ref)),
    ),
  };
}

/** JSON with every object's keys in order, so that equal values are equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.keys(item).sort().map(key => [key, item[key]]))
      : item,
  );
}

/** The SHA-256 (hex) of a content's canonical JSON, which the store keys contents by. */
export function contentHash(json: string): string {
  return createHash('sha256').update(json).digest('hex');
}

/**
 * The records the register builder reads, from a stored content, for the reporting day. The
 * financial entity keeping the register is configuration, not records: it is today's.
 */
export function doraRecordsOf(
  content: RegisterContent,
  day: string,
  entity?: DoraFinancialEntity,
): DoraRecords {
  const plans = new Map(content.plans.map(plan => [refKey(plan), plan]));
  return {
    today: day,
    entity,
    vendors: content.vendors,
    plans: content.plans,
    plansDependingOn: vendor =>
      (content.plansDependingOn[refKey(vendor)] ?? []).flatMap(ref => {
        const plan = plans.get(ref);
        return plan ? [plan] : [];
      }),
    confidentialOf: vendor => content.confidential[refKey(vendor)],
  };
}

/** Every register table built from a stored content, with every confidential value in it. */
export function registerTablesOf(
  content: RegisterContent,
  day: string,
  entity?: DoraFinancialEntity,
): Record<DoraTableCode, DoraTable> {
  const records = doraRecordsOf(content, day, entity);
  return Object.fromEntries(
    DORA_TABLE_CODES.map(code => [code, buildDoraTable(code, records)]),
  ) as Record<DoraTableCode, DoraTable>;
}

/** One snapshot of the demo's history: when it is dated and what the register held. */
export interface DemoRegisterStep {
  takenAt: Date;
  content: RegisterContent;
}

const YEAR_MS = 365 * 86_400_000;

function yearEarlier(day: string): string {
  const [year, rest] = [Number(day.slice(0, 4)), day.slice(4)];
  const earlier = `${year - 1}${rest}`;
  // 29 February has no day a year earlier: the day before it does.
  return earlier.endsWith('-02-29') ? `${year - 1}-02-28` : earlier;
}

/**
 * The demo's register history, derived from today's content: one snapshot dated a year before
 * `now`, so that a reporting day such as the last 31 December shows a register that differs from
 * today's in each way the comparison reports. Then:
 * - the vendor whose contract started last (ties: by ref) was not yet in the register, so one
 *   provider and one contractual arrangement are added since;
 * - the first other vendor (by ref) whose contract has an end date had its contract renewed
 *   since: it ended a year earlier, and its annual value (where recorded) was a tenth lower;
 * - the first continuity plan (by ref) with an RTO had twice today's RTO, tightened since.
 * Empty when today's content has no vendor.
 */
export function planDemoRegisterHistory(
  current: RegisterContent,
  now: Date,
): DemoRegisterStep[] {
  if (current.vendors.length === 0) return [];
  const newest = [...current.vendors].sort(
    (a, b) =>
      (b.spec.contract?.startDate ?? '').localeCompare(a.spec.contract?.startDate ?? '') ||
      byRef(a, b),
  )[0];
  const newestRef = refKey(newest);
  const vendors = current.vendors.filter(vendor => refKey(vendor) !== newestRef);
  const renewed = vendors.find(vendor => vendor.spec.contract?.endDate);
  const renewedRef = renewed && refKey(renewed);
  const tightened = current.plans.find(plan => durationSeconds(plan.spec.bia.rto));

  const confidential = { ...current.confidential };
  delete confidential[newestRef];
  const renewedValue = renewedRef ? confidential[renewedRef]?.annualValue : undefined;
  if (renewedRef && renewedValue) {
    confidential[renewedRef] = {
      ...confidential[renewedRef],
      annualValue: { ...renewedValue, amount: Math.round(renewedValue.amount * 0.9) },
    };
  }
  const plansDependingOn = { ...current.plansDependingOn };
  delete plansDependingOn[newestRef];

  return [
    {
      takenAt: new Date(now.getTime() - YEAR_MS),
      content: {
        vendors: vendors.map(vendor =>
          refKey(vendor) === renewedRef
            ? {
                ...vendor,
                spec: {
                  ...vendor.spec,
                  contract: {
                    ...vendor.spec.contract!,
                    endDate: yearEarlier(vendor.spec.contract!.endDate!),
                  },
                },
              }
            : vendor,
        ),
        plans: current.plans.map(plan =>
          plan === tightened
            ? {
                ...plan,
                spec: {
                  ...plan.spec,
                  bia: {
                    ...plan.spec.bia,
                    rto: `PT${2 * durationSeconds(plan.spec.bia.rto)!}S`,
                  },
                },
              }
            : plan,
        ),
        plansDependingOn,
        confidential,
      },
    },
  ];
}
