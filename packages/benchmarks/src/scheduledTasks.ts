import { Knex } from 'knex';

/** The on-call backend's scheduled task that syncs PagerDuty (plugins/oncall-backend). */
export const PAGERDUTY_SYNC_TASK_ID = 'oncall-pagerduty-sync';

/**
 * The global tasks whose first run comes minutes after a start (app-config.production.yaml's
 * search schedules, the scorecards' and the register's initial delays), by plugin. The benchmark
 * runs them once right after ingestion and waits for them, so that the APIs and pages are
 * measured on a portal at rest rather than while one of them happens to start.
 */
export const STARTUP_TASKS = [
  { pluginId: 'search', taskId: 'search_index_software_catalog' },
  { pluginId: 'search', taskId: 'search_index_techdocs' },
  { pluginId: 'scorecards', taskId: 'scorecards-evaluation' },
  { pluginId: 'continuity', taskId: 'continuity-register-snapshots' },
];

export interface TaskRunEnd {
  endedAt: number;
  /** The scheduler's record of a failed run. */
  error?: string;
}

export interface SyncRunEnd extends TaskRunEnd {
  /** What the sync says it did: services, incidents fetched, requests sent… */
  counts?: Record<string, number | boolean>;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Waits, through the plugin's database, until a run of one of its scheduler tasks ends after
 * `afterMs`, as the scheduler's task row records it.
 */
export async function waitForTaskRunEnd(options: {
  database: () => Promise<Knex | undefined>;
  taskId: string;
  afterMs: number;
  timeoutMs: number;
  assertRunning: () => void;
}): Promise<TaskRunEnd> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    options.assertRunning();
    const database = await options.database();
    const task = await database?.('backstage_backend_tasks__tasks')
      .where({ id: options.taskId })
      .first()
      .catch(() => undefined);
    const endedAt = task?.last_run_ended_at
      ? new Date(task.last_run_ended_at).getTime()
      : 0;
    if (endedAt > options.afterMs && !task.current_run_started_at) {
      return { endedAt, error: task.last_run_error_json ?? undefined };
    }
    await sleep(500);
  }
  throw new Error(
    `no run of ${options.taskId} ended within ${options.timeoutMs / 1000} s`,
  );
}

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
  const end = await waitForTaskRunEnd({
    ...options,
    database: options.oncall,
    taskId: PAGERDUTY_SYNC_TASK_ID,
  });
  const state = await (await options.oncall())!('oncall_sync_state').first();
  return {
    ...end,
    counts: state?.counts ? JSON.parse(state.counts) : undefined,
  };
}
