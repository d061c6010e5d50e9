/** How many permission decisions are kept per snapshot and confidential file. */
const MAX_DECISIONS = 64;

/**
 * The DORA register as each reader sees it, built once per records snapshot (its continuity
 * model), version of the confidential vendor file and permission decision, then shared by
 * every request that matches all three. A new snapshot or confidential file is a new key, so
 * a change of the records is seen at once, and the register built from the old ones is dropped
 * with them (weakly held).
 */
export class DoraRegisterCache<T> {
  private readonly entries = new WeakMap<object, WeakMap<object, Map<string, T>>>();

  /**
   * The value for the snapshot's model, the confidential fields and the permission decision
   * (a text naming what the reader may see), built by `build` the first time.
   */
  get(model: object, confidential: object, decision: string, build: () => T): T {
    let byFile = this.entries.get(model);
    if (!byFile) {
      byFile = new WeakMap();
      this.entries.set(model, byFile);
    }
    let byDecision = byFile.get(confidential);
    if (!byDecision) {
      byDecision = new Map();
      byFile.set(confidential, byDecision);
    }
    let value = byDecision.get(decision);
    if (value === undefined) {
      value = build();
      if (byDecision.size >= MAX_DECISIONS) byDecision.delete(byDecision.keys().next().value!);
      byDecision.set(decision, value);
    }
    return value;
  }
}
