import { ResponseError } from '@backstage/errors';

/** Why a report was refused, and how long to wait before the next one. */
export interface IncidentRefusal {
  message: string;
  retryAfterSeconds?: number;
}

/**
 * What to tell someone whose report was refused, in plain words: the
 * backend's own reason for a refused service (400) or too many reports (429,
 * with the wait its Retry-After header asks for).
 */
export function describeIncidentError(error: Error): IncidentRefusal {
  if (!(error instanceof ResponseError)) {
    return { message: `The report could not be sent: ${error.message}` };
  }
  const reason = error.body.error.message.replace(/\.$/, '');
  const status = error.response.status;
  if (status === 429) {
    const retryAfter = Number(error.response.headers.get('Retry-After'));
    return {
      message: `Too many reports: ${reason}.`,
      retryAfterSeconds:
        Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    };
  }
  if (status === 400) {
    return { message: `The incident was not raised: ${reason}.` };
  }
  return { message: `The report could not be sent (${status}): ${reason}.` };
}
