import type {
  AlertSummary,
  ErrorCodeEntry,
  TitledRef,
} from '@readiness/plugin-alerts-common';
import {
  ERROR_CODE_CLASSES,
  ErrorCodeClass,
} from '@readiness/plugin-readiness-common';

/** A list of refs that takes each ref once. */
class UniqueRefs {
  readonly items: TitledRef[] = [];
  private readonly seen = new Set<string>();

  add(item: TitledRef | undefined) {
    if (item && !this.seen.has(item.ref)) {
      this.seen.add(item.ref);
      this.items.push(item);
    }
  }
}

/**
 * Every error code the alerts carry, once per code and class, ordered by class
 * (business, application, system) and then by code.
 */
export function indexErrorCodes(
  alerts: readonly AlertSummary[],
): ErrorCodeEntry[] {
  const entries = new Map<
    string,
    {
      code: string;
      class: ErrorCodeClass;
      meanings: Set<string>;
      alerts: UniqueRefs;
      procedures: UniqueRefs;
      owners: UniqueRefs;
    }
  >();
  for (const alert of alerts) {
    for (const errorCode of alert.errorCodes) {
      const key = `${errorCode.class} ${errorCode.code}`;
      let entry = entries.get(key);
      if (!entry) {
        entry = {
          code: errorCode.code,
          class: errorCode.class,
          meanings: new Set(),
          alerts: new UniqueRefs(),
          procedures: new UniqueRefs(),
          owners: new UniqueRefs(),
        };
        entries.set(key, entry);
      }
      if (errorCode.meaning) entry.meanings.add(errorCode.meaning);
      entry.alerts.add({ ref: alert.ref, title: alert.title });
      entry.procedures.add(alert.procedure);
      entry.owners.add(alert.owner);
    }
  }
  const classOrder = ERROR_CODE_CLASSES as readonly string[];
  return [...entries.values()]
    .map(entry => ({
      code: entry.code,
      class: entry.class,
      meanings: [...entry.meanings],
      alerts: entry.alerts.items,
      procedures: entry.procedures.items,
      owners: entry.owners.items,
    }))
    .sort(
      (a, b) =>
        classOrder.indexOf(a.class) - classOrder.indexOf(b.class) ||
        (a.code < b.code ? -1 : Number(a.code > b.code)),
    );
}
