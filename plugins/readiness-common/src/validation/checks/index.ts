import type { ReadinessKind } from '../../kinds';
import type { RecordCheck } from '../checkContext';
import { checkCapabilityModel } from './capabilityModelChecks';
import { checkContinuityPlan } from './continuityPlanChecks';
import { checkExercise } from './exerciseChecks';
import { checkPostmortem } from './postmortemChecks';
import { checkProcedure } from './procedureChecks';
import { checkVendor } from './vendorChecks';

/** The checks JSON Schema cannot express, per kind. */
export const RECORD_CHECKS: Partial<Record<ReadinessKind, RecordCheck>> = {
  Procedure: checkProcedure,
  Vendor: checkVendor,
  Exercise: checkExercise,
  Postmortem: checkPostmortem,
  CapabilityModel: checkCapabilityModel,
  ContinuityPlan: checkContinuityPlan,
};
