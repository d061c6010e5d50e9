// Loads the fixture files for tests.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { parseRecordFile, RecordFile } from '../yamlRecords';
import { parseTaxonomy, RootCauseTaxonomy } from '../taxonomy';

function readFixtureFiles(folder: string): RecordFile[] {
  const directory = join(__dirname, folder);
  return readdirSync(directory)
    .filter(name => name.endsWith('.yaml'))
    .sort()
    .map(name =>
      parseRecordFile(name, readFileSync(join(directory, name), 'utf8')),
    );
}

/** The examples of the record contract, one file per kind. */
export function readValidRecordFiles(): RecordFile[] {
  return readFixtureFiles('valid');
}

/** Bad records, each with a `# expect: <field>: <message substring>` first line. */
export function readInvalidRecordFiles(): Array<
  RecordFile & { expected: { field: string; message: string } }
> {
  return readFixtureFiles('invalid').map(file => {
    const text = readFileSync(join(__dirname, 'invalid', file.path), 'utf8');
    const match = /^# expect: (\S*): (.+)$/m.exec(text.split('\n')[0]);
    if (!match) {
      throw new Error(
        `${file.path} has no "# expect: <field>: <message>" line`,
      );
    }
    return { ...file, expected: { field: match[1], message: match[2] } };
  });
}

export function readTaxonomy(): RootCauseTaxonomy {
  const { taxonomy, problems } = parseTaxonomy(
    readFileSync(join(__dirname, 'taxonomy.yaml'), 'utf8'),
  );
  if (!taxonomy) {
    throw new Error(`fixture taxonomy is invalid: ${JSON.stringify(problems)}`);
  }
  return taxonomy;
}

/** The entities the fixtures refer to, standing in for the catalog. */
export function readKnownEntityRefs(): string[] {
  return parse(readFileSync(join(__dirname, 'known-entities.yaml'), 'utf8'));
}
