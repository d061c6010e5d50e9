import type { Entity } from '@backstage/catalog-model';
import {
  AlertEntity,
  AlertErrorCode,
  AlertSource,
  AlertType,
  entityRefKey,
  ErrorCodeClass,
  SEVERITIES,
  Severity,
} from '@readiness/plugin-readiness-common';
import {
  CatalogLookup,
  domainOfEntity,
  refAndTitle,
  titledRef,
} from './entityLookup';
import { entityTitle } from '@readiness/plugin-readiness-api-common';

/**
 * A ref with the title to show for it. `ref` is the full lower-case ref of an
 * entity that exists, or the ref as written when it does not.
 *
 * @public
 */
export interface TitledRef {
  ref: string;
  title: string;
}

/**
 * What the alert catalog shows and filters on for one alert, with its refs
 * resolved against the catalog.
 *
 * @public
 */
export interface AlertSummary {
  ref: string;
  name: string;
  title: string;
  description?: string;
  type: AlertType;
  source: AlertSource;
  severity: Severity;
  paging: boolean;
  owner: TitledRef;
  /** The domain of the monitored job or service, else of the owning squad. */
  domain?: TitledRef;
  journey?: string;
  monitors: TitledRef & { kind: string; type?: string };
  schedule?: string;
  cutoff?: string;
  timezone?: string;
  meaning?: string;
  errorCodes: AlertErrorCode[];
  errorCodeClasses: ErrorCodeClass[];
  /** The SOP, when the alert names one that exists. */
  procedure?: TitledRef;
  /** The SOP ref as written, also when it does not exist. */
  procedureRef?: string;
  scripts: TitledRef[];
  pagerDutyServiceId?: string;
  /** The catalog service whose `pagerduty.com/service-id` is the alert's PagerDuty service. */
  pagerDutyService?: TitledRef;
  hasSop: boolean;
  routedToPagerDuty: boolean;
}

type MonitoredRef = AlertSummary['monitors'];

// One per monitored entity, as refAndTitle: a job or service has several alerts.
const monitoredRefs = new WeakMap<Entity, MonitoredRef>();

function monitoredRef(ref: string, entity: Entity | undefined): MonitoredRef {
  if (!entity) return { ref, title: ref, kind: ref.split(':')[0] };
  let value = monitoredRefs.get(entity);
  if (!value) {
    value = {
      ...refAndTitle(entity),
      kind: entity.kind,
      type: entity.spec?.type as string | undefined,
    };
    monitoredRefs.set(entity, value);
  }
  return value;
}

/**
 * Resolves an alert's owner, monitored entity, domain, SOP, scripts and
 * PagerDuty route against the catalog.
 *
 * @public
 */
export function summarizeAlert(
  alert: AlertEntity,
  lookup: CatalogLookup,
): AlertSummary {
  const { spec } = alert;
  const owner = lookup.get(spec.owner, 'group');
  const monitored = lookup.get(spec.monitors, 'component');
  const domain =
    domainOfEntity(monitored, lookup) ?? domainOfEntity(owner, lookup);
  const procedure = spec.procedure
    ? lookup.get(spec.procedure, 'procedure')
    : undefined;
  const pagerDutyService = spec.pagerduty
    ? lookup.byPagerDutyServiceId(spec.pagerduty.serviceId)
    : undefined;
  const errorCodes = spec.errorCodes ?? [];
  return {
    ref: entityRefKey(alert)!,
    name: alert.metadata.name,
    title: entityTitle(alert),
    description: alert.metadata.description,
    type: spec.type,
    source: spec.source,
    severity: spec.severity,
    paging: spec.paging,
    owner: owner ? refAndTitle(owner) : { ref: spec.owner, title: spec.owner },
    domain: domain ? refAndTitle(domain) : undefined,
    journey: spec.journey,
    monitors: monitoredRef(spec.monitors, monitored),
    schedule: spec.schedule,
    cutoff: spec.cutoff,
    timezone: spec.timezone,
    meaning: spec.meaning,
    errorCodes,
    errorCodeClasses: [...new Set(errorCodes.map(code => code.class))],
    procedure: procedure ? refAndTitle(procedure) : undefined,
    procedureRef: spec.procedure,
    scripts: (spec.scripts ?? []).map(ref =>
      titledRef(ref, lookup, 'procedure'),
    ),
    pagerDutyServiceId: spec.pagerduty?.serviceId,
    pagerDutyService: pagerDutyService
      ? refAndTitle(pagerDutyService)
      : undefined,
    hasSop: Boolean(procedure),
    routedToPagerDuty: Boolean(pagerDutyService),
  };
}

/**
 * Severities from the worst: critical is 0. Sorting by it puts critical first.
 *
 * @public
 */
export function severityRank(severity: Severity): number {
  return (SEVERITIES as readonly string[]).indexOf(severity);
}
