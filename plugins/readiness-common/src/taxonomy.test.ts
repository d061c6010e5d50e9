import { readTaxonomy } from './__fixtures__/testFixtures';
import {
  findTaxonomyTag,
  listTaxonomyTags,
  parseTaxonomy,
  taxonomyTitles,
} from './taxonomy';

describe('parseTaxonomy', () => {
  it('reads a valid taxonomy', () => {
    const { taxonomy, problems } = parseTaxonomy(`
categories:
  - id: change
    title: Change
    description: A change we made.
    tags:
      - id: change/config-error
        title: Configuration error
`);
    expect(problems).toEqual([]);
    expect(taxonomy).toEqual({
      categories: [
        {
          id: 'change',
          title: 'Change',
          description: 'A change we made.',
          tags: [{ id: 'change/config-error', title: 'Configuration error' }],
        },
      ],
    });
  });

  it('reports problems with their lines, and returns no taxonomy', () => {
    const { taxonomy, problems } = parseTaxonomy(`categories:
  - id: change
    title: Change
    tags:
      - id: change/config-error
        title: Configuration error
      - id: dependency/config-error
        title: Misfiled
      - id: change/config-error
        title: Twice
      - id: change/no-title
  - id: change
    title: Change again
    tags:
      - { id: change/other, title: Other, owner: nobody }
`);
    expect(taxonomy).toBeUndefined();
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          field: 'categories[0].tags[1].id',
          message: 'must start with "change/", the id of its category',
          line: 7,
        },
        {
          field: 'categories[0].tags[2].id',
          message:
            '"change/config-error" is already used by categories[0].tags[0]',
          line: 9,
        },
        {
          field: 'categories[0].tags[3].title',
          message: 'is required',
          line: 11,
        },
        {
          field: 'categories[1].id',
          message: '"change" is already used by categories[0]',
          line: 12,
        },
        {
          field: 'categories[1].tags[0].owner',
          message: 'is not a known field',
          line: 15,
        },
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it('reports YAML syntax errors with their line', () => {
    const { taxonomy, problems } = parseTaxonomy(
      'categories:\n  - id: change\n    title: [Change\n',
    );
    expect(taxonomy).toBeUndefined();
    expect(problems).toEqual([
      { field: '', message: expect.any(String), line: expect.any(Number) },
    ]);
    expect(problems[0].line).toBeGreaterThanOrEqual(3);
  });

  it('requires at least one category', () => {
    expect(parseTaxonomy('categories: []\n').problems).toEqual([
      { field: 'categories', message: 'must have at least one entry', line: 1 },
    ]);
  });
});

describe('taxonomy lookups', () => {
  const taxonomy = readTaxonomy();

  it('find tags by id', () => {
    expect(findTaxonomyTag(taxonomy, 'change/config-error')?.title).toBe(
      'Configuration error',
    );
    expect(findTaxonomyTag(taxonomy, 'change/bad-luck')).toBeUndefined();
    expect(findTaxonomyTag(taxonomy, 'change')).toBeUndefined();
  });

  it('list every tag', () => {
    expect(listTaxonomyTags(taxonomy).map(tag => tag.id)).toEqual([
      'change/config-error',
      'change/bad-deploy',
      'dependency/third-party-outage',
      'dependency/certificate-expiry',
      'capacity/traffic-spike',
    ]);
  });

  it('title every category and tag by id', () => {
    const titles = taxonomyTitles(taxonomy);
    expect(titles.get('dependency')).toBe('Dependency');
    expect(titles.get('change/config-error')).toBe('Configuration error');
    expect(titles.get('change/bad-luck')).toBeUndefined();
    expect(titles.size).toBe(
      taxonomy.categories.length + listTaxonomyTags(taxonomy).length,
    );
  });
});
