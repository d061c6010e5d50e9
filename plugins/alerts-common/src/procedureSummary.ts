import type { Entity } from '@backstage/catalog-model';
import {
  AlertEntity,
  entityRefKey,
  ProcedureEntity,
  ProcedureType,
  ScriptLanguage,
} from '@readiness/plugin-readiness-common';
import type { TitledRef } from './alertSummary';
import {
  CatalogLookup,
  domainOfEntity,
  refAndTitle,
  titledRef,
} from './entityLookup';
import { procedureReviewDue } from './procedureReviewStatus';
import { entityTitle } from '@readiness/plugin-readiness-api-common';

/** The annotation that points at a record's TechDocs. */
const TECHDOCS_REF_ANNOTATION = 'backstage.io/techdocs-ref';

/**
 * What the SOP library shows and filters on for one procedure.
 *
 * @public
 */
export interface ProcedureSummary {
  ref: string;
  name: string;
  title: string;
  description?: string;
  type: ProcedureType;
  owner: TitledRef;
  domain?: TitledRef;
  /** What it applies to, as written in `appliesTo`. */
  appliesTo: TitledRef[];
  /**
   * The components and resources it is for: those it applies to and those the
   * alerts that name it monitor.
   */
  services: TitledRef[];
  /** The alerts that name it as their SOP or as one of their scripts. */
  alerts: TitledRef[];
  lastReviewed?: string;
  reviewInterval?: string;
  /** YYYY-MM-DD the next review is due; undefined when never reviewed. */
  reviewDue?: string;
  hasTechDocs: boolean;
  language?: ScriptLanguage;
}

/**
 * For every procedure ref (lower case), the alerts that name it as their SOP
 * or script. Built once for all procedures.
 *
 * @public
 */
export function indexAlertsByProcedure(
  alerts: readonly AlertEntity[],
  lookup: CatalogLookup,
): Map<string, AlertEntity[]> {
  const index = new Map<string, AlertEntity[]>();
  for (const alert of alerts) {
    const refs = [alert.spec.procedure, ...(alert.spec.scripts ?? [])];
    for (const ref of new Set(refs)) {
      const procedure = lookup.get(ref, 'procedure');
      if (!procedure) continue;
      const key = entityRefKey(procedure)!;
      const list = index.get(key) ?? [];
      list.push(alert);
      index.set(key, list);
    }
  }
  return index;
}

/**
 * Resolves a procedure's owner, targets, domain and the alerts that use it.
 *
 * @public
 */
export function summarizeProcedure(
  procedure: ProcedureEntity,
  lookup: CatalogLookup,
  alertsByProcedure: ReadonlyMap<string, readonly AlertEntity[]>,
): ProcedureSummary {
  const { spec } = procedure;
  const ref = entityRefKey(procedure)!;
  const owner = lookup.get(spec.owner, 'group');
  const targets = spec.appliesTo.map(target => lookup.get(target));
  const alerts = alertsByProcedure.get(ref) ?? [];
  const services = new Map<string, TitledRef>();
  for (const target of [
    ...targets,
    ...alerts.map(alert => lookup.get(alert.spec.monitors, 'component')),
  ]) {
    if (target && (target.kind === 'Component' || target.kind === 'Resource')) {
      const key = entityRefKey(target)!;
      if (!services.has(key)) {
        services.set(key, refAndTitle(target));
      }
    }
  }
  let domain: Entity | undefined;
  for (const target of targets) {
    domain ??= domainOfEntity(target, lookup);
  }
  domain ??= domainOfEntity(owner, lookup);
  return {
    ref,
    name: procedure.metadata.name,
    title: entityTitle(procedure),
    description: procedure.metadata.description,
    type: spec.type,
    owner: titledRef(spec.owner, lookup, 'group'),
    domain: domain ? refAndTitle(domain) : undefined,
    appliesTo: spec.appliesTo.map(target => titledRef(target, lookup)),
    services: [...services.values()],
    alerts: alerts.map(refAndTitle),
    lastReviewed: spec.lastReviewed,
    reviewInterval: spec.reviewInterval,
    reviewDue: procedureReviewDue(spec),
    hasTechDocs: Boolean(
      procedure.metadata.annotations?.[TECHDOCS_REF_ANNOTATION],
    ),
    language: spec.language,
  };
}
