import { SCHEMA_PATTERNS } from './patterns';
import { fields, listOf, matching, text } from './schemaParts';

/**
 * JSON Schema of the root-cause taxonomy file (plain YAML, not an entity).
 *
 * @public
 */
export const taxonomySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Root-cause taxonomy',
  ...fields(
    'The root-cause taxonomy post-mortems tag their causes with.',
    {
      categories: listOf(
        fields(
          'A category of root causes.',
          {
            id: matching(SCHEMA_PATTERNS.kebabCase, 'Category id, kebab-case.'),
            title: text('Category title.'),
            description: text('What belongs in the category.'),
            tags: listOf(
              fields(
                'A root-cause tag.',
                {
                  id: matching(
                    SCHEMA_PATTERNS.taxonomyTag,
                    'Tag id, <category>/<tag>.',
                  ),
                  title: text('Tag title.'),
                  description: text('What the tag means.'),
                },
                ['id', 'title'],
              ),
              'The tags of the category.',
              { minItems: 1 },
            ),
          },
          ['id', 'title', 'tags'],
        ),
        'The categories.',
        { minItems: 1 },
      ),
    },
    ['categories'],
  ),
};
