import { DateTime, IANAZone } from 'luxon';
import { invalidInput } from './errors';

/**
 * Reads PagerDuty-style query parameters (`include[]=a&include[]=b`,
 * `limit=25`) from the raw URL, so that the sandbox behaves the same whatever
 * query parser the server it is mounted in uses.
 */
export class QueryParams {
  constructor(private readonly params: URLSearchParams) {}

  static fromUrl(url: string): QueryParams {
    return new QueryParams(new URL(url, 'http://sandbox.invalid').searchParams);
  }

  string(name: string): string | undefined {
    return this.params.get(name) ?? undefined;
  }

  /** The values of `name[]`, or undefined when there are none. */
  list(name: string): string[] | undefined {
    const values = this.params.getAll(`${name}[]`);
    return values.length > 0 ? values : undefined;
  }

  oneOfList<T extends string>(
    name: string,
    allowed: readonly T[],
  ): T[] | undefined {
    const values = this.list(name);
    const wrong = values?.find(value => !allowed.includes(value as T));
    if (wrong !== undefined) {
      throw invalidInput(
        `${name}[] must be one of ${allowed.join(', ')} (got "${wrong}")`,
      );
    }
    return values as T[] | undefined;
  }

  /** `include[]` values, checked against what the operation documents. */
  includes(allowed: readonly string[]): Set<string> {
    return new Set(this.oneOfList('include', allowed));
  }

  boolean(name: string): boolean | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (value !== 'true' && value !== 'false') {
      throw invalidInput(`${name} must be true or false (got "${value}")`);
    }
    return value === 'true';
  }

  integer(name: string, minimum: number): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value) || Number(value) < minimum) {
      throw invalidInput(
        `${name} must be an integer of at least ${minimum} (got "${value}")`,
      );
    }
    return Number(value);
  }

  /** `time_zone`: an IANA zone name (PagerDuty's `tzinfo`). */
  timeZone(fallback: string): string {
    const value = this.string('time_zone');
    if (value === undefined) return fallback;
    if (!IANAZone.isValidZone(value)) {
      throw invalidInput(
        `time_zone must be a time zone name such as America/New_York (got "${value}")`,
      );
    }
    return value;
  }

  /** An ISO 8601 time; one without an offset is read in `zone`. */
  date(name: string, zone: string): Date | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    const parsed = DateTime.fromISO(value, { zone });
    if (!parsed.isValid) {
      throw invalidInput(
        `${name} must be an ISO 8601 date-time (got "${value}")`,
      );
    }
    return parsed.toJSDate();
  }

  /** A time that must be in UTC, as the change events operation demands. */
  utcDate(name: string): Date | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!/(Z|[+-]00:?00)$/.test(value)) {
      throw invalidInput(
        `${name} must be a UTC date-time ending in Z (got "${value}")`,
      );
    }
    return this.date(name, 'UTC');
  }
}
