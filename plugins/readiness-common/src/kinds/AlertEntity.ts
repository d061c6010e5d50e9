import type { Entity } from '@backstage/catalog-model';
import type { READINESS_API_VERSION } from './constants';
import type {
  AlertSource,
  AlertType,
  ErrorCodeClass,
  Severity,
} from './vocabularies';

/**
 * An error code an alert can carry, classed by who is at fault.
 *
 * @public
 */
export type AlertErrorCode = {
  code: string;
  class: ErrorCodeClass;
  meaning?: string;
};

/**
 * A signal a team expects: an alert in the alert catalog.
 *
 * @public
 */
export interface AlertEntity extends Entity {
  apiVersion: typeof READINESS_API_VERSION;
  kind: 'Alert';
  spec: {
    type: AlertType;
    source: AlertSource;
    severity: Severity;
    paging: boolean;
    /** Group ref. */
    owner: string;
    /** Component or Resource ref: the job or service watched. */
    monitors: string;
    journey?: string;
    /** Cron expression of the expected event; required for job alerts. */
    schedule?: string;
    /** HH:MM local time by which the event must have happened; required for job alerts. */
    cutoff?: string;
    timezone?: string;
    condition?: string;
    meaning?: string;
    impact?: string;
    errorCodes?: AlertErrorCode[];
    /** Procedure ref: the SOP. */
    procedure?: string;
    /** Procedure refs: script templates. */
    scripts?: string[];
    pagerduty?: { serviceId: string };
  };
}
