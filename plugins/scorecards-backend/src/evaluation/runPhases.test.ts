import { RunPhases } from './runPhases';

describe('RunPhases', () => {
  it('lists each phase with its duration in the order the phases started', async () => {
    let now = 1_000;
    const phases = new RunPhases(() => now);
    let finishCatalog!: () => void;
    const catalog = phases.time(
      'catalog read',
      () =>
        new Promise<void>(resolve => {
          finishCatalog = resolve;
        }),
    );
    await phases.time('PagerDuty facts', async () => {
      now += 40;
    });
    now += 760;
    finishCatalog();
    await catalog;
    const evaluation = phases.start('evaluation');
    now += 300;
    evaluation.end();

    expect(`${phases}`).toBe(
      'catalog read 800 ms, PagerDuty facts 40 ms, evaluation 300 ms',
    );
  });

  it('times a phase that fails, and shows one still running as not finished', async () => {
    let now = 0;
    const phases = new RunPhases(() => now);
    await expect(
      phases.time('save', async () => {
        now += 25;
        throw new Error('connection lost');
      }),
    ).rejects.toThrow('connection lost');
    phases.start('evaluation');

    expect(`${phases}`).toBe('save 25 ms, evaluation not finished');
  });
});
