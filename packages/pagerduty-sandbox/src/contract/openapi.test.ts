import { readFileSync } from 'fs';
import { join } from 'path';
import {
  pagerDutySpecDirectory,
  validatePagerDutyRequest,
  validatePagerDutyResponse,
} from './openapi';
import { correctRestSpec } from './specCorrections';

const reference = (type: string, id = 'PABC123') => ({
  id,
  type,
  summary: 'Something',
  self: `https://api.pagerduty.com/x/${id}`,
  html_url: `https://acme.pagerduty.com/x/${id}`,
});

describe('validatePagerDutyRequest', () => {
  it('accepts a documented operation with documented parameters', () => {
    expect(
      validatePagerDutyRequest('GET', '/incidents', {
        'statuses[]': ['triggered', 'acknowledged'],
        'service_ids[]': ['PXA6126'],
        limit: 100,
        total: 'true',
        sort_by: 'created_at:desc',
      }),
    ).toEqual({ valid: true, operationId: 'listIncidents', errors: [] });
    expect(
      validatePagerDutyRequest(
        'GET',
        '/oncalls?include[]=users&escalation_policy_ids[]=P1&earliest=true',
      ),
    ).toMatchObject({ valid: true, operationId: 'listOnCalls' });
    expect(
      validatePagerDutyRequest('get', '/services/PXA6126/change_events')
        .operationId,
    ).toBe('listServiceChangeEvents');
  });

  it('names undocumented parameters, bad values and unknown operations', () => {
    expect(
      validatePagerDutyRequest('GET', '/incidents?status=triggered').errors,
    ).toEqual(['query parameter "status" is not documented for listIncidents']);
    expect(
      validatePagerDutyRequest('GET', '/incidents?statuses[]=open').errors[0],
    ).toContain('statuses[]');
    expect(validatePagerDutyRequest('GET', '/services?limit=many').valid).toBe(
      false,
    );
    expect(
      validatePagerDutyRequest('GET', '/services?include[]=users').valid,
    ).toBe(false);
    expect(
      validatePagerDutyRequest('GET', '/services?query=a&query=b').errors,
    ).toEqual(['query parameter "query" is given 2 times']);
    expect(validatePagerDutyRequest('GET', '/nothing/here').errors).toEqual([
      'GET /nothing/here is not a documented PagerDuty operation',
    ]);
    expect(validatePagerDutyRequest('DELETE', '/abilities').valid).toBe(false);
    expect(
      validatePagerDutyRequest('GET', '/abilities', undefined, { a: 1 }).errors,
    ).toEqual(['listAbilities takes no request body']);
  });

  it('checks Events API v2 bodies', () => {
    const event = {
      routing_key: '893499bc76ed8190c617fa286e4c2178',
      event_action: 'trigger',
      payload: { summary: 'Down', source: 'portal', severity: 'critical' },
    };
    expect(
      validatePagerDutyRequest('POST', '/v2/enqueue', undefined, event),
    ).toEqual({
      valid: true,
      operationId: 'createV2Event',
      errors: [],
    });
    expect(
      validatePagerDutyRequest('POST', '/v2/enqueue', undefined, {
        ...event,
        event_action: 'shout',
      }).valid,
    ).toBe(false);
    expect(
      validatePagerDutyRequest('POST', '/v2/enqueue', undefined, {
        event_action: 'resolve',
      }).errors,
    ).toEqual(["body must have required property 'routing_key'"]);
    expect(validatePagerDutyRequest('POST', '/v2/enqueue').errors).toEqual([
      'createV2Event needs a request body',
    ]);
  });
});

describe('validatePagerDutyResponse', () => {
  it('accepts a list page with a null total (nullable) and rejects a missing list', () => {
    const page = {
      services: [],
      limit: 25,
      offset: 0,
      more: false,
      total: null,
    };
    expect(validatePagerDutyResponse('GET', '/services', 200, page).valid).toBe(
      true,
    );
    expect(
      validatePagerDutyResponse('GET', '/services', 200, {
        ...page,
        total: 'all',
      }).valid,
    ).toBe(false);
    const { services: _services, ...withoutList } = page;
    expect(
      validatePagerDutyResponse('GET', '/services', 200, withoutList).errors,
    ).toEqual(["response must have required property 'services'"]);
  });

  it('rejects nulls where the schema is not nullable and values outside enums', () => {
    const incident = {
      id: 'Q1',
      type: 'incident',
      status: 'triggered',
      created_at: '2026-11-20T20:30:00Z',
      service: reference('service_reference'),
    };
    const check = (body: object) =>
      validatePagerDutyResponse('GET', '/incidents/Q1', 200, body);
    expect(check({ incident }).valid).toBe(true);
    expect(check({ incident: { ...incident, resolved_at: null } }).valid).toBe(
      false,
    );
    expect(check({ incident: { ...incident, status: 'open' } }).valid).toBe(
      false,
    );
    expect(
      check({ incident: { ...incident, created_at: 'yesterday' } }).valid,
    ).toBe(false);
  });

  it('accepts full objects where include[] expands a reference', () => {
    const onCall = (user: object) => ({
      oncalls: [
        {
          escalation_policy: reference('escalation_policy_reference'),
          escalation_level: 1,
          user,
          start: '2026-11-16T14:00:00Z',
          end: '2026-11-23T14:00:00Z',
        },
      ],
      limit: 25,
      offset: 0,
      more: false,
      total: null,
    });
    const fullUser = {
      ...reference('user'),
      name: 'Ada',
      email: 'ada@example.com',
    };
    const validOnCall = (user: object) =>
      validatePagerDutyResponse('GET', '/oncalls', 200, onCall(user)).valid;
    expect(validOnCall(fullUser)).toBe(true);
    expect(validOnCall(reference('user_reference'))).toBe(true);
    expect(validOnCall({ ...fullUser, email: undefined })).toBe(false);
  });

  it('validates errors against the operation, or the shared responses for rate limits', () => {
    const error = { error: { message: 'Rate Limit Exceeded' } };
    expect(
      validatePagerDutyResponse('GET', '/services', 429, error),
    ).toMatchObject({ valid: true });
    expect(
      validatePagerDutyResponse('GET', '/services', 429, { error: 'slow down' })
        .valid,
    ).toBe(false);
    expect(
      validatePagerDutyResponse('GET', '/services', 418, {}).errors,
    ).toEqual(['listServices documents no JSON response for status 418']);
    expect(
      validatePagerDutyResponse('POST', '/v2/enqueue', 400, {
        status: 'invalid event',
        message: 'Event object is invalid',
        errors: ['x'],
      }).valid,
    ).toBe(true);
    expect(
      validatePagerDutyResponse('POST', '/v2/enqueue', 202, { message: 'ok' })
        .valid,
    ).toBe(false);
  });
});

describe('corrections to the published REST document', () => {
  const published = JSON.parse(
    readFileSync(join(pagerDutySpecDirectory(), 'rest-openapiv3.json'), 'utf8'),
  );
  const corrected = correctRestSpec(published);

  it('lets acknowledgements carry the type the API and LogEntry use', () => {
    const typeEnums = (spec: any) =>
      spec.components.schemas.AcknowledgeLogEntry.allOf
        .map((part: any) => part.properties?.type?.enum)
        .filter(Boolean);
    expect(typeEnums(published)).toEqual([['acknowledgement_log_entry']]);
    expect(typeEnums(corrected)).toEqual([['acknowledge_log_entry']]);
  });

  it('treats the overlapping Channel shapes as any-of, without touching the published document', () => {
    expect(published.components.schemas.Channel.oneOf).toHaveLength(5);
    expect(corrected.components.schemas.Channel.anyOf).toHaveLength(5);
    expect(corrected.components.schemas.Channel.oneOf).toBeUndefined();
  });

  it('keeps alternatives the document already lists', () => {
    const service =
      corrected.components.schemas.Incident.allOf[1].properties.service;
    expect(service.oneOf).toEqual(
      published.components.schemas.Incident.allOf[1].properties.service.oneOf,
    );
  });
});
