import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { changedApiReports, sameApiReport } from './apiReports';

const report = (members: string[], tail = 'export default plugin;') =>
  [
    'const plugin: Plugin<',
    ...members.map(m => `        | ${m}`),
    '>;',
    tail,
  ].join('\n');

describe('sameApiReport', () => {
  it('takes a report whose union members changed order for the same API', () => {
    expect(
      sameApiReport(report(['A', 'B', 'C']), report(['C', 'A', 'B'])),
    ).toBe(true);
  });

  it('keeps a member written over several lines together', () => {
    const multiLine = [
      'Ref<\n            string,\n            number\n          >',
      'A',
    ];
    expect(
      sameApiReport(report(multiLine), report([...multiLine].reverse())),
    ).toBe(true);
    expect(
      sameApiReport(
        report(multiLine),
        report([
          'Ref<\n            string,\n            boolean\n          >',
          'A',
        ]),
      ),
    ).toBe(false);
  });

  it('takes a union inside a member in another order', () => {
    const grouped = (inner: string[]) =>
      report([
        `(\n${inner.map(m => `            | '${m}'`).join('\n')}\n          )`,
        '(string & {})',
      ]);
    expect(
      sameApiReport(
        grouped(['overview', 'operation', 'observability']),
        grouped(['operation', 'overview', 'observability']),
      ),
    ).toBe(true);
    expect(
      sameApiReport(
        grouped(['overview', 'operation']),
        grouped(['overview', 'deployment']),
      ),
    ).toBe(false);
  });

  it('takes a one-line union of string literals in another order', () => {
    const omitted = (keys: string) =>
      `export type Props = Omit<TableProps, ${keys}>;`;
    expect(
      sameApiReport(omitted("'a' | 'b' | 'c'"), omitted("'c' | 'a' | 'b'")),
    ).toBe(true);
    expect(
      sameApiReport(omitted("'a' | 'b' | 'c'"), omitted("'a' | 'b' | 'd'")),
    ).toBe(false);
  });

  it('tells a changed member or a changed declaration apart', () => {
    expect(sameApiReport(report(['A', 'B']), report(['A', 'D']))).toBe(false);
    expect(sameApiReport(report(['A', 'B']), report(['A', 'B', 'C']))).toBe(
      false,
    );
    expect(
      sameApiReport(
        report(['A']),
        report(['A'], 'export const other: string;'),
      ),
    ).toBe(false);
  });
});

describe('changedApiReports', () => {
  function checkout(files: Record<string, string>) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-reports-'));
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    return dir;
  }

  it('puts back an order-only change and names real changes and new reports', () => {
    const saved = checkout({
      'plugins/a/report.api.md': report(['A', 'B']),
      'plugins/b/report.api.md': report(['A', 'B']),
    });
    const root = checkout({
      'plugins/a/report.api.md': report(['B', 'A']),
      'plugins/b/report.api.md': report(['A', 'C']),
      'plugins/c/report.api.md': report(['A']),
    });

    expect(
      changedApiReports(root, saved, [
        'plugins/a/report.api.md',
        'plugins/b/report.api.md',
        'plugins/c/report.api.md',
      ]),
    ).toEqual(['plugins/b/report.api.md', 'plugins/c/report.api.md']);
    expect(
      fs.readFileSync(path.join(root, 'plugins/a/report.api.md'), 'utf8'),
    ).toBe(report(['A', 'B']));
  });
});
