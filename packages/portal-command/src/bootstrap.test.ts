import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PORTAL = resolve(__dirname, '../../../portal');

// What the sourced script and its install steps run besides bash built-ins.
const TOOLS = ['dirname', 'mktemp', 'mkdir', 'rm', 'touch', 'chmod'];

// Debian's apt-get as a fresh image has it: the package lists are empty until
// `update` has run, and a name with a space in it is no package. Every call is
// recorded, one argument per tab.
const APT_GET = `#!/bin/bash
printf '%s\\t' "$@" >>"$MACHINE/apt-get.calls"
printf '\\n' >>"$MACHINE/apt-get.calls"
for argument in "$@"; do
  case "$argument" in *' '*) echo "E: Unable to locate package $argument" >&2; exit 100 ;; esac
done
if [ "$1" = update ]; then touch "$MACHINE/lists"; exit 0; fi
[ "$1" = install ] || exit 100
for package in "\${@:2}"; do
  case "$package" in -*) continue ;; esac
  if [ ! -f "$MACHINE/lists" ] || [ -n "\${APT_REFUSES:-}" ]; then
    echo "E: Unable to locate package $package" >&2; exit 100
  fi
  case "$package" in
    mkdocs) printf '#!/bin/bash\\nexit 0\\n' >"$MACHINE/bin/mkdocs"; chmod +x "$MACHINE/bin/mkdocs" ;;
    chromium) touch "$PORTAL_CHROMIUM"; chmod +x "$PORTAL_CHROMIUM" ;;
  esac
done
`;

interface Machine {
  dir: string;
  /** Runs the bootstrap's install steps as `./portal test` does. */
  bootstrap(env?: Record<string, string>): { status: number | null; stderr: string };
  aptCalls(): string[][];
}

/** A machine without mkdocs and Chromium, where `id -u` answers `uid`. */
function freshMachine(uid: number): Machine {
  const dir = mkdtempSync(join(tmpdir(), 'portal-bootstrap-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  for (const tool of TOOLS) {
    const found = ['/usr/bin', '/bin']
      .map(folder => join(folder, tool))
      .find(path => existsSync(path));
    symlinkSync(found!, join(bin, tool));
  }
  writeFileSync(join(bin, 'apt-get'), APT_GET);
  writeFileSync(join(bin, 'id'), `#!/bin/bash\necho ${uid}\n`);
  chmodSync(join(bin, 'apt-get'), 0o755);
  chmodSync(join(bin, 'id'), 0o755);
  return {
    dir,
    bootstrap: (env = {}) => {
      const run = spawnSync(
        '/bin/bash',
        ['--norc', '--noprofile', '-c', 'source "$PORTAL" && ensure_mkdocs && ensure_chromium'],
        {
          encoding: 'utf8',
          env: {
            PATH: bin,
            HOME: dir,
            TMPDIR: dir,
            MACHINE: dir,
            PORTAL,
            PORTAL_CHROMIUM: join(dir, 'chromium'),
            ...env,
          },
        },
      );
      return { status: run.status, stderr: run.stderr };
    },
    aptCalls: () =>
      existsSync(join(dir, 'apt-get.calls'))
        ? readFileSync(join(dir, 'apt-get.calls'), 'utf8')
            .trim()
            .split('\n')
            .map(line => line.replace(/\t$/, '').split('\t'))
        : [],
  };
}

describe('the bootstrap of a fresh Debian machine', () => {
  let machine: Machine;
  afterEach(() => rmSync(machine.dir, { recursive: true, force: true }));

  it('refreshes the package lists once, then installs each package by name', () => {
    machine = freshMachine(0);
    const run = machine.bootstrap();
    expect(run.stderr).not.toContain('failed');
    expect(run.status).toBe(0);
    expect(machine.aptCalls()).toEqual([
      ['update', '-qq'],
      ['install', '-y', '-qq', 'mkdocs', 'mkdocs-material'],
      ['install', '-y', '-qq', 'chromium'],
    ]);
  });

  it('asks apt-get nothing when nothing is missing', () => {
    machine = freshMachine(0);
    machine.bootstrap();
    const again = machine.bootstrap();
    expect(again.status).toBe(0);
    expect(machine.aptCalls()).toHaveLength(3);
  });

  it('names the exact command to run when an install fails', () => {
    machine = freshMachine(0);
    const run = machine.bootstrap({ APT_REFUSES: '1' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "portal: 'apt-get install -y mkdocs mkdocs-material' failed: run it yourself to see why, then run ./portal again.",
    );
  });

  it('tells someone who is not root what to run with sudo', () => {
    machine = freshMachine(1000);
    const run = machine.bootstrap();
    expect(run.status).toBe(1);
    expect(machine.aptCalls()).toEqual([]);
    expect(run.stderr).toContain(
      "portal: mkdocs (the TechDocs generator) is missing: run 'sudo apt-get update && sudo apt-get install -y mkdocs mkdocs-material', then run ./portal again.",
    );
  });
});
