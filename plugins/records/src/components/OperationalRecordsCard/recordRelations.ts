import { EntityRelation, parseEntityRef } from '@backstage/catalog-model';

/** The readiness records related to an entity, by kind, with the relations that lead to them. */
export const RECORD_SECTIONS = [
  { title: 'Alerts', kind: 'alert', relations: ['monitoredBy', 'ownerOf'] },
  {
    title: 'Procedures',
    kind: 'procedure',
    relations: ['hasProcedure', 'ownerOf'],
  },
  {
    title: 'Vendors',
    kind: 'vendor',
    relations: ['dependsOn', 'ownerOf', 'relationshipOwnerOf'],
  },
  {
    title: 'Continuity plans',
    kind: 'continuityplan',
    relations: ['coveredBy', 'dependencyOf', 'ownerOf', 'responderFor'],
  },
  {
    title: 'Exercises',
    kind: 'exercise',
    relations: ['participatedIn', 'ownerOf'],
  },
  {
    title: 'Post-mortems',
    kind: 'postmortem',
    relations: ['hasPostmortem', 'participatedIn', 'ownerOf'],
  },
  {
    title: 'Capability models',
    kind: 'capabilitymodel',
    relations: ['ownerOf'],
  },
] as const;

/** The sections an entity's Operations tab answers for, from the alerts backend. */
export const OPERATIONS_SECTIONS = ['Alerts', 'Procedures'] as const;

export type RecordSection = { title: string; refs: string[] };

/** Groups an entity's relations to readiness records into sections, each ref once, sorted. */
export function groupRecordRelations(
  relations: EntityRelation[] = [],
): RecordSection[] {
  return RECORD_SECTIONS.map(section => {
    const refs = relations
      .filter(
        relation =>
          (section.relations as readonly string[]).includes(relation.type) &&
          parseEntityRef(relation.targetRef).kind.toLocaleLowerCase('en-US') ===
            section.kind,
      )
      .map(relation => relation.targetRef);
    return { title: section.title, refs: [...new Set(refs)].sort() };
  }).filter(section => section.refs.length > 0);
}
