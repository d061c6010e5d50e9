import { entityLinks, JsonSchema } from './schemaParts';

/**
 * JSON Schema of what the portal checks of every entity, whatever its kind: the URLs of its
 * `metadata.links`. The record kinds' own schemas include the same rule.
 *
 * @public
 */
export const entityLinksSchema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Entity links',
  description: 'The links of any catalog entity.',
  type: 'object',
  properties: {
    metadata: {
      type: 'object',
      description: 'Standard Backstage entity metadata.',
      properties: { links: entityLinks() },
    },
  },
};
