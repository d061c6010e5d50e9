import { READINESS_RELATIONS as R } from '@readiness/plugin-readiness-common';
import {
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
} from '@backstage/catalog-model';

/**
 * How a reference field becomes a relation. `reversed` relations point from the referenced
 * entity to the record: a vendor's `supports` list means those components depend on it.
 */
export type RelationRule = {
  type: string;
  reverseType: string;
  reversed?: boolean;
};

const owned: RelationRule = {
  type: RELATION_OWNED_BY,
  reverseType: RELATION_OWNER_OF,
};
const dependsOn: RelationRule = {
  type: RELATION_DEPENDS_ON,
  reverseType: RELATION_DEPENDENCY_OF,
};
const procedure: RelationRule = {
  type: R.hasProcedure,
  reverseType: R.procedureFor,
};
const participant: RelationRule = {
  type: R.hasParticipant,
  reverseType: R.participatedIn,
};
const responder: RelationRule = {
  type: R.hasResponder,
  reverseType: R.responderFor,
};

/**
 * Relation rules by kind and field path (array indexes removed). Fields not listed here are
 * references without a relation of their own (a review's reviewer, an action's owner).
 */
export const relationRules: Record<string, Record<string, RelationRule>> = {
  Alert: {
    'spec.owner': owned,
    'spec.monitors': { type: R.monitors, reverseType: R.monitoredBy },
    'spec.procedure': procedure,
    'spec.scripts': procedure,
  },
  Procedure: {
    'spec.owner': owned,
    'spec.appliesTo': {
      type: R.procedureFor,
      reverseType: R.hasProcedure,
    },
  },
  Vendor: {
    'spec.owner': owned,
    'spec.relationshipOwner': {
      type: R.relationshipOwnedBy,
      reverseType: R.relationshipOwnerOf,
    },
    'spec.supports': { ...dependsOn, reversed: true },
    'spec.exitPlan.procedure': procedure,
  },
  ContinuityPlan: {
    'spec.owner': owned,
    'spec.covers': { type: R.covers, reverseType: R.coveredBy },
    'spec.dependsOn': dependsOn,
    'spec.scenarios.vendor': dependsOn,
    'spec.recoveryProcedures': procedure,
    'spec.emergencyTeam.member': responder,
    'spec.callTree.member': responder,
  },
  Exercise: {
    'spec.owner': owned,
    'spec.plans': { type: R.exercises, reverseType: R.exercisedBy },
    'spec.teams': participant,
    'spec.participants': participant,
  },
  Postmortem: {
    'spec.owner': owned,
    'spec.services': {
      type: R.postmortemOf,
      reverseType: R.hasPostmortem,
    },
    'spec.infrastructure': {
      type: R.postmortemOf,
      reverseType: R.hasPostmortem,
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
