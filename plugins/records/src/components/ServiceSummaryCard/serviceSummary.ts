import {
  Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CatalogApi } from '@backstage/plugin-catalog-react';
import type { AlertsApi } from '@readiness/plugin-alerts-common';
import type {
  ContinuityApi,
  ReviewStanding,
} from '@readiness/plugin-continuity-common';
import type { OnCallApi } from '@readiness/plugin-oncall-common';
import { READINESS_RELATIONS } from '@readiness/plugin-readiness-common';
import type { ScorecardsApi } from '@readiness/plugin-scorecards-common';
import { groupRecordRelations } from '../OperationalRecordsCard/recordRelations';

/** An entity the summary names, with what to show for it. */
export interface NamedRef {
  ref: string;
  title: string;
}

/** One line of the summary: its value, or why the portal could not tell. */
export type SummaryPart<T> = { value: T } | { error: string };

/** What a person browsing a service needs first, each part from the capability that owns it. */
export interface ServiceSummary {
  squad?: NamedRef;
  domain?: NamedRef;
  onCall: SummaryPart<{
    now: string[];
    next?: { name: string; start: string };
  }>;
  openIncidents: SummaryPart<number>;
  /** From the Operations tab's own answer, so the two counts agree. */
  operations: SummaryPart<{ alerts: number; procedures: number }>;
  vendors: Array<
    NamedRef & SummaryPart<{ standing: ReviewStanding; due?: string }>
  >;
  plans: Array<NamedRef & SummaryPart<{ rto: string }>>;
  squadLevel: SummaryPart<{ level: number; name?: string } | undefined>;
}

/** The clients of the capabilities the summary reads. */
export interface ServiceSummarySources {
  catalog: Pick<CatalogApi, 'getEntitiesByRefs'>;
  alerts: Pick<AlertsApi, 'getOperations'>;
  continuity: Pick<ContinuityApi, 'getVendor' | 'getPlan'>;
  onCall: Pick<OnCallApi, 'getEntityOnCall' | 'getIncidents'>;
  scorecards: Pick<ScorecardsApi, 'getSquadScorecard'>;
}

const titleOf = (entity: Entity) =>
  entity.metadata.title ?? entity.metadata.name;

async function part<T>(load: () => Promise<T>): Promise<SummaryPart<T>> {
  try {
    return { value: await load() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function relationTargets(entity: Entity, type: string, kind: string) {
  return (entity.relations ?? [])
    .filter(
      relation =>
        relation.type === type &&
        parseEntityRef(relation.targetRef).kind.toLocaleLowerCase('en-US') ===
          kind,
    )
    .map(relation => relation.targetRef);
}

const relationTarget = (entity: Entity, type: string, kind: string) =>
  relationTargets(entity, type, kind)[0];

async function named(
  catalog: ServiceSummarySources['catalog'],
  refs: Array<string | undefined>,
): Promise<Array<Entity | undefined>> {
  const wanted = refs.filter((ref): ref is string => Boolean(ref));
  if (wanted.length === 0) return refs.map(() => undefined);
  const { items } = await catalog.getEntitiesByRefs({ entityRefs: wanted });
  const byRef = new Map(
    items.flatMap(item => (item ? [[stringifyEntityRef(item), item]] : [])),
  );
  return refs.map(ref => (ref ? byRef.get(ref) : undefined));
}

/**
 * The readiness summary of a service: its squad and domain (from the catalog), who is on call
 * and its open incidents (on-call), its alerts and procedures, its own and its jobs' (the same
 * answer as the Operations tab), its vendors with where their reviews stand and the plans that
 * cover it with their RTO (continuity, over the same relations as the Operational records
 * card), and its squad's capability level (scorecards). A part that fails says why on its own.
 */
export async function loadServiceSummary(
  service: Entity,
  sources: ServiceSummarySources,
): Promise<ServiceSummary> {
  const ref = stringifyEntityRef(service);
  const squadRef = relationTarget(service, RELATION_OWNED_BY, 'group');
  const systemRef = relationTarget(service, RELATION_PART_OF, 'system');
  const vendorRefs =
    groupRecordRelations(service.relations).find(
      section => section.title === 'Vendors',
    )?.refs ?? [];

  const [[squad, system], onCall, openIncidents, operations, squadLevel] =
    await Promise.all([
      named(sources.catalog, [squadRef, systemRef]),
      part(async () => {
        const { items } = await sources.onCall.getEntityOnCall(ref);
        const first = items[0]?.levels[0];
        return {
          now: first?.now.map(person => person.name) ?? [],
          next: first?.next && {
            name: first.next.person.name,
            start: first.next.start,
          },
        };
      }),
      part(async () => {
        const [triggered, acknowledged] = await Promise.all([
          sources.onCall.getIncidents({ entityRef: ref, status: 'triggered' }),
          sources.onCall.getIncidents({
            entityRef: ref,
            status: 'acknowledged',
          }),
        ]);
        return triggered.total + acknowledged.total;
      }),
      part(async () => {
        const { alerts, procedures } = await sources.alerts.getOperations(ref);
        return { alerts: alerts.length, procedures: procedures.length };
      }),
      part(async () => {
        if (!squadRef) return undefined;
        const { level } = await sources.scorecards.getSquadScorecard(squadRef);
        return level && { level: level.level, name: level.name };
      }),
    ]);
  const domainRef =
    system && relationTarget(system, RELATION_PART_OF, 'domain');
  const [domain] = await named(sources.catalog, [domainRef]);
  // The plans that cover the service, or the system it is part of.
  const planRefs = [
    ...new Set(
      [service, system].flatMap(covered =>
        covered
          ? relationTargets(
              covered,
              READINESS_RELATIONS.coveredBy,
              'continuityplan',
            )
          : [],
      ),
    ),
  ];

  const [vendors, plans] = await Promise.all([
    Promise.all(
      vendorRefs.map(async vendorRef => {
        const { namespace, name } = parseEntityRef(vendorRef);
        let title = name;
        const standing = await part(async () => {
          const { register } = await sources.continuity.getVendor({
            namespace,
            name,
          });
          title = register.title;
          return { standing: register.standing, due: register.nextReviewDue };
        });
        return { ref: vendorRef, title, ...standing };
      }),
    ),
    Promise.all(
      planRefs.map(async planRef => {
        const { namespace, name } = parseEntityRef(planRef);
        let title = name;
        const rto = await part(async () => {
          const { status } = await sources.continuity.getPlan({
            namespace,
            name,
          });
          title = status.title;
          return { rto: status.rto };
        });
        return { ref: planRef, title, ...rto };
      }),
    ),
  ]);

  return {
    squad: squad && { ref: squadRef!, title: titleOf(squad) },
    domain: domain && { ref: domainRef!, title: titleOf(domain) },
    onCall,
    openIncidents,
    operations,
    vendors,
    plans,
    squadLevel,
  };
}
