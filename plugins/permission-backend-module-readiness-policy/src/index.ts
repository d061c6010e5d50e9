/**
 * The portal's permission policy, as a module of the permission backend.
 *
 * @packageDocumentation
 */
export { permissionModuleReadinessPolicy as default } from './module';
