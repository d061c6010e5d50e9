import type {
  CapabilityCheck,
  CapabilityCheckCategory,
} from '@readiness/plugin-readiness-common';
import type { CapabilityModelSpec } from '../evaluation/levels';

const LEVEL_NAMES = ['Foundational', 'Managed', 'Excellent'];

/** A model the leadership applies to squads, with its first `levels` levels and these checks. */
export function testCapabilityModel(
  levels: number,
  checks: CapabilityCheck[],
  more: Partial<CapabilityModelSpec> = {},
): CapabilityModelSpec {
  return {
    owner: 'group:leadership',
    version: '1',
    appliesTo: { kind: 'Group', type: 'team' },
    levels: LEVEL_NAMES.slice(0, levels).map((name, index) => ({
      level: index + 1,
      name,
    })),
    checks,
    ...more,
  };
}

/** A check the named evaluator decides. */
export function automaticCheck(
  id: string,
  title: string,
  level: number,
  category: CapabilityCheckCategory,
  evaluator: string,
): CapabilityCheck {
  return { id, title, level, category, type: 'automatic', evaluator };
}
