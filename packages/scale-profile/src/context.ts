import type { Entity } from '@backstage/catalog-model';
import { IdFactory, SeededRandom } from '@readiness/pagerduty-sandbox';
import type { ScaleProfile } from './profiles';

export { READINESS_API_VERSION } from '@readiness/plugin-readiness-common';

const DAY = 86_400_000;

/** What every part of the generator shares: the profile, the seeded randomness and "today". */
export interface GeneratorContext {
  profile: ScaleProfile;
  random: SeededRandom;
  /** PagerDuty-shaped ids, unique across the whole account. */
  ids: IdFactory;
  /** The fixed "now" of the organisation: review dates and history count back from it. */
  referenceDate: Date;
}

export function createContext(
  profile: ScaleProfile,
  seed: number,
  referenceDate: Date,
): GeneratorContext {
  const random = new SeededRandom(seed);
  return { profile, random, ids: new IdFactory(random), referenceDate };
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

/** YYYY-MM-DD of a date, in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A timestamp in whole seconds, UTC. */
export function isoTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function titleCase(words: string): string {
  return words
    .split(/[-\s]/)
    .map(word => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

export const BACKSTAGE_API_VERSION = 'backstage.io/v1alpha1';

export function entity(
  apiVersion: string,
  kind: string,
  metadata: Entity['metadata'],
  spec: Record<string, unknown>,
): Entity {
  // Optional fields left undefined are left out, as they would be in YAML.
  const present = Object.fromEntries(
    Object.entries(spec).filter(([, value]) => value !== undefined),
  );
  return { apiVersion, kind, metadata, spec: present as Entity['spec'] };
}
