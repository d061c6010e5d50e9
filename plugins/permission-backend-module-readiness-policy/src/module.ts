import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { ReadinessPermissionPolicy } from './ReadinessPermissionPolicy';
import { readRoleGroups } from './roles';

/**
 * Installs the readiness permission policy in the permission backend, with the role groups
 * from `readiness.roles`.
 *
 * @public
 */
export const permissionModuleReadinessPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'readiness-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        userInfo: coreServices.userInfo,
        policy: policyExtensionPoint,
      },
      async init({ config, userInfo, policy }) {
        policy.setPolicy(
          new ReadinessPermissionPolicy({
            groups: readRoleGroups(config),
            userInfo,
          }),
        );
      },
    });
  },
});
