/**
 * Test helpers for backends that check permissions against this policy in a test backend
 * (`startTestBackend` with `@backstage/plugin-permission-backend` and this module).
 *
 * @packageDocumentation
 */
import {
  BackstageUserPrincipal,
  coreServices,
  createServiceFactory,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionModuleReadinessPolicy } from './module';
import { decide } from './ReadinessPermissionPolicy';
import { readRoleGroups, roleOf } from './roles';

/**
 * The mock auth service, except that a plugin calling another on a user's behalf sends the user's
 * credentials with the calling plugin as actor, as real plugin-to-plugin tokens do. The permission
 * backend and the permissions registry require that actor before they evaluate conditional
 * decisions, so without it no resource permission can be checked in a test backend.
 *
 * @public
 */
export const mockDelegatingAuthServiceFactory = createServiceFactory({
  service: coreServices.auth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }) {
    const auth = mockServices.auth({ pluginId: plugin.getId() });
    const issue = auth.getPluginRequestToken.bind(auth);
    auth.getPluginRequestToken = async options => {
      if (!auth.isPrincipal(options.onBehalfOf, 'user')) {
        return issue(options);
      }
      return {
        token: mockCredentials.user.token(
          options.onBehalfOf.principal.userEntityRef,
          { actor: { subject: `plugin:${plugin.getId()}` } },
        ),
      };
    };
    return auth;
  },
});

/**
 * A user info service giving each person the ownership refs sign-in would (themselves and their
 * groups); anyone not listed owns only themselves.
 *
 * @public
 */
export function mockOwnershipUserInfoServiceFactory(
  ownership: Record<string, string[]>,
) {
  return createServiceFactory({
    service: coreServices.userInfo,
    deps: {},
    factory: () => ({
      async getUserInfo(credentials) {
        const { userEntityRef } =
          credentials.principal as BackstageUserPrincipal;
        return {
          userEntityRef,
          ownershipEntityRefs: ownership[userEntityRef] ?? [userEntityRef],
        };
      },
    }),
  });
}

/**
 * The permission backend deciding with this policy, for a test backend: the people's ownership
 * as sign-in would give it, and plugin-to-plugin calls on a user's behalf as real tokens make them.
 *
 * @public
 */
export function readinessPolicyTestFeatures(
  ownership: Record<string, string[]>,
) {
  return [
    permissionPlugin,
    permissionModuleReadinessPolicy,
    mockOwnershipUserInfoServiceFactory(ownership),
    mockDelegatingAuthServiceFactory,
  ];
}

/**
 * A permissions service answering with this policy's decisions (default role groups) directly,
 * for router tests without a test backend. Only definitive decisions: a conditional one needs
 * the permission backend and the plugin owning the rule, so it throws.
 *
 * @public
 */
export function mockPolicyPermissionsService(
  ownership: Record<string, string[]>,
): PermissionsService {
  const groups = readRoleGroups(new ConfigReader({}));
  return mockServices.permissions.mock({
    async authorize(requests, { credentials }) {
      const { userEntityRef } = credentials.principal as BackstageUserPrincipal;
      const claims = ownership[userEntityRef] ?? [userEntityRef];
      return requests.map(({ permission }) => {
        const decision = decide(permission, roleOf(claims, groups), claims);
        if (decision.result === AuthorizeResult.CONDITIONAL) {
          throw new Error(
            `${permission.name} is conditional for ${userEntityRef}: test it with the permission backend`,
          );
        }
        return decision;
      });
    },
  });
}
