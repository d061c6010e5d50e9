/*
 * What the on-call benchmark scripts share: a logger that stays quiet (each script prints its own
 * table) and reading `--<name> <number>` options.
 */
import { LoggerService } from '@backstage/backend-plugin-api';

export const quietLogger: LoggerService = {
  error: () => {},
  warn: () => {},
  info: () => {},
  debug: () => {},
  child: () => quietLogger,
};

/** The number given as `--<name> <n>` on the command line, else `fallback`. */
export function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}
