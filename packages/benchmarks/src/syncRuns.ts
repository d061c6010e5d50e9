import { Knex } from 'knex';

/** The on-call backend's scheduled task that syncs PagerDuty (plugins/oncall-backend). */
export const PAGERDUTY_SYNC_TASK_ID = 'oncall-pagerduty-sync';

export interface SyncRunEnd {
  endedAt: number;
  /** The scheduler's record of a failed run. */
  error?: string;
  /** What the sync says it did: services, incidents fetched, requests sent… */
  counts?: Record<string, number | boolean>;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Waits, through the on-call plugin's database, until a run of the PagerDuty sync task ends
 * after `afterMs`: the scheduler's task row says when, the sync state what it did.
 */
export async function waitForSyncRunEnd(options: {
  oncall: () => Promise<Knex | undefined>;
  afterMs: number;
  timeoutMs: number;
  assertRunning: () => void;
}): Promise<SyncRunEnd> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    options.assertRunning();
    const oncall = await options.oncall();
    const task = await oncall?.('backstage_backend_tasks__tasks')
      .where({ id: PAGERDUTY_SYNC_TASK_ID })
      .first()
      .catch(() => undefined);
    const endedAt = task?.last_run_ended_at ? new Date(task.last_run_ended_at).getTime() : 0;
    if (oncall && endedAt > options.afterMs && !task.current_run_started_at) {
      const state = await oncall('oncall_sync_state').first();
      return {
        endedAt,
        error: task.last_run_error_json ?? undefined,
        counts: state?.counts ? JSON.parse(state.counts) : undefined,
      };
    }
    await sleep(500);
  }
  throw new Error(`no PagerDuty sync run ended within ${options.timeoutMs / 1000} s`);
}
