/**
 * `records validate [paths...]`: checks readiness records offline with the portal's own schemas
 * and reference checks, prints `file:line: field: reason` per problem and exits non-zero on any.
 *
 * @packageDocumentation
 */
import { existsSync, promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  formatRecordProblem,
  parseTaxonomy,
} from '@readiness/plugin-readiness-common';
import { findRecordFiles, readRecordFiles } from './recordFiles';
import {
  formatFileProblem,
  validateConfidentialVendorFile,
  validateRecordFiles,
} from './validateRecordFiles';

const usage = `usage: records validate [--root <dir>] [--taxonomy <file>] [--confidential <file>] [paths...]

Validates readiness records (YAML) against the portal's schemas, and the links of every other
entity in the files (http, https or mailto only). References are checked
against every entity under --root (default: ./catalog-info, else the current folder);
post-mortem taxonomy tags against --taxonomy (default: <root>/taxonomy.yaml); the confidential
vendor file (default: <root>/confidential/vendor-contracts.yaml) against its schema and the
vendors. Paths default to the root.`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index === -1) return undefined;
  const [, value] = args.splice(index, 2);
  if (!value) throw new Error(`${name} needs a value`);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  if (args[0] !== 'validate') {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  args.shift();
  const root = resolve(
    option(args, '--root') ??
      (existsSync('catalog-info') ? 'catalog-info' : '.'),
  );
  const taxonomyPath = option(args, '--taxonomy') ?? join(root, 'taxonomy.yaml');
  const confidentialPath = resolve(
    option(args, '--confidential') ?? join(root, 'confidential', 'vendor-contracts.yaml'),
  );
  const paths = args.length ? args.map(path => resolve(path)) : [root];

  let taxonomy;
  if (existsSync(taxonomyPath)) {
    const parsed = parseTaxonomy(await fs.readFile(taxonomyPath, 'utf8'));
    for (const problem of parsed.problems) {
      process.stdout.write(`${taxonomyPath}:${problem.line}: ${formatRecordProblem(problem)}\n`);
    }
    if (!parsed.taxonomy) return 1;
    taxonomy = parsed.taxonomy;
  }

  // The confidential vendor file is not a file of records: it is checked on its own.
  const isRecordFile = (path: string) => path !== confidentialPath;
  const checkedPaths = (await findRecordFiles(paths)).filter(isRecordFile);
  const contextPaths = (await findRecordFiles([root])).filter(
    path => isRecordFile(path) && !checkedPaths.includes(path),
  );
  const files = await readRecordFiles(checkedPaths);
  const context = await readRecordFiles(contextPaths);
  const { records, problems } = validateRecordFiles({ files, context, taxonomy });
  if (existsSync(confidentialPath)) {
    const [confidential] = await readRecordFiles([confidentialPath]);
    problems.push(...validateConfidentialVendorFile(confidential, [...files, ...context]));
  }
  for (const problem of problems) {
    process.stdout.write(`${formatFileProblem(problem)}\n`);
  }
  process.stdout.write(
    `${records} records in ${checkedPaths.length} files: ${
      problems.length ? `${problems.length} problems` : 'all valid'
    }\n`,
  );
  return problems.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  code => process.exit(code),
  error => {
    process.stderr.write(`records: ${error.message}\n`);
    process.exit(2);
  },
);
