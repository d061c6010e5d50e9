import { Entity, parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { OncallIncidentFields } from './draft';

/**
 * The Scaffolder page of the "Start a post-mortem" template, where the app mounts the
 * Scaffolder (`/create`, Backstage's default).
 *
 * @public
 */
export const START_POSTMORTEM_TEMPLATE_PATH: string =
  '/create/templates/default/start-postmortem';

// The fields the template's incident field holds: what `oncallIncidentSchema` checks.
const INCIDENT_FIELDS: ReadonlyArray<keyof OncallIncidentFields> = [
  'id',
  'number',
  'title',
  'status',
  'urgency',
  'serviceId',
  'entityRef',
  'createdAt',
  'acknowledgedAt',
  'resolvedAt',
  'htmlUrl',
];

/**
 * The address that opens "Start a post-mortem" with the incident already picked: the
 * Scaffolder pre-fills a template's form from the `formData` query parameter (JSON). Without an
 * incident, the template's first page with nothing picked.
 *
 * @public
 */
export function startPostmortemPath(incident?: OncallIncidentFields): string {
  if (!incident) return START_POSTMORTEM_TEMPLATE_PATH;
  // Only the fields the form checks: the on-call API lists more (assignees, ...).
  const picked = Object.fromEntries(
    INCIDENT_FIELDS.filter(field => incident[field] !== undefined).map(
      field => [field, incident[field]],
    ),
  );
  const formData = JSON.stringify({ incident: picked });
  return `${START_POSTMORTEM_TEMPLATE_PATH}?formData=${encodeURIComponent(
    formData,
  )}`;
}

/**
 * The squad that owns the post-mortem of an incident on a service: the service's owner, as a
 * full group ref; undefined when the service names no owner.
 *
 * @public
 */
export function postmortemOwnerOf(service: Entity): string | undefined {
  const owner = service.spec?.owner;
  if (typeof owner !== 'string') return undefined;
  return stringifyEntityRef(
    parseEntityRef(owner, {
      defaultKind: 'group',
      defaultNamespace: service.metadata.namespace ?? 'default',
    }),
  );
}
