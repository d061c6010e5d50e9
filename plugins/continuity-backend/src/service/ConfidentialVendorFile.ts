import { promises as fs } from 'node:fs';
import { LoggerService } from '@backstage/backend-plugin-api';
import { formatRecordProblem } from '@readiness/plugin-readiness-common';
import {
  confidentialFieldsByVendor,
  ConfidentialVendorFields,
  parseConfidentialVendorFile,
} from '@readiness/plugin-continuity-common';

const NONE: ReadonlyMap<string, ConfidentialVendorFields> = new Map();

/**
 * The confidential vendor file (`readiness.confidentialVendorFile`): each vendor's contract value
 * and financial review findings. Kept apart from the catalog so that no catalog route or search
 * index ever holds them; read here, and re-read when it changes, so an edit applies without a
 * restart. While the file is broken its last good content is served and each problem is logged
 * with its line.
 */
export class ConfidentialVendorFile {
  private loaded: { mtimeMs: number; fields: ReadonlyMap<string, ConfidentialVendorFields> } | undefined;
  private unreadable = false;

  constructor(
    private readonly options: {
      /** Absent when no file is configured: then no vendor has confidential fields. */
      path?: string;
      logger: LoggerService;
    },
  ) {}

  /**
   * The confidential fields by full lower-case vendor ref. The same map is returned until the
   * file changes, so callers may cache what they derive from it by its identity.
   */
  async fields(): Promise<ReadonlyMap<string, ConfidentialVendorFields>> {
    const { path, logger } = this.options;
    if (!path) return NONE;
    let mtimeMs: number;
    try {
      mtimeMs = (await fs.stat(path)).mtimeMs;
    } catch (error) {
      if (!this.unreadable) {
        logger.error(
          `Cannot read the confidential vendor file ${path}: ${error}; vendors' contract values and financial review findings are not shown until it can be read`,
        );
        this.unreadable = true;
      }
      return this.loaded?.fields ?? NONE;
    }
    this.unreadable = false;
    if (this.loaded?.mtimeMs !== mtimeMs) {
      const { file, problems } = parseConfidentialVendorFile(await fs.readFile(path, 'utf8'));
      for (const problem of problems) {
        logger.error(
          `${path}:${problem.line}: ${formatRecordProblem(problem)}; the file's last valid content is served until it is fixed`,
        );
      }
      this.loaded = {
        mtimeMs,
        fields: file ? confidentialFieldsByVendor(file) : (this.loaded?.fields ?? NONE),
      };
    }
    return this.loaded.fields;
  }
}
