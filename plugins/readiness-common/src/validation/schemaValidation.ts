import Ajv, { ValidateFunction } from 'ajv';
import type { RecordProblem } from '../problems';
import type { JsonSchema } from '../schemas';
import { describeSchemaErrors } from './describeSchemaErrors';
import { addRecordFormats } from './formats';

// Compiling is the slow part of ajv, so each schema is compiled once, on first use.
let ajv: Ajv | undefined;
const validators = new WeakMap<JsonSchema, ValidateFunction>();
const formatValidators = new Map<string, ValidateFunction>();

function getAjv(): Ajv {
  if (!ajv) {
    ajv = new Ajv({
      allErrors: true,
      verbose: true,
      strict: true,
      // Conditional rules require fields declared in the enclosing object.
      strictRequired: false,
      // A parameter default is a string or an integer.
      allowUnionTypes: true,
    });
    addRecordFormats(ajv);
  }
  return ajv;
}

/**
 * Validates data against a schema (with the record formats, such as `web-url`) and describes
 * what is wrong, in the words record validation uses.
 *
 * @public
 */
export function validateWithSchema(
  schema: JsonSchema,
  data: unknown,
): RecordProblem[] {
  let validate = validators.get(schema);
  if (!validate) {
    validate = getAjv().compile(schema);
    validators.set(schema, validate);
  }
  return validate(data)
    ? []
    : describeSchemaErrors(validate.errors ?? [], schema, data);
}

/** Whether a string has a format the schemas use, judged exactly as they judge it. */
export function matchesFormat(format: string, value: string): boolean {
  let validate = formatValidators.get(format);
  if (!validate) {
    validate = getAjv().compile({ type: 'string', format });
    formatValidators.set(format, validate);
  }
  return validate(value);
}
