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
import { CatalogLookup, displayTitle, domainOfEntity } from './entityLookup';

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

function titled(
  ref: string,
  lookup: CatalogLookup,
  defaultKind?: string,
): TitledRef & { entity?: Entity } {
  const entity = lookup.get(ref, defaultKind);
  return entity
    ? { ref: entityRefKey(entity)!, title: displayTitle(entity), entity }
    : { ref, title: ref };
}

function plain({ ref, title }: TitledRef): TitledRef {
  return { ref, title };
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
  const owner = titled(spec.owner, lookup, 'group');
  const monitors = titled(spec.monitors, lookup, 'component');
  const domain =
    domainOfEntity(monitors.entity, lookup) ??
    domainOfEntity(owner.entity, lookup);
  const procedure = spec.procedure
    ? titled(spec.procedure, lookup, 'procedure')
    : undefined;
  const pagerDutyService = spec.pagerduty
    ? lookup.byPagerDutyServiceId(spec.pagerduty.serviceId)
    : undefined;
  const errorCodes = spec.errorCodes ?? [];
  return {
    ref: entityRefKey(alert)!,
    name: alert.metadata.name,
    title: displayTitle(alert),
    description: alert.metadata.description,
    type: spec.type,
    source: spec.source,
    severity: spec.severity,
    paging: spec.paging,
    owner: plain(owner),
    domain: domain
      ? { ref: entityRefKey(domain)!, title: displayTitle(domain) }
      : undefined,
    journey: spec.journey,
    monitors: {
      ...plain(monitors),
      kind: monitors.entity?.kind ?? spec.monitors.split(':')[0],
      type: monitors.entity?.spec?.type as string | undefined,
    },
    schedule: spec.schedule,
    cutoff: spec.cutoff,
    timezone: spec.timezone,
    meaning: spec.meaning,
    errorCodes,
    errorCodeClasses: [...new Set(errorCodes.map(code => code.class))],
    procedure: procedure?.entity ? plain(procedure) : undefined,
    procedureRef: spec.procedure,
    scripts: (spec.scripts ?? []).map(ref =>
      plain(titled(ref, lookup, 'procedure')),
    ),
    pagerDutyServiceId: spec.pagerduty?.serviceId,
    pagerDutyService: pagerDutyService
      ? {
          ref: entityRefKey(pagerDutyService)!,
          title: displayTitle(pagerDutyService),
        }
      : undefined,
    hasSop: Boolean(procedure?.entity),
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
