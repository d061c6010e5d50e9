import { mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { runScaleProfileCli } from './cli';

describe('scale-profile generate', () => {
  let dir: string;
  let written: string[];
  const write = jest.spyOn(process.stdout, 'write');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'scale-cli-'));
    written = [];
    write.mockImplementation(text => {
      written.push(String(text));
      return true;
    });
    process.exitCode = undefined;
  });
  afterEach(() => {
    write.mockReset();
    process.exitCode = undefined;
    rmSync(dir, { recursive: true, force: true });
  });
  afterAll(() => write.mockRestore());

  it('writes plain components and prints the counts per kind', async () => {
    await runScaleProfileCli([
      'generate',
      '--out',
      dir,
      '--plain-components',
      '2500',
    ]);
    expect(readdirSync(join(dir, 'catalog')).sort()).toEqual([
      'all.yaml',
      'component-001.yaml',
      'component-002.yaml',
    ]);
    expect(written.join('')).toMatch(/Component\s+2500/);
    expect(process.exitCode).toBeUndefined();
  });

  it('takes an output folder relative to the working folder', async () => {
    await runScaleProfileCli([
      'generate',
      '--out',
      relative(process.cwd(), join(dir, 'plain')),
      '--plain-components',
      '10',
    ]);
    expect(readdirSync(join(dir, 'plain', 'catalog'))).toContain('all.yaml');
  });

  it('stops before generating when the output folder is in a folder that does not exist', async () => {
    const out = join(dir, 'no-such-folder', 'scale-L');
    await expect(
      runScaleProfileCli(['generate', '--out', out, '--seed', '42']),
    ).rejects.toThrow(
      `The folder ${join(
        dir,
        'no-such-folder',
      )} does not exist, so --out ${out} cannot be written.`,
    );
    expect(written).toEqual([]);
  });

  it('prints its usage without a command or an output folder', async () => {
    await runScaleProfileCli(['generate', '--seed', '1']);
    expect(written.join('')).toContain('Usage: scale-profile generate');
    expect(process.exitCode).toBe(1);
  });

  it('names the option at fault', async () => {
    const run = (...args: string[]) =>
      runScaleProfileCli(['generate', '--out', dir, ...args]);
    await expect(run('--profile', 'L')).rejects.toThrow('--seed is required');
    await expect(run('--seed', 'x')).rejects.toThrow(
      '--seed must be a whole number (got x)',
    );
    await expect(run('--seed', '1', '--profile', 'XXL')).rejects.toThrow(
      '--profile must be one of M, L, XL (got XXL)',
    );
    await expect(
      run('--seed', '1', '--reference-date', 'tomorrow'),
    ).rejects.toThrow('--reference-date must be a date (got tomorrow)');
    await expect(
      run('--slice', '10', '--plain-components', '10'),
    ).rejects.toThrow('Give --slice or --plain-components, not both');
  });
});
