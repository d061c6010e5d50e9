import { promises as fs } from 'node:fs';
import { join, relative } from 'node:path';

/** Files that sit among records but are not records. */
const NOT_RECORDS = new Set(['mkdocs.yml', 'mkdocs.yaml', 'taxonomy.yaml']);

/** Every YAML record file under the given files and folders, sorted. */
export async function findRecordFiles(paths: string[]): Promise<string[]> {
  const found: string[] = [];
  const visit = async (path: string) => {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) {
      for (const entry of await fs.readdir(path)) {
        if (!entry.startsWith('.') && entry !== 'node_modules') {
          await visit(join(path, entry));
        }
      }
    } else if (
      /\.ya?ml$/.test(path) &&
      !NOT_RECORDS.has(path.split(/[\\/]/).pop()!)
    ) {
      found.push(path);
    }
  };
  for (const path of paths) {
    await visit(path);
  }
  return [...new Set(found)].sort();
}

/** Reads files as `{ path, text }`, with paths relative to the working directory. */
export async function readRecordFiles(paths: string[]) {
  return Promise.all(
    paths.map(async path => ({
      path: relative(process.cwd(), path) || path,
      text: await fs.readFile(path, 'utf8'),
    })),
  );
}
