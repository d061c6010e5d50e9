import { INCIDENT_TRIGGER_LIMIT } from '@readiness/plugin-oncall-common';

/** Refused because the person raised too many incidents lately. */
export class TooManyIncidentsError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `You raised ${INCIDENT_TRIGGER_LIMIT.limit} incidents in the last ${
        INCIDENT_TRIGGER_LIMIT.windowSeconds / 60
      } minutes; try again in ${retryAfterSeconds} s or call the on-call engineer`,
    );
    this.name = 'TooManyIncidentsError';
  }
}
