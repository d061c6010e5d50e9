import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { ReadinessPermissionPolicy } from './ReadinessPermissionPolicy';
import { readRoleGroups } from './roles';
import { createRolesRouter } from './rolesRouter';

/**
 * Installs the readiness permission policy in the permission backend, with the role groups
 * from `readiness.roles`, and serves `GET /api/permission/roles`: the signed-in person's roles.
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
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        policy: policyExtensionPoint,
      },
      async init({ config, userInfo, httpAuth, httpRouter, policy }) {
        const groups = readRoleGroups(config);
        policy.setPolicy(new ReadinessPermissionPolicy({ groups, userInfo }));
        httpRouter.use(createRolesRouter({ httpAuth, userInfo, groups }));
      },
    });
  },
});
