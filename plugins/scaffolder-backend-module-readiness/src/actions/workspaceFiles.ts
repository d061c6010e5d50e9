import { promises as fs } from 'node:fs';
import { join, relative } from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { z as zod } from 'zod/v3';

/** A generated file: its path in the workspace and its text. */
export interface WorkspaceFile {
  path: string;
  text: string;
}

const YAML_FILE = /\.ya?ml$/;

/** The record actions' `files` input: which generated files the action reads. */
export const workspaceFilesInput = (z: typeof zod) =>
  z
    .array(z.string())
    .optional()
    .describe(
      'Workspace paths of the record files; every YAML file when left out',
    );

async function yamlFilesUnder(root: string, folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(entry => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return yamlFilesUnder(root, path);
      return Promise.resolve(
        YAML_FILE.test(entry.name) ? [relative(root, path)] : [],
      );
    }),
  );
  return nested.flat().sort();
}

/**
 * Reads the named files of the task's workspace, or every YAML file in it when none are named.
 * Paths outside the workspace are refused.
 */
export async function readWorkspaceFiles(
  workspacePath: string,
  paths?: string[],
): Promise<WorkspaceFile[]> {
  const names = paths?.length
    ? paths
    : await yamlFilesUnder(workspacePath, workspacePath);
  if (names.length === 0) {
    throw new InputError('There are no YAML files in the workspace to read');
  }
  return Promise.all(
    names.map(async path => {
      const absolute = resolveSafeChildPath(workspacePath, path);
      try {
        return { path, text: await fs.readFile(absolute, 'utf8') };
      } catch {
        throw new InputError(`${path} does not exist in the workspace`);
      }
    }),
  );
}
