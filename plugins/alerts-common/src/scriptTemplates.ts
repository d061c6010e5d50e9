import { DateTime } from 'luxon';
import type { ScriptParameter } from '@readiness/plugin-readiness-common';

/**
 * Values for a script template's parameters, by parameter name, as typed.
 *
 * @public
 */
export type ScriptValues = Record<string, string>;

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INTEGER = /^-?\d+$/;
// A value without a pattern is pasted into a shell or a query as is: keep out
// what could end its quoting or start another command.
const UNSAFE_FREE_TEXT = /['"`\\$;\r\n]/;

/**
 * The values a script template's form starts with: each parameter's default,
 * with `today` and `yesterday` turned into dates counted from `today`
 * (YYYY-MM-DD, the person's local day).
 *
 * @public
 */
export function scriptParameterDefaults(
  parameters: readonly ScriptParameter[],
  today: string,
): ScriptValues {
  return Object.fromEntries(
    parameters.map(parameter => {
      const value = parameter.default;
      if (parameter.type === 'date' && value === 'today') {
        return [parameter.name, today];
      }
      if (parameter.type === 'date' && value === 'yesterday') {
        const day = DateTime.fromISO(today, { zone: 'utc' }).minus({ days: 1 });
        return [parameter.name, day.toISODate() ?? ''];
      }
      return [parameter.name, value === undefined ? '' : String(value)];
    }),
  );
}

function describeBadValue(
  parameter: ScriptParameter,
  value: string,
): string | undefined {
  if (value === '') {
    return parameter.required ? 'is required' : undefined;
  }
  switch (parameter.type) {
    case 'date':
      return DATE.test(value) &&
        DateTime.fromISO(value, { zone: 'utc' }).isValid
        ? undefined
        : 'must be a date YYYY-MM-DD';
    case 'integer':
      return INTEGER.test(value) ? undefined : 'must be a whole number';
    case 'enum':
      return parameter.allowed?.includes(value)
        ? undefined
        : `must be one of ${(parameter.allowed ?? []).join(', ')}`;
    default:
      if (parameter.pattern) {
        return new RegExp(parameter.pattern).test(value)
          ? undefined
          : `must match ${parameter.pattern}`;
      }
      return UNSAFE_FREE_TEXT.test(value)
        ? 'must not contain quotes, backslashes, $, ; or line breaks'
        : undefined;
  }
}

/**
 * Checks values against a script template's parameters: required ones given,
 * dates real YYYY-MM-DD dates, whole numbers, allowed values, patterns. Returns
 * the reason per parameter name that fails; empty when all pass.
 *
 * @public
 */
export function validateScriptValues(
  parameters: readonly ScriptParameter[],
  values: ScriptValues,
): Record<string, string> {
  return Object.fromEntries(
    parameters.flatMap(parameter => {
      const reason = describeBadValue(
        parameter,
        (values[parameter.name] ?? '').trim(),
      );
      return reason ? [[parameter.name, reason]] : [];
    }),
  );
}

/**
 * The script with each `{{name}}` placeholder replaced by its value (trimmed;
 * empty for optional parameters left blank). The portal only shows the result:
 * it never runs it.
 *
 * @public
 */
export function renderScript(script: string, values: ScriptValues): string {
  return script.replace(PLACEHOLDER, (placeholder, name: string) =>
    name in values ? values[name].trim() : placeholder,
  );
}
