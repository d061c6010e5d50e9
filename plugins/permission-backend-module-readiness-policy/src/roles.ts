import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';

/** The groups whose members have a role beyond "signed in". */
export interface RoleGroups {
  leadership: string;
  auditors: string;
}

/**
 * What a person may do in the portal:
 * - `auditor`: read everything, confidential vendor fields included; change nothing;
 * - `leader`: everything;
 * - `member`: anyone else signed in.
 */
export type ReadinessRole = 'auditor' | 'leader' | 'member';

const DEFAULT_ROLE_GROUPS: RoleGroups = {
  leadership: 'group:default/leadership',
  auditors: 'group:default/auditors',
};

function groupRef(config: Config, key: keyof RoleGroups): string {
  const path = `readiness.roles.${key}`;
  const value = config.getOptionalString(path) ?? DEFAULT_ROLE_GROUPS[key];
  let ref;
  try {
    ref = parseEntityRef(value, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
  } catch (error) {
    throw new Error(
      `${path} must be a group ref such as group:default/${key} (got ${JSON.stringify(
        value,
      )}): ${(error as Error).message}`,
    );
  }
  if (ref.kind.toLocaleLowerCase('en-US') !== 'group') {
    throw new Error(
      `${path} must be the ref of a Group, not a ${
        ref.kind
      } (got ${JSON.stringify(value)})`,
    );
  }
  return stringifyEntityRef(ref).toLocaleLowerCase('en-US');
}

/** The role groups from `readiness.roles`, normalised to full lower-case refs. */
export function readRoleGroups(config: Config): RoleGroups {
  return {
    leadership: groupRef(config, 'leadership'),
    auditors: groupRef(config, 'auditors'),
  };
}

/**
 * The role a person's ownership refs (themselves and their groups) give them. Auditors stay
 * read-only even when they also belong to leadership: audit must be independent of what it audits.
 */
export function roleOf(
  ownershipEntityRefs: string[],
  groups: RoleGroups,
): ReadinessRole {
  const refs = new Set(
    ownershipEntityRefs.map(ref => ref.toLocaleLowerCase('en-US')),
  );
  if (refs.has(groups.auditors)) return 'auditor';
  if (refs.has(groups.leadership)) return 'leader';
  return 'member';
}

/**
 * Every role a person's ownership refs give them, for choosing what their home page shows: a
 * person in several roles sees the union. Membership of any group other than the role groups
 * (a squad) makes someone a `member`. Decisions use {@link roleOf}, never this list.
 */
export function rolesOf(
  ownershipEntityRefs: string[],
  groups: RoleGroups,
): ReadinessRole[] {
  const refs = ownershipEntityRefs.map(ref => ref.toLocaleLowerCase('en-US'));
  const roles: ReadinessRole[] = [];
  if (refs.includes(groups.auditors)) roles.push('auditor');
  if (refs.includes(groups.leadership)) roles.push('leader');
  const inSquad = refs.some(
    ref =>
      ref.startsWith('group:') &&
      ref !== groups.auditors &&
      ref !== groups.leadership,
  );
  if (inSquad || roles.length === 0) roles.push('member');
  return roles;
}
