import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

async function kindOf(path: string): Promise<'file' | 'folder' | undefined> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

async function isWritable(path: string): Promise<boolean> {
  return access(path, constants.W_OK).then(
    () => true,
    () => false,
  );
}

/**
 * Resolves where a command writes its output (a file it writes, or a folder it creates or fills)
 * and checks that it can write there, so that a command stops at once, before its work, rather
 * than losing a long run's result at the end. The folder the path is in must exist and be
 * writable; the path itself, if it exists, must be of the given kind and writable.
 *
 * @param path - absolute, or relative to the working directory
 * @param kind - whether the command writes a file or a folder there
 * @param option - how the command's user named the path, e.g. `--out`, for the message
 * @returns the absolute path
 * @throws an Error whose message says in one sentence what is wrong
 * @public
 */
export async function checkOutputPath(
  path: string,
  kind: 'file' | 'folder',
  option: string,
): Promise<string> {
  const target = resolve(path);
  const folder = dirname(target);
  const cannot = `so ${option} ${target} cannot be written`;
  const folderKind = await kindOf(folder);
  if (!folderKind) {
    throw new Error(`The folder ${folder} does not exist, ${cannot}.`);
  }
  if (folderKind === 'file') {
    throw new Error(`${folder} is a file, not a folder, ${cannot}.`);
  }
  const existing = await kindOf(target);
  if (existing && existing !== kind) {
    throw new Error(`${option} ${target} is a ${existing}; give a ${kind}.`);
  }
  // Replacing what is there needs the path itself writable; creating it, its folder.
  const written = existing ? target : folder;
  if (!(await isWritable(written))) {
    throw new Error(`${written} is not writable, ${cannot}.`);
  }
  return target;
}
