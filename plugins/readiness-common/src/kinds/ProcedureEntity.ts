import type { Entity } from '@backstage/catalog-model';
import type { READINESS_API_VERSION } from './constants';
import type {
  ProcedureType,
  ScriptLanguage,
  ScriptParameterType,
} from './vocabularies';

/**
 * A parameter of a script template, filled in before the script is run.
 *
 * @public
 */
export type ScriptParameter = {
  /** The name used in `{{name}}` placeholders. */
  name: string;
  title?: string;
  type: ScriptParameterType;
  required?: boolean;
  /** For dates: `today`, `yesterday` or a YYYY-MM-DD date. */
  default?: string | number;
  /** The values an `enum` parameter can take. */
  allowed?: string[];
  /** A regular expression a `string` parameter must match. */
  pattern?: string;
};

/**
 * An SOP, runbook, owner's manual, checklist or script template.
 *
 * @public
 */
export interface ProcedureEntity extends Entity {
  apiVersion: typeof READINESS_API_VERSION;
  kind: 'Procedure';
  spec: {
    type: ProcedureType;
    /** Group ref. */
    owner: string;
    /** Component, Resource, System or Alert refs. */
    appliesTo: string[];
    lastReviewed?: string;
    reviewInterval?: string;
    body?: string;
    steps?: string[];
    /** Script templates only. */
    language?: ScriptLanguage;
    /** Script templates only. */
    parameters?: ScriptParameter[];
    /** Script templates only: the script with `{{name}}` placeholders. */
    script?: string;
  };
}
