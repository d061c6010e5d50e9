/**
 * Relation types the readiness kinds add to the catalog, each with its reverse. The catalog
 * module emits them; the frontend names them in the catalog graph.
 *
 * @public
 */
export const READINESS_RELATIONS = {
  monitors: 'monitors',
  monitoredBy: 'monitoredBy',
  hasProcedure: 'hasProcedure',
  procedureFor: 'procedureFor',
  covers: 'covers',
  coveredBy: 'coveredBy',
  exercises: 'exercises',
  exercisedBy: 'exercisedBy',
  postmortemOf: 'postmortemOf',
  hasPostmortem: 'hasPostmortem',
  hasParticipant: 'hasParticipant',
  participatedIn: 'participatedIn',
  hasResponder: 'hasResponder',
  responderFor: 'responderFor',
  relationshipOwnedBy: 'relationshipOwnedBy',
  relationshipOwnerOf: 'relationshipOwnerOf',
} as const;

/**
 * Each readiness relation type paired with its reverse.
 *
 * @public
 */
export const READINESS_RELATION_PAIRS: ReadonlyArray<[string, string]> = [
  [READINESS_RELATIONS.monitors, READINESS_RELATIONS.monitoredBy],
  [READINESS_RELATIONS.hasProcedure, READINESS_RELATIONS.procedureFor],
  [READINESS_RELATIONS.covers, READINESS_RELATIONS.coveredBy],
  [READINESS_RELATIONS.exercises, READINESS_RELATIONS.exercisedBy],
  [READINESS_RELATIONS.postmortemOf, READINESS_RELATIONS.hasPostmortem],
  [READINESS_RELATIONS.hasParticipant, READINESS_RELATIONS.participatedIn],
  [READINESS_RELATIONS.hasResponder, READINESS_RELATIONS.responderFor],
  [READINESS_RELATIONS.relationshipOwnedBy, READINESS_RELATIONS.relationshipOwnerOf],
];
