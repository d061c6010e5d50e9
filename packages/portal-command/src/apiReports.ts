import fs from 'node:fs';
import path from 'node:path';

const ONE_LINE_LITERAL_UNION = /'[^'\n]*'(?: \| '[^'\n]*')+/g;

const sortedUnion = (union: string) => union.split(' | ').sort().join(' | ');

/**
 * Puts the members of each union in `lines` in order: a member is its `| ` line and the more
 * indented lines that continue it, themselves put in order, as a member can hold a union of its
 * own (`| (` over `| 'a'`, `| 'b'`).
 */
function sortUnionMembers(lines: string[]): string[] {
  const sorted: string[] = [];
  let members: string[][] = [];
  let memberIndent = -1;
  const flush = () => {
    members
      .map(([head, ...continuation]) =>
        [head, ...sortUnionMembers(continuation)].join('\n'),
      )
      .sort()
      .forEach(member => sorted.push(member));
    members = [];
    memberIndent = -1;
  };
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    const startsMember = line.trimStart().startsWith('| ');
    if (startsMember && (memberIndent === -1 || indent === memberIndent)) {
      memberIndent = indent;
      members.push([line]);
    } else if (memberIndent !== -1 && indent > memberIndent) {
      members[members.length - 1].push(line);
    } else {
      flush();
      sorted.push(line);
    }
  }
  flush();
  return sorted;
}

/**
 * API Extractor writes the members of a union in the order the type checker created them, and
 * two type-checks of the same code can create them in a different order (frontend plugins'
 * extension types show it). Sorting the members of each union, nested ones too, makes two reports
 * of the same API equal; any other difference still counts. A union of string literals written on
 * one line (`'b' | 'a'`) is sorted in place.
 */
export function normalizeUnionOrder(report: string): string {
  return sortUnionMembers(
    report.replace(ONE_LINE_LITERAL_UNION, sortedUnion).split('\n'),
  ).join('\n');
}

/** Whether two API reports describe the same API. */
export function sameApiReport(before: string, after: string): boolean {
  return (
    before === after ||
    normalizeUnionOrder(before) === normalizeUnionOrder(after)
  );
}

/**
 * Compares the reports `yarn api-reports` has just written with the copies saved before it ran
 * (under `savedDir`, at the same relative paths): a report that only changed its union order is
 * put back; the paths of reports that changed otherwise, or are new, are returned.
 */
export function changedApiReports(
  root: string,
  savedDir: string,
  reports: string[],
): string[] {
  const changed: string[] = [];
  for (const report of reports) {
    const saved = path.join(savedDir, report);
    const after = fs.readFileSync(path.join(root, report), 'utf8');
    if (!fs.existsSync(saved)) {
      changed.push(report);
      continue;
    }
    const before = fs.readFileSync(saved, 'utf8');
    if (before === after) continue;
    if (sameApiReport(before, after)) {
      fs.writeFileSync(path.join(root, report), before);
    } else {
      changed.push(report);
    }
  }
  return changed;
}

// `./portal test`: node apiReports.ts <savedDir> <report>... (paths relative to the repository root)
if (require.main === module) {
  const [savedDir, ...reports] = process.argv.slice(2);
  const changed = changedApiReports(process.cwd(), savedDir, reports);
  if (changed.length > 0) {
    process.stderr.write(`API reports changed: ${changed.join(' ')}\n`);
    process.exit(1);
  }
}
