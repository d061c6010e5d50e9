/**
 * PagerDuty's published OpenAPI documents, read literally, reject responses
 * that PagerDuty itself sends (its own examples included). Each correction
 * below fixes one such contradiction and says why; everything else is
 * validated as published.
 */

type SchemaNode = Record<string, any>;

function schemaRef(name: string) {
  return `#/components/schemas/${name}`;
}

/**
 * `include[]` replaces references with the full objects ("If `integrations`
 * is passed as an argument, these are full objects"), but the schemas only
 * list the reference. Where a schema accepts `XReference` alone, accept the
 * full `X` too; where it already lists alternatives (`oneOf`), they stand.
 */
function acceptExpandedReferences(spec: SchemaNode) {
  const schemas = spec.components.schemas as Record<string, SchemaNode>;
  const fullSchemaOf = (ref: unknown): string | undefined => {
    if (typeof ref !== 'string' || !ref.startsWith(schemaRef('')))
      return undefined;
    const name = ref.slice(schemaRef('').length);
    const full = name.endsWith('Reference')
      ? name.slice(0, -'Reference'.length)
      : '';
    return full && schemas[full] ? full : undefined;
  };
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!node || typeof node !== 'object') return node;
    const object = node as SchemaNode;
    const full = fullSchemaOf(object.$ref);
    if (full) {
      return { anyOf: [object, { $ref: schemaRef(full) }] };
    }
    const result: SchemaNode = {};
    for (const [key, value] of Object.entries(object)) {
      result[key] =
        (key === 'oneOf' || key === 'anyOf') && Array.isArray(value)
          ? value.map(item => (item?.$ref ? item : visit(item)))
          : visit(value);
    }
    return result;
  };
  // The reference schemas themselves stay as they are.
  for (const [name, schema] of Object.entries(schemas)) {
    if (!name.endsWith('Reference'))
      schemas[name] = visit(schema) as SchemaNode;
  }
  for (const pathItem of Object.values(
    spec.paths as Record<string, SchemaNode>,
  )) {
    for (const [method, operation] of Object.entries(pathItem)) {
      pathItem[method] = visit(operation);
    }
  }
  for (const [name, response] of Object.entries(
    spec.components.responses as Record<string, SchemaNode>,
  )) {
    spec.components.responses[name] = visit(response);
  }
}

export function correctRestSpec(published: SchemaNode): SchemaNode {
  const spec = structuredClone(published);
  const schemas = spec.components.schemas;

  // AcknowledgeLogEntry narrows `type` to "acknowledgement_log_entry", which
  // the LogEntry it extends does not allow: no acknowledgement could match.
  // The API (and LogEntry) use "acknowledge_log_entry".
  for (const part of schemas.AcknowledgeLogEntry.allOf) {
    if (part.properties?.type?.enum)
      part.properties.type.enum = ['acknowledge_log_entry'];
  }

  // The five Channel shapes have no required distinguishing property, so any
  // channel matches several of them and `oneOf` always fails; any one will do.
  schemas.Channel.anyOf = schemas.Channel.oneOf;
  delete schemas.Channel.oneOf;

  acceptExpandedReferences(spec);

  // Some date parameters carry the human hint "YYYY-MM-DDThh:mm:ssZ" as a
  // `pattern`, which as a regular expression matches no date at all.
  for (const parameter of Object.values(
    spec.components.parameters as Record<string, SchemaNode>,
  )) {
    if (String(parameter.schema?.pattern ?? '').includes('YYYY'))
      delete parameter.schema.pattern;
  }
  return spec;
}

export function correctEventsSpec(published: SchemaNode): SchemaNode {
  const spec = structuredClone(published);
  // 400 and 429 name their response in the description instead of a $ref;
  // both come back in the Error shape.
  for (const pathItem of Object.values(
    spec.paths as Record<string, SchemaNode>,
  )) {
    for (const status of ['400', '429']) {
      const response = pathItem.post?.responses?.[status];
      if (response && !response.content && !response.$ref) {
        pathItem.post.responses[status] = {
          $ref: '#/components/responses/Error',
        };
      }
    }
  }
  return spec;
}
