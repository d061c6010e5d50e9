import {
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
} from '@backstage/catalog-model';

/** Custom relation types of the readiness kinds, each with its reverse. */
export const RELATION_MONITORS = 'monitors';
export const RELATION_MONITORED_BY = 'monitoredBy';
export const RELATION_HAS_PROCEDURE = 'hasProcedure';
export const RELATION_PROCEDURE_FOR = 'procedureFor';
export const RELATION_COVERS = 'covers';
export const RELATION_COVERED_BY = 'coveredBy';
export const RELATION_EXERCISES = 'exercises';
export const RELATION_EXERCISED_BY = 'exercisedBy';
export const RELATION_POSTMORTEM_OF = 'postmortemOf';
export const RELATION_HAS_POSTMORTEM = 'hasPostmortem';
export const RELATION_HAS_PARTICIPANT = 'hasParticipant';
export const RELATION_PARTICIPATED_IN = 'participatedIn';
export const RELATION_HAS_RESPONDER = 'hasResponder';
export const RELATION_RESPONDER_FOR = 'responderFor';
export const RELATION_RELATIONSHIP_OWNED_BY = 'relationshipOwnedBy';
export const RELATION_RELATIONSHIP_OWNER_OF = 'relationshipOwnerOf';

/**
 * How a reference field becomes a relation. `reversed` relations point from the referenced
 * entity to the record: a vendor's `supports` list means those components depend on it.
 */
export type RelationRule = {
  type: string;
  reverseType: string;
  reversed?: boolean;
};

const owned: RelationRule = { type: RELATION_OWNED_BY, reverseType: RELATION_OWNER_OF };
const dependsOn: RelationRule = {
  type: RELATION_DEPENDS_ON,
  reverseType: RELATION_DEPENDENCY_OF,
};
const procedure: RelationRule = {
  type: RELATION_HAS_PROCEDURE,
  reverseType: RELATION_PROCEDURE_FOR,
};
const participant: RelationRule = {
  type: RELATION_HAS_PARTICIPANT,
  reverseType: RELATION_PARTICIPATED_IN,
};
const responder: RelationRule = {
  type: RELATION_HAS_RESPONDER,
  reverseType: RELATION_RESPONDER_FOR,
};

/**
 * Relation rules by kind and field path (array indexes removed). Fields not listed here are
 * references without a relation of their own (a review's reviewer, an action's owner).
 */
export const relationRules: Record<string, Record<string, RelationRule>> = {
  Alert: {
    'spec.owner': owned,
    'spec.monitors': { type: RELATION_MONITORS, reverseType: RELATION_MONITORED_BY },
    'spec.procedure': procedure,
    'spec.scripts': procedure,
  },
  Procedure: {
    'spec.owner': owned,
    'spec.appliesTo': {
      type: RELATION_PROCEDURE_FOR,
      reverseType: RELATION_HAS_PROCEDURE,
    },
  },
  Vendor: {
    'spec.owner': owned,
    'spec.relationshipOwner': {
      type: RELATION_RELATIONSHIP_OWNED_BY,
      reverseType: RELATION_RELATIONSHIP_OWNER_OF,
    },
    'spec.supports': { ...dependsOn, reversed: true },
    'spec.exitPlan.procedure': procedure,
  },
  ContinuityPlan: {
    'spec.owner': owned,
    'spec.covers': { type: RELATION_COVERS, reverseType: RELATION_COVERED_BY },
    'spec.dependsOn': dependsOn,
    'spec.scenarios.vendor': dependsOn,
    'spec.recoveryProcedures': procedure,
    'spec.emergencyTeam.member': responder,
    'spec.callTree.member': responder,
  },
  Exercise: {
    'spec.owner': owned,
    'spec.plans': { type: RELATION_EXERCISES, reverseType: RELATION_EXERCISED_BY },
    'spec.teams': participant,
    'spec.participants': participant,
  },
  Postmortem: {
    'spec.owner': owned,
    'spec.services': {
      type: RELATION_POSTMORTEM_OF,
      reverseType: RELATION_HAS_POSTMORTEM,
    },
    'spec.infrastructure': {
      type: RELATION_POSTMORTEM_OF,
      reverseType: RELATION_HAS_POSTMORTEM,
    },
    'spec.participants': participant,
  },
  CapabilityModel: {
    'spec.owner': owned,
  },
};

/** The rule for a field path such as `spec.callTree[2].member`, if it makes a relation. */
export function relationRuleFor(
  kind: string,
  fieldPath: string,
): RelationRule | undefined {
  return relationRules[kind]?.[fieldPath.replace(/\[\d+\]/g, '')];
}
