import {
  JsonSchema,
  SCHEMA_PATTERNS,
} from '@readiness/plugin-readiness-common';
import { formatIsoDuration, formatYesNo } from '@readiness/plugin-readiness-react';

/** How one value of a record is shown, decided from its schema. */
export type FieldView =
  | { kind: 'text'; value: string }
  | { kind: 'markdown'; value: string }
  | { kind: 'time'; value: string }
  | { kind: 'ref'; value: string }
  | { kind: 'list'; items: FieldView[] }
  | { kind: 'table'; columns: FieldColumn[]; rows: Record<string, FieldView>[] }
  | { kind: 'fields'; fields: FieldRow[] };

export type FieldColumn = { key: string; label: string };

/** A labelled value, with the schema's description of the field. */
export type FieldRow = {
  key: string;
  label: string;
  description?: string;
  view: FieldView;
};

const ACRONYMS = new Set(['rto', 'rpo', 'mtpd', 'lei', 'id', 'ict', 'sop']);

/** `lastReviewed` → `Last reviewed`; `rto` → `RTO`. */
export function fieldLabel(key: string): string {
  if (ACRONYMS.has(key.toLocaleLowerCase('en-US'))) {
    return key.toLocaleUpperCase('en-US');
  }
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLocaleLowerCase('en-US');
  return words.charAt(0).toLocaleUpperCase('en-US') + words.slice(1);
}

function propertiesOf(schema: JsonSchema | undefined): Record<string, JsonSchema> {
  return (schema?.properties as Record<string, JsonSchema>) ?? {};
}

function isRefSchema(schema: JsonSchema | undefined): boolean {
  return schema?.pattern === SCHEMA_PATTERNS.entityRef.pattern;
}

function isMarkdownSchema(schema: JsonSchema | undefined): boolean {
  return /markdown/i.test(String(schema?.description ?? ''));
}

function viewOf(value: unknown, schema: JsonSchema | undefined): FieldView {
  if (Array.isArray(value)) {
    const itemSchema = schema?.items as JsonSchema | undefined;
    if (value.every(item => item !== null && typeof item === 'object' && !Array.isArray(item))) {
      const itemProperties = propertiesOf(itemSchema);
      const keys = [
        ...new Set(value.flatMap(item => Object.keys(item as object))),
      ].sort(
        (a, b) =>
          orderOf(Object.keys(itemProperties), a) - orderOf(Object.keys(itemProperties), b),
      );
      return {
        kind: 'table',
        columns: keys.map(key => ({ key, label: fieldLabel(key) })),
        rows: value.map(item =>
          Object.fromEntries(
            Object.entries(item as Record<string, unknown>).map(([key, cell]) => [
              key,
              viewOf(cell, itemProperties[key]),
            ]),
          ),
        ),
      };
    }
    return { kind: 'list', items: value.map(item => viewOf(item, itemSchema)) };
  }
  if (value !== null && typeof value === 'object') {
    return {
      kind: 'fields',
      fields: describeRecordFields(schema, value as Record<string, unknown>),
    };
  }
  // Values for people: yes/no, durations in words, times in the viewer's zone.
  if (typeof value === 'boolean') return { kind: 'text', value: formatYesNo(value) };
  const text = String(value);
  if (schema?.format === 'duration') return { kind: 'text', value: formatIsoDuration(text) };
  if (schema?.format === 'date-time') return { kind: 'time', value: text };
  if (isRefSchema(schema)) return { kind: 'ref', value: text };
  if (isMarkdownSchema(schema)) return { kind: 'markdown', value: text };
  return { kind: 'text', value: text };
}

function orderOf(keys: string[], key: string): number {
  const index = keys.indexOf(key);
  return index === -1 ? keys.length : index;
}

/**
 * The fields of a record value in the schema's order (unknown fields last), each with its label,
 * description and how to show it.
 */
export function describeRecordFields(
  schema: JsonSchema | undefined,
  value: Record<string, unknown>,
): FieldRow[] {
  const properties = propertiesOf(schema);
  const schemaKeys = Object.keys(properties);
  return Object.keys(value)
    .filter(key => value[key] !== undefined && value[key] !== null)
    .sort((a, b) => orderOf(schemaKeys, a) - orderOf(schemaKeys, b))
    .map(key => ({
      key,
      label: fieldLabel(key),
      description: properties[key]?.description as string | undefined,
      view: viewOf(value[key], properties[key]),
    }));
}
