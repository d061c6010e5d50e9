import { HttpAuthService, UserInfoService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { RoleGroups, rolesOf } from './roles';

/**
 * `GET /roles` on the permission backend: the signed-in person's roles, so the app can choose
 * which home-page widgets to show. Showing is all it decides; every data endpoint enforces its
 * own permissions.
 */
export function createRolesRouter(options: {
  httpAuth: HttpAuthService;
  userInfo: UserInfoService;
  groups: RoleGroups;
}): express.Router {
  const { httpAuth, userInfo, groups } = options;
  const router = Router();
  router.get('/roles', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { userEntityRef, ownershipEntityRefs } =
      await userInfo.getUserInfo(credentials);
    res.json({
      userEntityRef,
      roles: rolesOf(ownershipEntityRefs, groups),
    });
  });
  return router;
}
