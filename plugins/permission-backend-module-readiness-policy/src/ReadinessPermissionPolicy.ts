import { UserInfoService } from '@backstage/backend-plugin-api';
import {
  catalogEntityCreatePermission,
  catalogEntityDeletePermission,
  catalogEntityRefreshPermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
} from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isPermission,
  Permission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  actionExecutePermission,
  taskCreatePermission,
} from '@backstage/plugin-scaffolder-common/alpha';
import { incidentTriggerPermission } from '@readiness/plugin-oncall-common';
import {
  VENDOR_RESOURCE_TYPE,
  vendorConfidentialReadPermission,
} from '@readiness/plugin-continuity-common';
import {
  SCORECARD_SQUAD_RESOURCE_TYPE,
  scorecardApprovePermission,
  scorecardAttestationApprovePermission,
  scorecardAttestPermission,
  scorecardEvaluatePermission,
} from '@readiness/plugin-scorecards-common';
import { ReadinessRole, RoleGroups, roleOf } from './roles';

/**
 * Changes an auditor is refused that carry no create, update or delete action: the scaffolder's
 * and the catalog's. Every permission with such an action is refused too.
 */
export const AUDITOR_DENIED_PERMISSIONS: Permission[] = [
  incidentTriggerPermission,
  scorecardAttestPermission,
  scorecardApprovePermission,
  scorecardEvaluatePermission,
  taskCreatePermission,
  actionExecutePermission,
  catalogEntityCreatePermission,
  catalogEntityDeletePermission,
  catalogEntityRefreshPermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
];

const CHANGE_ACTIONS = new Set(['create', 'update', 'delete']);

/** Whether the permission changes something, as far as an auditor is concerned. */
function isChange(permission: Permission): boolean {
  return (
    CHANGE_ACTIONS.has(permission.attributes.action ?? '') ||
    AUDITOR_DENIED_PERMISSIONS.some(denied => isPermission(permission, denied))
  );
}

const ALLOW: PolicyDecision = { result: AuthorizeResult.ALLOW };
const DENY: PolicyDecision = { result: AuthorizeResult.DENY };

/**
 * Allowed when the rule holds for the resource, evaluated by the plugin that owns the resource
 * type and registers the rule (see its README). Both readiness rules take the person's ownership
 * refs as `claims`.
 */
function conditional(
  pluginId: string,
  resourceType: string,
  rule: string,
  claims: string[],
): PolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId,
    resourceType,
    conditions: { rule, resourceType, params: { claims } },
  };
}

/** The decision for a permission, given the person's role and ownership refs. */
export function decide(
  permission: Permission,
  role: ReadinessRole,
  claims: string[],
): PolicyDecision {
  // Attesting speaks for a squad, so only its members do it, leaders included.
  if (
    role !== 'auditor' &&
    isPermission(permission, scorecardAttestPermission)
  ) {
    return conditional(
      'scorecards',
      SCORECARD_SQUAD_RESOURCE_TYPE,
      'isSquadMember',
      claims,
    );
  }
  switch (role) {
    case 'leader':
      return ALLOW;
    case 'auditor':
      return isChange(permission) ? DENY : ALLOW;
    default:
      if (isPermission(permission, vendorConfidentialReadPermission)) {
        return conditional(
          'continuity',
          VENDOR_RESOURCE_TYPE,
          'isRelationshipOwner',
          claims,
        );
      }
      // Approving attestations and granting waivers is leadership's.
      if (
        isPermission(permission, scorecardApprovePermission) ||
        isPermission(permission, scorecardAttestationApprovePermission)
      ) {
        return DENY;
      }
      return ALLOW;
  }
}

/**
 * The portal's permission policy. Roles come from the person's ownership refs (themselves and
 * the groups they belong to), so they follow the catalog's organisation.
 */
export class ReadinessPermissionPolicy implements PermissionPolicy {
  constructor(
    private readonly options: {
      groups: RoleGroups;
      userInfo: UserInfoService;
    },
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const claims = user
      ? (await this.options.userInfo.getUserInfo(user.credentials))
          .ownershipEntityRefs
      : [];
    return decide(
      request.permission,
      roleOf(claims, this.options.groups),
      claims,
    );
  }
}
