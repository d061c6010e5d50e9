/**
 * Errors in PagerDuty's shapes: the REST API answers
 * `{ error: { message, code?, errors? } }`, the Events API
 * `{ status, message, errors? }`.
 */
export class PagerDutyError extends Error {
  constructor(
    readonly status: number,
    readonly body: object,
    readonly headers: Record<string, string> = {},
  ) {
    super(`PagerDuty sandbox answered ${status}`);
  }
}

export function invalidInput(...errors: string[]): PagerDutyError {
  return new PagerDutyError(400, {
    error: { message: 'Invalid Input Provided', code: 2001, errors },
  });
}

/** The `since`/`until` window is too wide or backwards. */
export function invalidDateRange(reason: string): PagerDutyError {
  return new PagerDutyError(400, {
    error: {
      message: 'Invalid Query Date Range',
      code: 2005,
      errors: [reason],
    },
  });
}

export function notFound(): PagerDutyError {
  return new PagerDutyError(404, {
    error: { message: 'Not Found', code: 2100 },
  });
}

export function authenticationFailed(): PagerDutyError {
  return new PagerDutyError(401, {
    error: { message: 'Authentication failed', code: 2006 },
  });
}

export function rateLimited(
  retryAfterSeconds: number,
  events: boolean,
): PagerDutyError {
  const body = events
    ? {
        status: 'throttle event',
        message:
          'Requests for this service are arriving too quickly. Please retry later.',
      }
    : { error: { message: 'Rate Limit Exceeded' } };
  return new PagerDutyError(429, body, {
    'Retry-After': String(retryAfterSeconds),
  });
}

export function serverError(status: number, events: boolean): PagerDutyError {
  const message =
    status === 503 ? 'Service Unavailable' : 'Internal Server Error';
  return new PagerDutyError(
    status,
    events ? { status: 'error', message } : { error: { message } },
  );
}

export function invalidEvent(...errors: string[]): PagerDutyError {
  return new PagerDutyError(400, {
    status: 'invalid event',
    message: 'Event object is invalid',
    errors,
  });
}
