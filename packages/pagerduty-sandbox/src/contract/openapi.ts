import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { readFileSync } from 'fs';
import { IANAZone } from 'luxon';
import { join } from 'path';
import { correctEventsSpec, correctRestSpec } from './specCorrections';

/**
 * Checks requests and responses against PagerDuty's own OpenAPI documents
 * (the REST API v2 and the Events API v2), so that the sandbox and the
 * portal's client agree with the real API rather than with each other.
 *
 * @public
 */

export interface ContractCheck {
  valid: boolean;
  /** The operation the request matched, e.g. `listIncidents`. */
  operationId?: string;
  errors: string[];
}

/**
 * A query as an object (values repeat as arrays), a query string, or URLSearchParams.
 *
 * @public
 */
export type QueryInput =
  | string
  | URLSearchParams
  | Record<
      string,
      string | number | boolean | Array<string | number | boolean> | undefined
    >;

type SchemaNode = Record<string, any>;

interface Operation {
  api: Api;
  template: string;
  method: string;
  operation: SchemaNode;
  pathParameters: SchemaNode[];
}

interface Api {
  id: string;
  spec: SchemaNode;
  templates: Array<{
    template: string;
    pattern: RegExp;
    literalLength: number;
  }>;
}

/**
 * Where the two documents are: `PAGERDUTY_OPENAPI_DIR`, or `shared/pagerduty`
 * beside the repository.
 */
export function pagerDutySpecDirectory(): string {
  return (
    process.env.PAGERDUTY_OPENAPI_DIR ??
    resolvePackagePath(
      '@readiness/pagerduty-sandbox',
      '../../../shared/pagerduty',
    )
  );
}

const EVENTS_PREFIX = '/v2';

function compileTemplates(spec: SchemaNode): Api['templates'] {
  return (
    Object.keys(spec.paths)
      .map(template => ({
        template,
        pattern: new RegExp(
          `^${template
            .split(/\{[^}]+\}/)
            .map(part => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
            .join('([^/]+)')}$`,
        ),
        literalLength: template.replace(/\{[^}]+\}/g, '').length,
      }))
      // `/incidents/count` before `/incidents/{id}`.
      .sort((a, b) => b.literalLength - a.literalLength)
  );
}

class Contract {
  private readonly ajv: Ajv;
  private readonly rest: Api;
  private readonly events: Api;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(directory: string) {
    const read = (file: string) =>
      JSON.parse(readFileSync(join(directory, file), 'utf8'));
    const restSpec = correctRestSpec(read('rest-openapiv3.json'));
    const eventsSpec = correctEventsSpec(read('events-v2-openapiv3.json'));
    this.rest = {
      id: 'pagerduty-rest',
      spec: restSpec,
      templates: compileTemplates(restSpec),
    };
    this.events = {
      id: 'pagerduty-events',
      spec: eventsSpec,
      templates: compileTemplates(eventsSpec),
    };
    this.ajv = new Ajv({
      strict: false,
      allErrors: true,
      validateSchema: false,
    });
    addFormats(this.ajv);
    const isZone = (value: string) => IANAZone.isValidZone(value);
    this.ajv.addFormat('tzinfo', isZone);
    this.ajv.addFormat('activesupport-time-zone', isZone);
    this.ajv.addFormat('url', (value: string) => URL.canParse(value));
    this.ajv.addFormat('partial-time', /^\d{2}:\d{2}:\d{2}$/);
    this.ajv.addFormat('TEXTAREA', () => true);
    this.ajv.addSchema(restSpec, this.rest.id);
    this.ajv.addSchema(eventsSpec, this.events.id);
  }

  findOperation(method: string, path: string): Operation | undefined {
    const events =
      path === EVENTS_PREFIX || path.startsWith(`${EVENTS_PREFIX}/`);
    const api = events ? this.events : this.rest;
    const apiPath = events ? path.slice(EVENTS_PREFIX.length) : path;
    const lowerMethod = method.toLowerCase();
    for (const { template, pattern } of api.templates) {
      const pathItem = api.spec.paths[template];
      if (pattern.test(apiPath) && pathItem[lowerMethod]) {
        return {
          api,
          template,
          method: lowerMethod,
          operation: pathItem[lowerMethod],
          pathParameters: pathItem.parameters ?? [],
        };
      }
    }
    return undefined;
  }

  resolve(api: Api, node: SchemaNode): SchemaNode {
    let current = node;
    while (current?.$ref) {
      current = current.$ref
        .slice(2)
        .split('/')
        .map((part: string) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((parent: SchemaNode, key: string) => parent?.[key], api.spec);
    }
    return current;
  }

  validator(key: string, schema: SchemaNode): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** A schema node inside one of the documents, by JSON pointer. */
  refTo(api: Api, pointer: string): SchemaNode {
    return { $ref: `${api.id}#${pointer}` };
  }
}

let loaded: Contract | undefined;
function contract(): Contract {
  loaded ??= new Contract(pagerDutySpecDirectory());
  return loaded;
}

function pointerPart(value: string): string {
  return value.replace(/~/g, '~0').replace(/\//g, '~1');
}

function formatErrors(validate: ValidateFunction, where: string): string[] {
  return (validate.errors ?? []).map(
    error =>
      `${where}${error.instancePath || ''} ${error.message ?? 'is invalid'}${
        error.params && 'allowedValues' in error.params
          ? ` (${(error.params.allowedValues as unknown[]).join(', ')})`
          : ''
      }`,
  );
}

function queryEntries(query: QueryInput | undefined): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  const add = (key: string, value: unknown) =>
    entries.set(key, [...(entries.get(key) ?? []), String(value)]);
  if (query === undefined) return entries;
  if (typeof query === 'string' || query instanceof URLSearchParams) {
    new URLSearchParams(query).forEach((value, key) => add(key, value));
    return entries;
  }
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    (Array.isArray(value) ? value : [value]).forEach(item => add(key, item));
  }
  return entries;
}

/** Query values arrive as text; give the schema the type it expects. */
function coerce(value: string, schema: SchemaNode): unknown {
  if (
    (schema?.type === 'integer' || schema?.type === 'number') &&
    /^-?\d+(\.\d+)?$/.test(value)
  ) {
    return Number(value);
  }
  if (schema?.type === 'boolean' && (value === 'true' || value === 'false')) {
    return value === 'true';
  }
  return value;
}

function undocumentedOperation(method: string, path: string): ContractCheck {
  return {
    valid: false,
    errors: [
      `${method.toUpperCase()} ${path} is not a documented PagerDuty operation`,
    ],
  };
}

function splitPath(path: string, query: QueryInput | undefined) {
  const queryStart = path.indexOf('?');
  if (queryStart < 0) return { path, query };
  return {
    path: path.slice(0, queryStart),
    query: query ?? path.slice(queryStart + 1),
  };
}

/**
 * Is this request a documented PagerDuty operation with documented
 * parameters? `path` is relative to the API root (`/incidents`, or
 * `/v2/enqueue` for the Events API) and may carry the query string.
 *
 * @public
 */
export function validatePagerDutyRequest(
  method: string,
  pathWithQuery: string,
  queryInput?: QueryInput,
  body?: unknown,
): ContractCheck {
  const { path, query } = splitPath(pathWithQuery, queryInput);
  const spec = contract();
  const found = spec.findOperation(method, path);
  if (!found) return undocumentedOperation(method, path);
  const { api, operation } = found;
  const operationId: string = operation.operationId;
  const errors: string[] = [];
  const pathPointer = `/paths/${pointerPart(found.template)}`;
  const parameters = [
    ...found.pathParameters.map((node, i) => ({
      node,
      pointer: `${pathPointer}/parameters/${i}`,
    })),
    ...(operation.parameters ?? []).map((node: SchemaNode, i: number) => ({
      node,
      pointer: `${pathPointer}/${found.method}/parameters/${i}`,
    })),
  ].map(
    ({ node, pointer }): SchemaNode => ({
      ...spec.resolve(api, node),
      pointer: node.$ref ? node.$ref.slice(1) : pointer,
    }),
  );
  const given = queryEntries(query);
  for (const [name, values] of given) {
    const parameter = parameters.find(p => p.in === 'query' && p.name === name);
    if (!parameter) {
      errors.push(
        `query parameter "${name}" is not documented for ${operationId}`,
      );
      continue;
    }
    const schema = spec.resolve(api, parameter.schema ?? {});
    const isList = schema.type === 'array';
    if (!isList && values.length > 1 && !name.endsWith('[]')) {
      errors.push(`query parameter "${name}" is given ${values.length} times`);
      continue;
    }
    const schemaPointer = `${parameter.pointer}/schema`;
    const validate = spec.validator(
      `${api.id} ${schemaPointer}`,
      spec.refTo(api, schemaPointer),
    );
    const candidates = isList
      ? [
          values.map(value =>
            coerce(value, spec.resolve(api, schema.items ?? {})),
          ),
        ]
      : values.map(value => coerce(value, schema));
    for (const candidate of candidates) {
      if (!validate(candidate))
        errors.push(...formatErrors(validate, `query parameter "${name}"`));
    }
  }
  for (const parameter of parameters) {
    if (
      parameter.in === 'query' &&
      parameter.required &&
      !given.has(parameter.name)
    ) {
      errors.push(
        `query parameter "${parameter.name}" is required by ${operationId}`,
      );
    }
  }
  const requestBody =
    operation.requestBody && spec.resolve(api, operation.requestBody);
  if (requestBody) {
    const pointer = `/paths/${pointerPart(found.template)}/${
      found.method
    }/requestBody/content/application~1json/schema`;
    const validate = spec.validator(
      `${api.id} ${pointer}`,
      spec.refTo(api, pointer),
    );
    if (body === undefined) {
      if (requestBody.required)
        errors.push(`${operationId} needs a request body`);
    } else if (!validate(body)) {
      errors.push(...formatErrors(validate, 'body'));
    }
  } else if (body !== undefined) {
    errors.push(`${operationId} takes no request body`);
  }
  return { valid: errors.length === 0, operationId, errors };
}

/** The JSON pointer of a response's schema, following `$ref`s to shared responses. */
function responseSchemaPointer(
  spec: Contract,
  found: Operation,
  status: number,
): string | undefined {
  const responses = found.operation.responses ?? {};
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find(
    k => responses[k],
  );
  let pointer: string;
  let response: SchemaNode;
  if (key) {
    pointer = `/paths/${pointerPart(found.template)}/${
      found.method
    }/responses/${key}`;
    response = responses[key];
  } else {
    // Rate limits and server errors can answer any operation; PagerDuty
    // documents their body once, among the shared responses.
    const shared: Record<number, string> = {
      400: 'ArgumentError',
      401: 'Unauthorized',
      403: 'Forbidden',
      404: 'NotFound',
      429: 'TooManyRequests',
      500: 'InternalServerError',
    };
    const name = shared[status] ?? (status >= 500 ? shared[500] : undefined);
    if (!name || !found.api.spec.components.responses?.[name]) return undefined;
    pointer = `/components/responses/${name}`;
    response = found.api.spec.components.responses[name];
  }
  while (response.$ref) {
    pointer = response.$ref.slice(1);
    response = spec.resolve(found.api, response);
  }
  return response.content?.['application/json']?.schema
    ? `${pointer}/content/application~1json/schema`
    : undefined;
}

/**
 * Does this response body match what PagerDuty documents for the operation and status?
 *
 * @public
 */
export function validatePagerDutyResponse(
  method: string,
  pathWithQuery: string,
  status: number,
  body: unknown,
): ContractCheck {
  const { path } = splitPath(pathWithQuery, undefined);
  const spec = contract();
  const found = spec.findOperation(method, path);
  if (!found) return undocumentedOperation(method, path);
  const operationId: string = found.operation.operationId;
  const pointer = responseSchemaPointer(spec, found, status);
  if (!pointer) {
    return {
      valid: false,
      operationId,
      errors: [
        `${operationId} documents no JSON response for status ${status}`,
      ],
    };
  }
  const validate = spec.validator(
    `${found.api.id} ${pointer}`,
    spec.refTo(found.api, pointer),
  );
  const valid = validate(body) as boolean;
  return {
    valid,
    operationId,
    errors: valid ? [] : formatErrors(validate, 'response'),
  };
}
