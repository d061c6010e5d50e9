/**
 * The portal's permission policy, as a module of the permission backend.
 *
 * @packageDocumentation
 */
export { permissionModuleReadinessPolicy as default } from './module';
export {
  AUDITOR_DENIED_PERMISSIONS,
  decide,
  ReadinessPermissionPolicy,
} from './ReadinessPermissionPolicy';
export { readRoleGroups, roleOf, rolesOf } from './roles';
export type { ReadinessRole, RoleGroups } from './roles';
