// Builders for the record schemas. Each keeps one convention in one place:
// every property has a description, free text is never empty and never
// longer than its stated limit, URLs are web addresses, and objects reject
// unknown fields so typos surface.
import { READINESS_API_VERSION, ReadinessKind } from '../kinds';
import { SchemaPattern, SCHEMA_PATTERNS } from './patterns';

/**
 * A JSON Schema (draft-07) as a plain object.
 *
 * @public
 */
export type JsonSchema = { [keyword: string]: unknown };

/**
 * The most characters a record's text may hold, by what the text is. Generous for any real
 * record, and small enough that one record cannot bloat the catalog, the search index and
 * every page that shows it.
 *
 * @public
 */
export const RECORD_TEXT_LIMITS = {
  /** A name, a sentence or a paragraph: titles, descriptions, summaries, steps, notes. */
  text: 2_000,
  /** A document: a procedure's body and script, a post-mortem's details. */
  document: 100_000,
  /** A URL: links, evidence, tickets. */
  url: 2_000,
} as const;

/** Free text of at most `limit` characters (RECORD_TEXT_LIMITS: a paragraph or a document). @public */
export function text(
  description: string,
  limit: number = RECORD_TEXT_LIMITS.text,
): JsonSchema {
  return { type: 'string', minLength: 1, maxLength: limit, description };
}

/** A link pages open: http or https only. @public */
export function webUrl(description: string): JsonSchema {
  return {
    type: 'string',
    format: 'web-url',
    maxLength: RECORD_TEXT_LIMITS.url,
    description,
  };
}

/**
 * `metadata.links` of any entity. Backstage checks their shape; this adds what their URLs may
 * be, since the entity page renders each one with Backstage's Link, which throws on a script URL.
 */
export function entityLinks(): JsonSchema {
  return listOf(
    {
      type: 'object',
      description: 'A link shown on the entity page.',
      properties: {
        url: {
          type: 'string',
          format: 'link-url',
          maxLength: RECORD_TEXT_LIMITS.url,
          description: 'Where the link goes: an http, https or mailto URL.',
        },
      },
    },
    'Links shown on the entity page.',
  );
}

export function flag(description: string): JsonSchema {
  return { type: 'boolean', description };
}

export function positiveInteger(description: string): JsonSchema {
  return { type: 'integer', minimum: 1, description };
}

export function choice(
  values: readonly string[],
  description: string,
): JsonSchema {
  return { type: 'string', enum: [...values], description };
}

const formatted =
  (format: string) =>
  (description: string): JsonSchema => ({
    type: 'string',
    format,
    description,
  });

/** A calendar date, YYYY-MM-DD. @public */
export const date = formatted('date');
export const timestamp = formatted('date-time');
export const duration = formatted('duration');
/** An assigned ISO 3166-1 alpha-2 country code. @public */
export const countryCode = formatted('country-code');
/** An ISO 4217 currency code in use. @public */
export const currencyCode = formatted('currency-code');

/** A string matching one of SCHEMA_PATTERNS. @public */
export function matching(
  { pattern }: SchemaPattern,
  description: string,
): JsonSchema {
  return { type: 'string', pattern, description };
}

/** An entity ref such as `vendor:fedach`. @public */
export function entityRef(description: string): JsonSchema {
  return matching(SCHEMA_PATTERNS.entityRef, description);
}

/** A list of items, with optional limits. @public */
export function listOf(
  items: JsonSchema,
  description: string,
  limits: { minItems?: number; maxItems?: number; unique?: boolean } = {},
): JsonSchema {
  const { unique, ...counts } = limits;
  return {
    type: 'array',
    description,
    items,
    ...counts,
    ...(unique ? { uniqueItems: true } : {}),
  };
}

export function entityRefs(
  description: string,
  itemDescription: string,
  limits: { minItems?: number } = {},
): JsonSchema {
  return listOf(entityRef(itemDescription), description, {
    ...limits,
    unique: true,
  });
}

/** An object of known fields that rejects unknown ones. @public */
export function fields(
  description: string,
  properties: Record<string, JsonSchema>,
  required: string[] = [],
  conditions: JsonSchema[] = [],
): JsonSchema {
  return {
    type: 'object',
    description,
    properties,
    additionalProperties: false,
    ...(required.length ? { required } : {}),
    ...(conditions.length ? { allOf: conditions } : {}),
  };
}

/**
 * A rule applied when `field` holds one of `values`. The field is required in
 * the condition so that a missing or misspelt discriminator triggers nothing:
 * its own problem is reported once, without a cascade of conditional ones.
 */
export function when(
  field: string,
  values: string | readonly string[],
  then: JsonSchema,
): JsonSchema {
  const condition =
    typeof values === 'string' ? { const: values } : { enum: [...values] };
  return {
    if: { required: [field], properties: { [field]: condition } },
    then,
  };
}

/**
 * A field a record must never hold, with the reason (and where it belongs instead) that
 * validation prints when it is there.
 */
export function forbidden(reason: string): JsonSchema {
  return { not: {}, description: reason };
}

export function requires(...names: string[]): JsonSchema {
  return { required: names };
}

export function excludes(...names: string[]): JsonSchema {
  return {
    properties: Object.fromEntries(names.map(name => [name, false])),
  };
}

export function recordSchema(
  kind: ReadinessKind,
  description: string,
  spec: JsonSchema,
): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: kind,
    description,
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    properties: {
      apiVersion: {
        type: 'string',
        const: READINESS_API_VERSION,
        description: `Always ${READINESS_API_VERSION}.`,
      },
      kind: { type: 'string', const: kind, description: 'The record kind.' },
      // Backstage validates the rest of metadata; annotations and labels stay open.
      metadata: {
        type: 'object',
        description: 'Standard Backstage entity metadata.',
        required: ['name'],
        properties: {
          name: text('Unique name of the record within its kind.'),
          title: text('Human-readable title.'),
          description: {
            ...text(
              "One-paragraph description. Backstage's About card renders it as Markdown and lets HTML images through, so it holds no HTML and no images.",
            ),
            pattern: SCHEMA_PATTERNS.aboutCardText.pattern,
          },
          links: entityLinks(),
        },
      },
      spec,
    },
  };
}
