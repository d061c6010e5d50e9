import { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  calendarDay,
  ConfidentialVendorFields,
  DoraRegisterSnapshot,
} from '@readiness/plugin-continuity-common';
import {
  RecordsIndexService,
  RecordsSnapshot,
} from '@readiness/plugin-readiness-node';
import { RegisterSnapshotStore } from '../database/RegisterSnapshotStore';
import { continuityModel } from '../model/ContinuityModel';
import {
  planDemoRegisterHistory,
  RegisterContent,
  registerContentOf,
} from '../model/registerHistory';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Reads a day parameter: a calendar day written YYYY-MM-DD, not after `today`. The error names
 * the parameter and the format expected.
 */
export function parseRegisterDay(
  parameter: string,
  value: unknown,
  today: string,
): string {
  const text = typeof value === 'string' ? value : '';
  const match = ISO_DAY.exec(text);
  const time = match ? Date.UTC(+match[1], +match[2] - 1, +match[3]) : NaN;
  // Date.UTC rolls 2025-02-30 over to March; a real day prints back unchanged.
  if (
    Number.isNaN(time) ||
    new Date(time).toISOString().slice(0, 10) !== text
  ) {
    throw new InputError(
      `${parameter} must be a calendar day written YYYY-MM-DD, such as 2025-12-31 (got "${String(
        value ?? '',
      )}")`,
    );
  }
  if (text > today) {
    throw new InputError(
      `${parameter} must not be after today, ${today} (got "${text}")`,
    );
  }
  return text;
}

/**
 * The register's history: records a snapshot of what the register is built from whenever the
 * vendor or plan records, their dependencies or the confidential vendor file change, seeds the
 * demo's history, and finds the snapshot a past day's register is built from.
 */
export class RegisterHistory {
  // What the last recorded (or unchanged) content was made from: while both are the same
  // objects, nothing the register reads has changed and nothing is hashed or written.
  private recorded?: {
    snapshot: RecordsSnapshot;
    fields: ReadonlyMap<string, ConfidentialVendorFields>;
  };

  // The records the last seeding try saw: the demo history is derived from records that stayed
  // the same between two tries, not from a catalog still ingesting them.
  private seedCandidate?: RecordsSnapshot;

  constructor(
    private readonly options: {
      store: RegisterSnapshotStore;
      index: RecordsIndexService;
      /** The confidential vendor fields as recorded now. */
      confidentialFields: () => Promise<
        ReadonlyMap<string, ConfidentialVendorFields>
      >;
      clock: () => Date;
      logger: LoggerService;
    },
  ) {}

  /** Records the register's content now, unless it is the newest snapshot's. */
  async recordCurrent(): Promise<void> {
    const { store, clock, logger } = this.options;
    const { snapshot, fields } = await this.sources();
    if (this.recorded?.snapshot === snapshot && this.recorded.fields === fields)
      return;
    const content = this.contentOf(snapshot, fields);
    const recorded = await store.record(clock(), content);
    if (recorded) {
      logger.info(
        `Recorded a DORA register snapshot ${recorded.hash.slice(0, 12)} of ${
          content.vendors.length
        } vendors and ${content.plans.length} plans`,
      );
    }
    this.recorded = { snapshot, fields };
  }

  /**
   * Writes the demo's history (see planDemoRegisterHistory) once per database. Answers whether
   * the database holds it now: false until the records have stayed the same since the previous
   * try and hold a vendor, so that a later try seeds once the catalog has ingested them all.
   */
  async seedDemoOnce(): Promise<boolean> {
    const { store, clock, logger } = this.options;
    // Checked since the previous try (a minute ago): the index serves its last snapshot while it
    // checks for a newer one, and one seen on two tries would otherwise be the same unchecked
    // snapshot of a catalog still ingesting.
    const { snapshot, fields } = await this.sources({ maxAgeMs: 30_000 });
    if (snapshot !== this.seedCandidate) {
      this.seedCandidate = snapshot;
      return false;
    }
    const steps = planDemoRegisterHistory(
      this.contentOf(snapshot, fields),
      clock(),
    );
    if (steps.length === 0) return false;
    if (await store.seedDemo(steps)) {
      logger.info(
        `Seeded ${steps.length} DORA register snapshots of demo history`,
      );
    }
    return true;
  }

  /** Every snapshot, oldest first, after recording the current content. */
  async snapshots(): Promise<DoraRegisterSnapshot[]> {
    await this.recordCurrent();
    return this.options.store.list();
  }

  /**
   * The snapshot the register of `day` (YYYY-MM-DD) is built from: the newest taken by the end
   * of that day (UTC), after recording the current content. `parameter` names the day in the
   * error for a day before the first snapshot.
   */
  async asOf(
    day: string,
    parameter: string,
  ): Promise<{ snapshot: DoraRegisterSnapshot; content: RegisterContent }> {
    const { store } = this.options;
    await this.recordCurrent();
    const found = await store.asOf(new Date(Date.parse(day) + DAY_MS - 1));
    if (found) return found;
    const [first] = await store.list();
    throw new InputError(
      first
        ? `${parameter} ${day} is before the register's first snapshot, taken on ${calendarDay(
            new Date(first.takenAt),
          )}`
        : `${parameter} ${day}: the register has no snapshot yet`,
    );
  }

  private async sources(options?: { maxAgeMs?: number }) {
    const { index, confidentialFields } = this.options;
    const [snapshot, fields] = await Promise.all([
      index.snapshot(options),
      confidentialFields(),
    ]);
    return { snapshot, fields };
  }

  private contentOf(
    snapshot: RecordsSnapshot,
    fields: ReadonlyMap<string, ConfidentialVendorFields>,
  ): RegisterContent {
    const model = continuityModel(snapshot, calendarDay(this.options.clock()));
    return registerContentOf({
      vendors: snapshot.vendors,
      plans: snapshot.plans,
      plansDependingOn: vendor => model.plansDependingOn(vendor),
      confidential: fields,
    });
  }
}
