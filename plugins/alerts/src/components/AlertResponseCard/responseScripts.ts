import { DateTime } from 'luxon';
import type {
  ProcedureEntity,
  ScriptParameter,
} from '@readiness/plugin-readiness-common';
import {
  scriptParameterDefaults,
  ScriptValues,
} from '@readiness/plugin-alerts-common';

/** A script template of an alert, with the SOP step that calls for it. */
export interface ScriptInStep {
  script: ProcedureEntity;
  /** The 1-based number of the first SOP step naming the template; none when no step does. */
  step?: number;
}

const lower = (text: string) => text.toLocaleLowerCase('en-US');

/**
 * The alert's script templates in the order its SOP's steps call for them (a step names a
 * template by its title or name); templates no step names follow, in the alert's order.
 */
export function scriptsInStepOrder(
  scripts: readonly ProcedureEntity[],
  steps: readonly string[],
): ScriptInStep[] {
  const lowerSteps = steps.map(lower);
  const withStep = scripts.map((script, index) => {
    const names = [script.metadata.title, script.metadata.name]
      .filter((name): name is string => Boolean(name))
      .map(lower);
    const found = lowerSteps.findIndex(step =>
      names.some(name => step.includes(name)),
    );
    return { script, index, step: found < 0 ? undefined : found + 1 };
  });
  return withStep
    .sort(
      (a, b) =>
        (a.step ?? Infinity) - (b.step ?? Infinity) || a.index - b.index,
    )
    .map(({ script, step }) => ({ script, step }));
}

/** What an alert knows that a script template may ask for. */
export interface AlertScriptContext {
  /** The name of the job or service the alert monitors, e.g. `ach-origination-file-0600`. */
  job?: string;
  /** The cutoff, local time `HH:MM`. */
  cutoff?: string;
  /** The IANA zone of the schedule and cutoff. */
  timezone?: string;
}

/** A template's starting values, and the parameters whose value came from the alert. */
export interface AlertScriptValues {
  values: ScriptValues;
  fromAlert: string[];
}

function valueFromAlert(
  parameter: ScriptParameter,
  context: AlertScriptContext,
): string | undefined {
  if (parameter.type === 'enum') {
    // A window or network the job's name or cutoff carries: `...-file-1000` is window 1000.
    const tokens = new Set([
      ...(context.job ?? '').split(/[^A-Za-z0-9]+/).map(lower),
      (context.cutoff ?? '').replace(':', ''),
    ]);
    const matches = (parameter.allowed ?? []).filter(option =>
      tokens.has(lower(option)),
    );
    return matches.length === 1 ? matches[0] : undefined;
  }
  if (parameter.type === 'string') {
    const name = lower(parameter.name);
    if (name === 'job' || name === 'jobname') return context.job;
    if (name === 'cutoff') return context.cutoff;
  }
  return undefined;
}

/**
 * The values a script template starts with on an alert's page: its dates are the business day
 * in the alert's time zone at `now` (`yesterday` the day before), and what the alert's job and
 * cutoff name (the window, the job) is filled in; the rest keep their defaults.
 */
export function scriptValuesFromAlert(
  parameters: readonly ScriptParameter[],
  context: AlertScriptContext,
  now: Date,
): AlertScriptValues {
  const zoned = DateTime.fromJSDate(now).setZone(context.timezone ?? 'UTC');
  const today = (
    zoned.isValid ? zoned : DateTime.fromJSDate(now).toUTC()
  ).toISODate()!;
  const values = scriptParameterDefaults(parameters, today);
  const fromAlert: string[] = [];
  for (const parameter of parameters) {
    const value = valueFromAlert(parameter, context);
    if (value !== undefined) {
      values[parameter.name] = value;
      fromAlert.push(parameter.name);
    } else if (
      parameter.type === 'date' &&
      [undefined, 'today', 'yesterday'].includes(parameter.default as string)
    ) {
      values[parameter.name] ||= today;
      fromAlert.push(parameter.name);
    }
  }
  return { values, fromAlert };
}
