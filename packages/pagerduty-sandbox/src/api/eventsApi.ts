import express from 'express';
import { PagerDutyAccount } from '../account/PagerDutyAccount';
import {
  acknowledgeIncident,
  resolveIncident,
  triggerIncident,
} from '../account/incidents';
import { PdAgent, PdService } from '../account/types';
import { urgencyOfSeverity } from '../seed/build';
import { IdFactory } from '../seed/random';
import { invalidEvent } from './errors';

const EVENT_ACTIONS = ['trigger', 'acknowledge', 'resolve'];
const SEVERITIES = ['critical', 'error', 'warning', 'info'];
const ROUTING_KEY_LENGTH = 32;

type Body = Record<string, any>;

function isObject(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function blank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

/** The service whose integration key is the event's routing key. */
function routedService(account: PagerDutyAccount, body: Body): PdService {
  const key = body.routing_key;
  if (blank(key)) throw invalidEvent("'routing_key' is missing or blank");
  if (key.length !== ROUTING_KEY_LENGTH) {
    throw invalidEvent(
      `Length of 'routing_key' is incorrect (should be ${ROUTING_KEY_LENGTH} characters)`,
    );
  }
  const service = account.serviceByIntegrationKey(key);
  if (!service)
    throw invalidEvent("'routing_key' does not match any integration");
  return service;
}

function checkTrigger(body: Body) {
  const payload = body.payload;
  if (!isObject(payload)) throw invalidEvent("'payload' is missing or blank");
  const problems = [
    blank(payload.summary) && "'payload.summary' is missing or blank",
    typeof payload.summary === 'string' &&
      payload.summary.length > 1024 &&
      "'payload.summary' must be at most 1024 characters",
    blank(payload.source) && "'payload.source' is missing or blank",
    !SEVERITIES.includes(payload.severity) &&
      `'payload.severity' must be one of ${SEVERITIES.join(', ')}`,
  ].filter((problem): problem is string => Boolean(problem));
  if (problems.length > 0) throw invalidEvent(...problems);
}

/**
 * Events API v2 (`/v2/enqueue`, `/v2/change/enqueue`): a trigger opens an
 * incident on the service whose integration key is the routing key (or adds
 * an alert to the open incident with the same dedup key); acknowledge and
 * resolve act on that open incident. Incidents show over REST at once.
 * Browsers may post here directly (the PagerDuty card does), hence CORS.
 */
export function createEventsApi(options: {
  account: PagerDutyAccount;
  ids: IdFactory;
  clock: () => Date;
}): express.Router {
  const { account, ids, clock } = options;
  const router = express.Router();
  router.use(express.json());

  router.post('/enqueue', (request, response) => {
    const body: unknown = request.body;
    if (!isObject(body))
      throw invalidEvent('Event object format is unrecognized');
    const service = routedService(account, body);
    if (!EVENT_ACTIONS.includes(body.event_action)) {
      throw invalidEvent(
        `'event_action' must be one of ${EVENT_ACTIONS.join(', ')}`,
      );
    }
    if (
      body.dedup_key !== undefined &&
      (typeof body.dedup_key !== 'string' || body.dedup_key.length > 255)
    ) {
      throw invalidEvent(
        "'dedup_key' must be a string of at most 255 characters",
      );
    }
    const now = clock();
    const agent: PdAgent = { type: 'service', id: service.id };
    let dedupKey: string = body.dedup_key;
    if (body.event_action === 'trigger') {
      checkTrigger(body);
      dedupKey ??= ids.hexKey();
      const open = account.openIncidentByKey(service.id, dedupKey);
      if (open) {
        open.alertCount += 1;
      } else {
        const payload = body.payload;
        triggerIncident(account, ids, {
          id: ids.incident(),
          number: account.nextIncidentNumber(),
          serviceId: service.id,
          title: payload.summary,
          urgency:
            service.urgency === 'high'
              ? 'high'
              : urgencyOfSeverity(payload.severity),
          incidentKey: dedupKey,
          at: now,
          details: {
            severity: payload.severity,
            source: payload.source,
            ...(payload.custom_details
              ? { custom_details: payload.custom_details }
              : {}),
            ...(body.client
              ? { client: body.client, client_url: body.client_url }
              : {}),
          },
        });
      }
    } else {
      if (blank(dedupKey))
        throw invalidEvent("'dedup_key' is missing or blank");
      const open = account.openIncidentByKey(service.id, dedupKey);
      if (open && body.event_action === 'acknowledge') {
        acknowledgeIncident(open, { account, ids, agent, at: now });
      }
      if (open && body.event_action === 'resolve') {
        resolveIncident(open, { account, ids, agent, at: now });
      }
    }
    response.status(202).json({
      status: 'success',
      message: 'Event processed',
      dedup_key: dedupKey,
    });
  });

  router.post('/change/enqueue', (request, response) => {
    const body: unknown = request.body;
    if (!isObject(body))
      throw invalidEvent('Event object format is unrecognized');
    const service = routedService(account, body);
    const payload = body.payload;
    if (!isObject(payload) || blank(payload.summary)) {
      throw invalidEvent("'payload.summary' is missing or blank");
    }
    const timestamp = payload.timestamp ? new Date(payload.timestamp) : clock();
    if (Number.isNaN(timestamp.getTime())) {
      throw invalidEvent("'payload.timestamp' must be an ISO 8601 date-time");
    }
    account.changeEvents.push({
      id: ids.changeEvent(),
      serviceId: service.id,
      integrationId: service.integrations.find(i => i.key === body.routing_key)!
        .id,
      summary: payload.summary,
      source: typeof payload.source === 'string' ? payload.source : '',
      timestamp,
      customDetails: isObject(payload.custom_details)
        ? payload.custom_details
        : {},
      links: Array.isArray(body.links) ? body.links : [],
    });
    response
      .status(202)
      .json({ status: 'success', message: 'Change event processed' });
  });

  return router;
}
