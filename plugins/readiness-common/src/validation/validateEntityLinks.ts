import type { Entity } from '@backstage/catalog-model';
import type { RecordProblem } from '../problems';
import { entityLinksSchema } from '../schemas';
import { validateWithSchema } from './schemaValidation';

/**
 * Checks what the portal requires of any entity, whatever its kind: every URL in
 * `metadata.links` is http, https or mailto. A readiness record's own schema includes the rule,
 * so validateRecord reports it too; this is for the kinds the portal does not own (Component,
 * Group, ...), whose entity pages would otherwise break on a `javascript:` link.
 *
 * @returns every problem found, or an empty list
 * @public
 */
export function validateEntityLinks(entity: Entity): RecordProblem[] {
  return validateWithSchema(entityLinksSchema, entity);
}
