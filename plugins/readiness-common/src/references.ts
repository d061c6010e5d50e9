import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
} from '@backstage/catalog-model';
import { entityRefKey } from './entityRefs';
import { FieldPathSegment, formatFieldPath } from './fieldPath';
import { isReadinessKind, ReadinessKind } from './kinds';
import type { RecordProblem } from './problems';
import { SCHEMA_PATTERNS } from './schemas';

/**
 * A field of a record kind that holds entity refs, and the kinds it may refer
 * to. `[]` marks a list: `spec.actions[].owner` is the owner of every action,
 * `spec.scripts[]` every entry of the list.
 *
 * @public
 */
export interface RefField {
  field: string;
  kinds: readonly string[];
}

/**
 * Which field of which kind refers to what. The single source of truth for
 * reference checks and for the relations the catalog emits.
 *
 * @public
 */
export const READINESS_REF_FIELDS: Record<ReadinessKind, readonly RefField[]> =
  {
    Alert: [
      { field: 'spec.owner', kinds: ['Group'] },
      { field: 'spec.monitors', kinds: ['Component', 'Resource'] },
      { field: 'spec.procedure', kinds: ['Procedure'] },
      { field: 'spec.scripts[]', kinds: ['Procedure'] },
    ],
    Procedure: [
      { field: 'spec.owner', kinds: ['Group'] },
      {
        field: 'spec.appliesTo[]',
        kinds: ['Component', 'Resource', 'System', 'Alert'],
      },
    ],
    Vendor: [
      { field: 'spec.owner', kinds: ['Group'] },
      { field: 'spec.relationshipOwner', kinds: ['User'] },
      { field: 'spec.supports[]', kinds: ['Component', 'System', 'Resource'] },
      { field: 'spec.alternatives[].vendor', kinds: ['Vendor'] },
      { field: 'spec.subcontractors[]', kinds: ['Vendor'] },
      { field: 'spec.exitPlan.procedure', kinds: ['Procedure'] },
      { field: 'spec.reviews[].reviewer', kinds: ['User'] },
    ],
    ContinuityPlan: [
      { field: 'spec.owner', kinds: ['Group'] },
      { field: 'spec.covers[]', kinds: ['Component', 'System'] },
      { field: 'spec.dependsOn[]', kinds: ['Vendor', 'Component'] },
      { field: 'spec.scenarios[].vendor', kinds: ['Vendor'] },
      { field: 'spec.recoveryProcedures[]', kinds: ['Procedure'] },
      { field: 'spec.emergencyTeam[].member', kinds: ['User'] },
      { field: 'spec.callTree[].member', kinds: ['User', 'Group'] },
      { field: 'spec.communications[].owner', kinds: ['Group', 'User'] },
      { field: 'spec.approvals[].approver', kinds: ['User'] },
    ],
    Exercise: [
      { field: 'spec.owner', kinds: ['Group'] },
      { field: 'spec.plans[]', kinds: ['ContinuityPlan'] },
      { field: 'spec.teams[]', kinds: ['Group'] },
      { field: 'spec.participants[]', kinds: ['User'] },
      { field: 'spec.actions[].owner', kinds: ['Group', 'User'] },
    ],
    Postmortem: [
      { field: 'spec.owner', kinds: ['Group'] },
      { field: 'spec.services[]', kinds: ['Component'] },
      { field: 'spec.infrastructure[]', kinds: ['Resource'] },
      { field: 'spec.participants[]', kinds: ['User'] },
      { field: 'spec.actions[].owner', kinds: ['Group', 'User'] },
    ],
    CapabilityModel: [{ field: 'spec.owner', kinds: ['Group'] }],
  };

/**
 * One entity ref found in a record.
 *
 * @public
 */
export interface RecordRef {
  /** The declaration it comes from, e.g. `spec.actions[].owner`. */
  declaration: RefField;
  /** Where it is, e.g. `spec.actions[2].owner`. */
  field: string;
  /** The ref as written. */
  ref: string;
  /** The parsed ref; undefined when the ref is malformed (validateRecord reports it). */
  target?: CompoundEntityRef;
}

const ENTITY_REF = new RegExp(SCHEMA_PATTERNS.entityRef.pattern);

function collectRefs(
  value: unknown,
  steps: string[],
  path: FieldPathSegment[],
  found: Array<{ field: string; ref: string }>,
): void {
  if (steps.length === 0) {
    if (typeof value === 'string') {
      found.push({ field: formatFieldPath(path), ref: value });
    }
    return;
  }
  const [step, ...rest] = steps;
  if (step === '[]') {
    if (Array.isArray(value)) {
      value.forEach((item, index) =>
        collectRefs(item, rest, [...path, index], found),
      );
    }
  } else if (value !== null && typeof value === 'object') {
    collectRefs(
      (value as Record<string, unknown>)[step],
      rest,
      [...path, step],
      found,
    );
  }
}

/**
 * Every entity ref a readiness record holds, with the field it is in.
 * Returns an empty list for entities of other kinds.
 *
 * @public
 */
export function listRecordRefs(entity: Entity): RecordRef[] {
  if (!isReadinessKind(entity.kind)) {
    return [];
  }
  return READINESS_REF_FIELDS[entity.kind].flatMap(declaration => {
    const steps = declaration.field.replace(/\[\]/g, '.[]').split('.');
    const found: Array<{ field: string; ref: string }> = [];
    collectRefs(entity, steps, [], found);
    return found.map(({ field, ref }) => ({
      declaration,
      field,
      ref,
      target: ENTITY_REF.test(ref) ? parseEntityRef(ref) : undefined,
    }));
  });
}

/**
 * A reference problem, with the record it was found in.
 *
 * @public
 */
export interface ReferenceProblem extends RecordProblem {
  entity: Entity;
}

function describeKinds(kinds: readonly string[]): string {
  const names =
    kinds.length > 1
      ? `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}`
      : kinds[0];
  // "an Alert", but "a User".
  return /^[AEIO]/.test(names) ? `an ${names}` : `a ${names}`;
}

/**
 * Checks that every entity ref of the records points at an entity of a kind
 * its field allows, and that the entity exists: either among `knownRefs`
 * (refs in any casing, with or without the default namespace) or among the
 * records themselves. Malformed refs are left to validateRecord.
 *
 * @public
 */
export function checkReferences(
  records: Iterable<Entity>,
  knownRefs: Iterable<string>,
): ReferenceProblem[] {
  const entities = [...records];
  const known = new Set([
    ...[...knownRefs].map(ref => entityRefKey(ref)),
    ...entities
      .filter(entity => typeof entity.metadata?.name === 'string')
      .map(entity => entityRefKey(entity)),
  ]);
  return entities.flatMap(entity =>
    listRecordRefs(entity).flatMap(({ declaration, field, ref, target }) => {
      if (!target) {
        return [];
      }
      const kindAllowed = declaration.kinds.some(
        kind =>
          kind.toLocaleLowerCase('en-US') ===
          target.kind.toLocaleLowerCase('en-US'),
      );
      if (!kindAllowed) {
        return [
          {
            entity,
            field,
            message: `must refer to ${describeKinds(
              declaration.kinds,
            )}, got ${ref}`,
          },
        ];
      }
      return known.has(entityRefKey(target))
        ? []
        : [{ entity, field, message: `${ref} does not exist` }];
    }),
  );
}
