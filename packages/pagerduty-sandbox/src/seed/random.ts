import { createHash } from 'node:crypto';

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const HEX_ALPHABET = '0123456789abcdef';

/**
 * A small seeded pseudo-random generator (mulberry32), so that one seed always
 * gives the same PagerDuty account.
 *
 * @public
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new Error('Cannot pick from an empty list');
    }
    return items[Math.floor(this.next() * items.length)];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const result = [...items];
    for (let i = result.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [result[i], result[j]] = [result[j], result[i]];
    }
    return result;
  }

  /** An exponentially distributed duration with the given mean. */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** A string of upper-case letters and digits, like PagerDuty's object ids. */
  token(length: number, alphabet = ID_ALPHABET): string {
    let result = '';
    for (let i = 0; i < length; i++) {
      result += alphabet[Math.floor(this.next() * alphabet.length)];
    }
    return result;
  }
}

/**
 * Hands out PagerDuty-looking ids (`P` + 6 characters for configuration
 * objects, 14 characters for incidents and log entries), never the same twice.
 *
 * @public
 */
export class IdFactory {
  private readonly used = new Set<string>();

  constructor(private readonly random: SeededRandom) {}

  /** Marks ids taken from elsewhere (the catalog's service ids, post-mortem incident ids). */
  reserve(id: string): string {
    this.used.add(id);
    return id;
  }

  object(): string {
    return this.unique(() => `P${this.random.token(6)}`);
  }

  incident(): string {
    return this.unique(() => `Q${this.random.token(13)}`);
  }

  logEntry(): string {
    return this.unique(() => `R${this.random.token(13)}`);
  }

  /**
   * A log entry id derived from `key` (an entry it follows from) without
   * drawing from the random sequence, so adding such entries leaves every
   * other id of the seeded account as it was.
   */
  derivedLogEntry(key: string): string {
    let attempt = 0;
    return this.unique(() => {
      const digest = createHash('sha256')
        .update(`${key}#${attempt++}`)
        .digest();
      let id = 'R';
      for (let i = 0; i < 13; i++) {
        id += ID_ALPHABET[digest[i] % ID_ALPHABET.length];
      }
      return id;
    });
  }

  /** Change events carry 26-character ids in PagerDuty. */
  changeEvent(): string {
    return this.unique(() => `01${this.random.token(24)}`);
  }

  /** A 32-character hexadecimal key, the shape of integration and dedup keys. */
  hexKey(): string {
    return this.unique(() => this.random.token(32, HEX_ALPHABET));
  }

  /**
   * A 32-character hexadecimal key derived from `key` without drawing from
   * the random sequence, so adding such keys leaves every other id of the
   * seeded account as it was.
   */
  derivedHexKey(key: string): string {
    let attempt = 0;
    return this.unique(() =>
      createHash('sha256')
        .update(`${key}#${attempt++}`)
        .digest('hex')
        .slice(0, 32),
    );
  }

  private unique(make: () => string): string {
    for (;;) {
      const id = make();
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}
