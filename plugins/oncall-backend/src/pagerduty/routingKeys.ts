/** The type PagerDuty gives an Events API v2 integration of a service. */
export const EVENTS_API_V2_INTEGRATION = 'events_api_v2_inbound_integration';

/** A PagerDuty service as synced, with its integrations' routing keys. */
export interface RoutableService {
  id: string;
  integrations: Array<{ type: string; integrationKey?: string }>;
}

/**
 * The Events API v2 routing key to raise an incident on an entity with, most
 * deliberate first: the key configured for its PagerDuty service, the key its
 * catalog entity still carries, else the key of its service's Events API v2
 * integration as synced, else that of another integration with a key (the
 * integrations of monitoring tools take Events API v2 events too).
 */
export function routingKeyFor(options: {
  services: RoutableService[];
  configured: ReadonlyMap<string, string>;
  annotated?: string;
}): string | undefined {
  const { services, configured, annotated } = options;
  const fromConfig = services
    .map(service => configured.get(service.id))
    .find(Boolean);
  if (fromConfig || annotated) {
    return fromConfig || annotated;
  }
  const integrations = services.flatMap(service => service.integrations);
  return (
    integrations.find(
      i => i.type === EVENTS_API_V2_INTEGRATION && i.integrationKey,
    ) ?? integrations.find(i => i.integrationKey)
  )?.integrationKey;
}

/**
 * A PagerDuty answer without the routing keys of its integrations, which let
 * whoever holds one raise incidents without asking the portal.
 */
export function withoutRoutingKeys(body: unknown): unknown {
  if (Array.isArray(body)) {
    return body.map(withoutRoutingKeys);
  }
  if (body && typeof body === 'object') {
    return Object.fromEntries(
      Object.entries(body)
        .filter(([key]) => key !== 'integration_key')
        .map(([key, value]) => [key, withoutRoutingKeys(value)]),
    );
  }
  return body;
}
