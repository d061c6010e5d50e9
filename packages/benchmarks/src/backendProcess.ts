import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';

export interface BackendProcessOptions {
  /** What it is, for messages: e.g. "stock Backstage". */
  name: string;
  /** Node arguments: the entry point and its `--config` flags. */
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  baseUrl: string;
  logFile: string;
  /** How often the resident set size is sampled. */
  sampleEveryMs?: number;
}

/** Resident set size of a process from /proc, in bytes; undefined once it is gone. */
async function residentBytes(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kilobytes = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return kilobytes ? Number(kilobytes[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * A backend started by the benchmark as a plain Node process, its output in a log file, its
 * memory sampled from start to stop.
 */
export class BackendProcess {
  readonly startedAt: number;
  readonly #options: BackendProcessOptions;
  readonly #child: ChildProcess;
  readonly #sampler: NodeJS.Timeout;
  #exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  #peakRssBytes = 0;
  #windowPeakBytes = 0;

  private constructor(options: BackendProcessOptions) {
    this.#options = options;
    const log = createWriteStream(options.logFile);
    this.startedAt = Date.now();
    this.#child = spawn(process.execPath, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child.stdout!.pipe(log);
    this.#child.stderr!.pipe(log);
    this.#child.on('exit', (code, signal) => {
      this.#exit = { code, signal };
    });
    this.#sampler = setInterval(() => this.#sample(), options.sampleEveryMs ?? 500);
  }

  static start(options: BackendProcessOptions): BackendProcess {
    return new BackendProcess(options);
  }

  async #sample() {
    const bytes = this.#child.pid ? await residentBytes(this.#child.pid) : undefined;
    if (bytes === undefined) return;
    this.#peakRssBytes = Math.max(this.#peakRssBytes, bytes);
    this.#windowPeakBytes = Math.max(this.#windowPeakBytes, bytes);
  }

  get peakRssBytes(): number {
    return this.#peakRssBytes;
  }

  /** The peak since the last call: memory of one phase of the run. */
  takeWindowPeakBytes(): number {
    const peak = this.#windowPeakBytes;
    this.#windowPeakBytes = 0;
    return peak;
  }

  /** Throws with the log's location when the process has died. */
  assertRunning() {
    if (this.#exit) {
      throw new Error(
        `${this.#options.name} exited (code ${this.#exit.code}, signal ${this.#exit.signal}): see ${
          this.#options.logFile
        }`,
      );
    }
  }

  async waitUntilHealthy(timeoutMs: number): Promise<number> {
    const url = `${this.#options.baseUrl}/.backstage/health/v1/readiness`;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      this.assertRunning();
      try {
        const response = await fetch(url);
        if (response.ok) return Date.now() - this.startedAt;
      } catch {
        // Not listening yet.
      }
      await sleep(250);
    }
    throw new Error(
      `${this.#options.name} was not healthy within ${timeoutMs / 1000} s: see ${this.#options.logFile}`,
    );
  }

  async stop(): Promise<void> {
    clearInterval(this.#sampler);
    if (this.#exit) return;
    const exited = new Promise(resolve => this.#child.once('exit', resolve));
    this.#child.kill('SIGTERM');
    const forced = setTimeout(() => this.#child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(forced);
  }
}
