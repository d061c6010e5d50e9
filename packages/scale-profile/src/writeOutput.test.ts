import { mkdtempSync, promises as fs, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';
import { generateScaleProfile } from './generateScaleProfile';
import { sliceScaleProfile } from './slice';
import { ENTITIES_PER_FILE, writeScaleProfileOutput } from './writeOutput';
import { yamlDocument } from './yamlDocument';

// Profile L is generated in full: seconds, not milliseconds.
jest.setTimeout(180_000);

describe('yamlDocument', () => {
  it('writes YAML that reads back as the same data, strings staying strings', () => {
    const value = {
      apiVersion: 'readiness.dev/v1alpha1',
      metadata: {
        name: 'x',
        annotations: { 'pagerduty.com/service-id': 'P123456', 'a b': 'yes' },
      },
      spec: {
        cutoff: '06:00',
        date: '2026-01-01',
        number: 3,
        flag: false,
        empty: [],
        none: {},
        text: 'line one\nline "two": #not a comment',
        list: [{ order: 1, member: 'user:a' }, ['nested', 2], 'plain'],
        deep: { steps: [{ at: '2025-01-01T00:00:00Z', event: '- dash' }] },
      },
    };
    const [document] = parseAllDocuments(yamlDocument(value));
    expect(document.errors).toEqual([]);
    expect(document.toJSON()).toEqual(value);
  });
});

describe('writeScaleProfileOutput', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'scale-profile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes chunked catalog files, a Location for each and the PagerDuty account', async () => {
    const { entities, pagerDuty } = generateScaleProfile({
      profile: 'L',
      seed: 3,
    });
    const slice = sliceScaleProfile(entities, 5_000);
    await fs.mkdir(join(dir, 'catalog'));
    await fs.writeFile(join(dir, 'catalog', 'stale-001.yaml'), 'left over');

    const written = await writeScaleProfileOutput(dir, slice, pagerDuty);

    expect(written.location).toBe('catalog/all.yaml');
    expect(written.catalogFiles).toContain('catalog/alert-001.yaml');
    expect(written.catalogFiles).toContain('catalog/alert-002.yaml');
    expect((await fs.readdir(join(dir, 'catalog'))).sort()).toEqual(
      [
        ...written.catalogFiles.map(f => f.slice('catalog/'.length)),
        'all.yaml',
      ].sort(),
    );
    const locations = parseAllDocuments(
      await fs.readFile(join(dir, 'catalog', 'all.yaml'), 'utf8'),
    ).map(d => d.toJSON());
    expect(locations.map(location => location.kind)).toEqual(
      written.catalogFiles.map(() => 'Location'),
    );
    expect(locations.map(location => location.spec.target)).toEqual(
      written.catalogFiles.map(f => `./${f.slice('catalog/'.length)}`),
    );
    expect(locations[0].metadata.name).toBe('scale-profile-group-001');
    const readBack = [];
    for (const file of written.catalogFiles) {
      const documents = parseAllDocuments(
        await fs.readFile(join(dir, file), 'utf8'),
      );
      expect(documents.length).toBeLessThanOrEqual(ENTITIES_PER_FILE);
      readBack.push(...documents.map(d => d.toJSON()));
    }
    expect(readBack).toEqual(slice);
    expect(
      JSON.parse(
        await fs.readFile(join(dir, 'pagerduty-account.json'), 'utf8'),
      ),
    ).toEqual(JSON.parse(JSON.stringify(pagerDuty)));
  });
});
