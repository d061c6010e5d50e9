import type { RecordProblem } from './problems';
import { taxonomySchema } from './schemas';
import {
  checkUnique,
  createCheckContext,
  problemAt,
} from './validation/checkContext';
import { validateWithSchema } from './validation/schemaValidation';
import { parseYamlFile } from './yamlLines';

/**
 * A root-cause tag; its id is `<category>/<tag>`.
 *
 * @public
 */
export interface TaxonomyTag {
  id: string;
  title: string;
  description?: string;
}

/**
 * A category of root causes and its tags.
 *
 * @public
 */
export interface TaxonomyCategory {
  id: string;
  title: string;
  description?: string;
  tags: TaxonomyTag[];
}

/**
 * The root-cause taxonomy post-mortems are tagged with
 * (catalog-info/taxonomy.yaml).
 *
 * @public
 */
export interface RootCauseTaxonomy {
  categories: TaxonomyCategory[];
}

/**
 * A problem in the taxonomy file, with its 1-based line.
 *
 * @public
 */
export interface TaxonomyProblem extends RecordProblem {
  line: number;
}

function checkTaxonomy(data: unknown): RecordProblem[] {
  const schemaProblems = validateWithSchema(taxonomySchema, data);
  const context = createCheckContext(data, schemaProblems);
  const { valueAt, indexesAt } = context;
  const categoryIndexes = indexesAt('categories');

  const tagsOutsideTheirCategory = categoryIndexes.flatMap(category => {
    const categoryId = valueAt('categories', category, 'id');
    if (typeof categoryId !== 'string') {
      return [];
    }
    return indexesAt('categories', category, 'tags').flatMap(tag => {
      const tagId = valueAt('categories', category, 'tags', tag, 'id');
      return typeof tagId === 'string' && !tagId.startsWith(`${categoryId}/`)
        ? [
            problemAt(
              ['categories', category, 'tags', tag, 'id'],
              `must start with "${categoryId}/", the id of its category`,
            ),
          ]
        : [];
    });
  });

  return [
    ...schemaProblems,
    ...checkUnique(context, ['categories'], 'id'),
    ...categoryIndexes.flatMap(category =>
      checkUnique(context, ['categories', category, 'tags'], 'id'),
    ),
    ...tagsOutsideTheirCategory,
  ];
}

/**
 * Parses and validates the taxonomy file. The taxonomy is returned only when
 * the file has no problems, so a half-read taxonomy never judges post-mortems.
 *
 * @public
 */
export function parseTaxonomy(text: string): {
  taxonomy?: RootCauseTaxonomy;
  problems: TaxonomyProblem[];
} {
  const { data, problems } = parseYamlFile(text, checkTaxonomy);
  return problems.length
    ? { problems }
    : { taxonomy: data as RootCauseTaxonomy, problems };
}

/**
 * Every tag of the taxonomy, category by category.
 *
 * @public
 */
export function listTaxonomyTags(taxonomy: RootCauseTaxonomy): TaxonomyTag[] {
  return taxonomy.categories.flatMap(category => category.tags);
}

/**
 * The tag with the given id, like `change/config-error`.
 *
 * @public
 */
export function findTaxonomyTag(
  taxonomy: RootCauseTaxonomy,
  tagId: string,
): TaxonomyTag | undefined {
  return listTaxonomyTags(taxonomy).find(tag => tag.id === tagId);
}

/**
 * The title of every category and tag by id, for showing tags as people named
 * them rather than as ids.
 *
 * @public
 */
export function taxonomyTitles(
  taxonomy: RootCauseTaxonomy,
): Map<string, string> {
  return new Map(
    taxonomy.categories.flatMap(category => [
      [category.id, category.title] as const,
      ...category.tags.map(tag => [tag.id, tag.title] as const),
    ]),
  );
}
