/**
 * What `./portal start` shows of the backend's log: warnings and errors, once
 * each, in a sentence a person reads; the full JSON log goes to a file.
 */

/** One line of Backstage's production (JSON) log, as far as the terminal needs it. */
interface LogRecord {
  level?: string;
  message?: string;
  plugin?: string;
  service?: string;
}

const SHOWN_LEVELS: Record<string, string> = {
  warn: 'warning',
  error: 'error',
};

/**
 * The terminal's line for one backend log line, or undefined when it belongs
 * in the file only: information, request logs, repeats of a warning already
 * shown (every plugin repeats the same configuration warning), and text that
 * is not a log record (the start-up banner; a crash is shown from the file).
 */
export function terminalLine(
  line: string,
  shown: Set<string>,
): string | undefined {
  let record: LogRecord;
  try {
    record = JSON.parse(line);
  } catch {
    return undefined;
  }
  const level = SHOWN_LEVELS[record.level ?? ''];
  if (!level || !record.message || shown.has(record.message)) {
    return undefined;
  }
  shown.add(record.message);
  const source = record.plugin ?? record.service;
  return `portal: ${level}${source ? ` (${source})` : ''}: ${record.message}`;
}
