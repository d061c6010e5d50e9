import type { Entity } from '@backstage/catalog-model';
import type { READINESS_API_VERSION } from './constants';
import type {
  CommunicationAudience,
  Criticality,
  ImpactDimension,
  ImpactLevel,
  ScenarioType,
} from './vocabularies';

/**
 * The impact of an outage once it has lasted `after`.
 *
 * @public
 */
export type ContinuityImpact = {
  after: string;
  description?: string;
} & Partial<Record<ImpactDimension, ImpactLevel>>;

/**
 * A first- or third-party failure the plan responds to.
 *
 * @public
 */
export type ContinuityScenario = {
  name: string;
  type: ScenarioType;
  /** Vendor ref; third-party scenarios only. */
  vendor?: string;
  response: string;
  alternative?: string;
};

/**
 * A business-continuity plan for one business function.
 *
 * @public
 */
export interface ContinuityPlanEntity extends Entity {
  apiVersion: typeof READINESS_API_VERSION;
  kind: 'ContinuityPlan';
  spec: {
    function: string;
    /** The licensed activity of the function, as the DORA register's list names it. */
    licensedActivity?: string;
    /** Group ref. */
    owner: string;
    criticality: Criticality;
    /** Component or System refs. */
    covers: string[];
    /** Vendor or Component refs. */
    dependsOn?: string[];
    bia: {
      rto: string;
      rpo: string;
      mtpd?: string;
      impacts?: ContinuityImpact[];
    };
    scenarios?: ContinuityScenario[];
    /** Procedure refs. */
    recoveryProcedures?: string[];
    emergencyTeam?: Array<{ role: string; member: string }>;
    /** Ordered; a Group member means that group's on-call. */
    callTree?: Array<{ order: number; role?: string; member: string }>;
    communications?: Array<{
      audience: CommunicationAudience;
      channel: string;
      owner?: string;
      within?: string;
      message?: string;
    }>;
    approvals?: Array<{ approver: string; role?: string; date: string }>;
    lastReviewed?: string;
    reviewInterval?: string;
  };
}
