import type { ReadinessKind } from '../kinds';
import { alertSchema } from './alertSchema';
import { capabilityModelSchema } from './capabilityModelSchema';
import { continuityPlanSchema } from './continuityPlanSchema';
import { exerciseSchema } from './exerciseSchema';
import { postmortemSchema } from './postmortemSchema';
import { procedureSchema } from './procedureSchema';
import type { JsonSchema } from './schemaParts';
import { vendorSchema } from './vendorSchema';

export type { JsonSchema } from './schemaParts';
export {
  currencyCode,
  date,
  entityRef,
  fields,
  listOf,
  RECORD_TEXT_LIMITS,
  text,
  webUrl,
} from './schemaParts';
export { entityLinksSchema } from './entityLinksSchema';
export { SCHEMA_PATTERNS, type SchemaPattern } from './patterns';
export { taxonomySchema } from './taxonomySchema';
/**
 * The JSON Schema of each readiness record kind (the one way to reach them, so a kind's schema
 * is always looked up by its kind).
 *
 * @public
 */
export const READINESS_SCHEMAS: Record<ReadinessKind, JsonSchema> = {
  Alert: alertSchema,
  Procedure: procedureSchema,
  Vendor: vendorSchema,
  ContinuityPlan: continuityPlanSchema,
  Exercise: exerciseSchema,
  Postmortem: postmortemSchema,
  CapabilityModel: capabilityModelSchema,
};
