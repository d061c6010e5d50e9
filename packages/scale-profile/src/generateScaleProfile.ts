import type { Entity } from '@backstage/catalog-model';
import type { SandboxAccount } from '@readiness/pagerduty-sandbox';
import { createContext } from './context';
import {
  continuityPlanEntities,
  exerciseEntities,
  planVendors,
  vendorEntities,
} from './continuity';
import { DEMO_CATALOG_DIR, readDemoRecords } from './demoRecords';
import {
  alertEntities,
  componentEntities,
  procedureEntities,
} from './operations';
import { organisationEntities, planOrganisation } from './organisation';
import { pagerDutyAccount } from './pagerDutyAccount';
import { postmortemEntities } from './postmortems';
import { SCALE_PROFILES, ScaleProfileName } from './profiles';
import { sliceScaleProfile } from './slice';

/**
 * The default "now" of a generated organisation; fixed, so the output depends on the seed alone.
 *
 * @public
 */
export const SCALE_PROFILE_REFERENCE_DATE = new Date('2026-11-20T00:00:00Z');

/**
 * Which profile to generate, from which seed and reference date.
 *
 * @public
 */
export interface GenerateScaleProfileOptions {
  profile: ScaleProfileName;
  seed: number;
  /** Review dates, exercises and 18 months of history count back from it. */
  referenceDate?: Date;
  /** Where the demo's taxonomy and capability model are read from; the repository's catalog-info/ by default. */
  demoCatalogDir?: string;
  /**
   * Only this many records, every kind in its share (see `sliceScaleProfile`), and the PagerDuty
   * account of the squads and services the slice holds.
   */
  slice?: number;
}

/**
 * A generated organisation: its catalog entities and the matching PagerDuty sandbox account.
 *
 * @public
 */
export interface ScaleProfileOutput {
  /** Every catalog entity, kind by kind, squad by squad within a kind. */
  entities: Entity[];
  /** The matching PagerDuty sandbox account (pagerduty-account.json). */
  pagerDuty: SandboxAccount;
}

/**
 * Generates a scale profile: a synthetic organisation of squads, people,
 * services and jobs with their alerts, procedures, vendors, continuity plans,
 * exercises and post-mortems, and its PagerDuty account. The same seed (and
 * reference date) always gives the same output; every reference resolves.
 *
 * @public
 */
export function generateScaleProfile(
  options: GenerateScaleProfileOptions,
): ScaleProfileOutput {
  if (!Number.isSafeInteger(options.seed)) {
    throw new Error(`The seed must be a whole number (got ${options.seed})`);
  }
  const profile = SCALE_PROFILES[options.profile];
  if (!profile) {
    throw new Error(
      `Unknown scale profile ${options.profile}; known: ${Object.keys(
        SCALE_PROFILES,
      ).join(', ')}`,
    );
  }
  const context = createContext(
    profile,
    options.seed,
    options.referenceDate ?? SCALE_PROFILE_REFERENCE_DATE,
  );
  const demo = readDemoRecords(options.demoCatalogDir ?? DEMO_CATALOG_DIR);
  const plan = planOrganisation(context);
  const vendors = planVendors(context);
  const vendorNames = vendors.map(vendor => vendor.name);
  const all = [
    ...organisationEntities(plan),
    ...componentEntities(context, plan, vendorNames),
    ...procedureEntities(context, plan),
    ...alertEntities(context, plan),
    ...vendorEntities(context, plan, vendors),
    ...continuityPlanEntities(context, plan, vendors),
    ...exerciseEntities(context, plan),
    ...postmortemEntities(context, plan, demo.taxonomyTags),
    demo.capabilityModel,
  ];
  const entities =
    options.slice === undefined ? all : sliceScaleProfile(all, options.slice);
  return { entities, pagerDuty: pagerDutyAccount(context, plan, entities) };
}
