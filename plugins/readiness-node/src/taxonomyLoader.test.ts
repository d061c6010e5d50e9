import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { createTaxonomyLoader } from './taxonomyLoader';

const taxonomy = (title: string) => `categories:
  - id: change
    title: ${title}
    tags:
      - id: change/config-error
        title: Configuration error
`;

describe('createTaxonomyLoader', () => {
  const folder = mkdtempSync(join(tmpdir(), 'taxonomy-'));
  const path = join(folder, 'taxonomy.yaml');
  const write = (text: string, mtime: number) => {
    writeFileSync(path, text);
    utimesSync(path, mtime, mtime);
  };

  it('reads the file, and again only when it changes', async () => {
    write(taxonomy('Change'), 1_000);
    const logger = mockServices.logger.mock();
    const load = createTaxonomyLoader(path, logger);
    expect((await load())?.categories[0].title).toBe('Change');

    // Same modification time: the cached taxonomy stands.
    write(taxonomy('Unseen'), 1_000);
    expect((await load())?.categories[0].title).toBe('Change');

    write(taxonomy('Changes'), 2_000);
    expect((await load())?.categories[0].title).toBe('Changes');
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('gives no taxonomy for a broken file, naming the line, until it is fixed', async () => {
    write('categories:\n  - id: change\n', 3_000);
    const logger = mockServices.logger.mock();
    const load = createTaxonomyLoader(path, logger);
    expect(await load()).toBeUndefined();
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining(`${path}:2:`),
    );

    write(taxonomy('Change'), 4_000);
    expect((await load())?.categories).toHaveLength(1);
  });

  it('gives no taxonomy for a missing file, logging it once', async () => {
    const logger = mockServices.logger.mock();
    const load = createTaxonomyLoader(join(folder, 'missing.yaml'), logger);
    expect(await load()).toBeUndefined();
    expect(await load()).toBeUndefined();
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  it('gives no taxonomy when no file is configured', async () => {
    expect(
      await createTaxonomyLoader(undefined, mockServices.logger.mock())(),
    ).toBeUndefined();
  });
});
