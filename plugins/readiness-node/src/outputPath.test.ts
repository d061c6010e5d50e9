import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { checkOutputPath } from './outputPath';

describe('checkOutputPath', () => {
  const folder = mkdtempSync(join(tmpdir(), 'output-'));
  const report = join(folder, 'report.md');

  it('accepts an absolute path and a relative one, returning it absolute', async () => {
    await expect(checkOutputPath(report, 'file', '--out')).resolves.toBe(
      report,
    );
    await expect(
      checkOutputPath(relative(process.cwd(), report), 'file', '--out'),
    ).resolves.toBe(report);
    await expect(
      checkOutputPath(join(folder, 'scale-L'), 'folder', '--out'),
    ).resolves.toBe(join(folder, 'scale-L'));
  });

  it('accepts a file or folder that is already there, to replace or fill it', async () => {
    writeFileSync(report, 'an earlier report');
    mkdirSync(join(folder, 'existing'), { recursive: true });
    await expect(checkOutputPath(report, 'file', '--out')).resolves.toBe(
      report,
    );
    await expect(
      checkOutputPath(join(folder, 'existing'), 'folder', '--out'),
    ).resolves.toBe(join(folder, 'existing'));
  });

  it('stops with one sentence when the folder does not exist', async () => {
    const missing = join(folder, 'no-such-folder', 'report.md');
    await expect(checkOutputPath(missing, 'file', '--out')).rejects.toThrow(
      `The folder ${join(
        folder,
        'no-such-folder',
      )} does not exist, so --out ${missing} cannot be written.`,
    );
  });

  it('stops when the path is in a file, or is of the other kind', async () => {
    writeFileSync(report, 'a report');
    await expect(
      checkOutputPath(join(report, 'x.md'), 'file', '--out'),
    ).rejects.toThrow(`${report} is a file, not a folder, so --out`);
    await expect(checkOutputPath(folder, 'file', '--out')).rejects.toThrow(
      `--out ${folder} is a folder; give a file.`,
    );
    await expect(checkOutputPath(report, 'folder', '--out')).rejects.toThrow(
      `--out ${report} is a file; give a folder.`,
    );
  });

  // Root may write anywhere: the permission check only shows for other users.
  (process.getuid?.() === 0 ? describe.skip : describe)(
    'as a user other than root',
    () => {
      it('stops when the folder is not writable', async () => {
        const locked = join(folder, 'locked');
        mkdirSync(locked);
        chmodSync(locked, 0o500);
        await expect(
          checkOutputPath(join(locked, 'report.md'), 'file', '--out'),
        ).rejects.toThrow(`${locked} is not writable, so --out`);
      });
    },
  );
});
