import type { Entity } from '@backstage/catalog-model';
import type { READINESS_API_VERSION } from './constants';
import type {
  AttestationApproval,
  CapabilityCheckCategory,
  CapabilityCheckType,
} from './vocabularies';

/**
 * One level of a capability model; teams climb from level 1.
 *
 * @public
 */
export type CapabilityLevel = {
  level: number;
  name: string;
  description?: string;
};

/**
 * One check of a capability model.
 *
 * @public
 */
export type CapabilityCheck = {
  /** Unique within the model. */
  id: string;
  title: string;
  /** One of the model's declared levels. */
  level: number;
  category: CapabilityCheckCategory;
  type: CapabilityCheckType;
  /** Automatic checks only: the evaluator's name. */
  evaluator?: string;
  evidence?: string;
  /** Attestations only: overrides the model's attestationValidity. */
  validity?: string;
  /** Attestations only. */
  approval?: AttestationApproval;
  howToFix?: string;
};

/**
 * A scorecard definition: levels and the checks that reach them.
 *
 * @public
 */
export interface CapabilityModelEntity extends Entity {
  apiVersion: typeof READINESS_API_VERSION;
  kind: 'CapabilityModel';
  spec: {
    /** Group ref. */
    owner: string;
    version: string;
    /** Which catalog entities the model scores, e.g. Groups of type team. */
    appliesTo: { kind: string; type?: string };
    attestationValidity?: string;
    levels: CapabilityLevel[];
    checks: CapabilityCheck[];
  };
}
