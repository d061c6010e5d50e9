import type { Entity } from '@backstage/catalog-model';
import { isReadinessKind, READINESS_KINDS } from '../kinds';
import type { RecordProblem } from '../problems';
import { READINESS_SCHEMAS } from '../schemas';
import type { RootCauseTaxonomy } from '../taxonomy';
import { createCheckContext } from './checkContext';
import { RECORD_CHECKS } from './checks';
import { describeValue } from './describeValue';
import { validateWithSchema } from './schemaValidation';

/**
 * Options of validateRecord.
 *
 * @public
 */
export interface ValidateRecordOptions {
  /**
   * The root-cause taxonomy post-mortem tags must come from. The caller loads
   * it (see parseTaxonomy); without it, tags are not checked against it.
   */
  taxonomy?: RootCauseTaxonomy;
}

/**
 * Validates one readiness record on its own: its kind's JSON Schema, then the
 * rules a schema cannot express (timestamps in order, script placeholders
 * declared, review dates, capability levels, taxonomy tags). Whether its refs
 * point at real entities of the right kinds is checkReferences' job.
 *
 * @returns every problem found, or an empty list if the record is valid
 * @public
 */
export function validateRecord(
  entity: Entity,
  options: ValidateRecordOptions = {},
): RecordProblem[] {
  const { kind } = entity;
  if (!isReadinessKind(kind)) {
    return [
      {
        field: 'kind',
        message: `must be one of ${READINESS_KINDS.join(
          ', ',
        )} (got ${describeValue(kind)})`,
      },
    ];
  }
  const schemaProblems = validateWithSchema(READINESS_SCHEMAS[kind], entity);
  const check = RECORD_CHECKS[kind];
  if (!check) {
    return schemaProblems;
  }
  return [
    ...schemaProblems,
    ...check(createCheckContext(entity, schemaProblems, options.taxonomy)),
  ];
}
