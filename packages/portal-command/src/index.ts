/**
 * Reads the backend's log on standard input, appends every line to the file
 * named by the first argument and prints the lines a person needs to standard
 * error. `./portal start` pipes the backend through it.
 */
import { appendFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { terminalLine } from './startLog';

const [logFile] = process.argv.slice(2);
if (!logFile) {
  process.stderr.write('usage: start-log <log file>\n');
  process.exit(2);
}

const shown = new Set<string>();
createInterface({ input: process.stdin }).on('line', line => {
  appendFileSync(logFile, `${line}\n`);
  const text = terminalLine(line, shown);
  if (text) {
    process.stderr.write(`${text}\n`);
  }
});
