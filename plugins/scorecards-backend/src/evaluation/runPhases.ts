/**
 * How long each phase of an evaluation run took, for the run's log line, so that an operator
 * sees where the time goes. Phases are listed in the order they started; phases that run
 * concurrently (the reads) overlap.
 */
export class RunPhases {
  private readonly durations = new Map<string, number | undefined>();

  constructor(private readonly now: () => number) {}

  /** Starts timing a phase; `end` records its duration. */
  start(phase: string): { end(): void } {
    const started = this.now();
    this.durations.set(phase, undefined);
    return { end: () => this.durations.set(phase, this.now() - started) };
  }

  /** Times the phase `work` does, whether it succeeds or fails. */
  async time<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const timer = this.start(phase);
    try {
      return await work();
    } finally {
      timer.end();
    }
  }

  /** `catalog read 812 ms, evaluation 300 ms`; a phase still running shows as such. */
  toString(): string {
    return [...this.durations]
      .map(([phase, durationMs]) =>
        durationMs === undefined
          ? `${phase} not finished`
          : `${phase} ${durationMs} ms`,
      )
      .join(', ');
  }
}
