import { type LintTask, lintOne } from './task';

/** Tells the CLI bundle, when it is loaded in a worker thread, that it is one of ours. */
export const WORKER_ROLE = '--review-yaml-lint-worker';

/** Every task of the run, and the counter all threads take their next tasks from. */
export interface Job { tasks: LintTask[]; next: Int32Array; batch: number }
export interface JobResults { start: number; results: ReturnType<typeof lintOne>[] }

/**
 * The worker's side: takes `batch` tasks at a time from the shared counter, lints them and posts
 * the results, until none are left; then ends. False when this is not one of our lint workers.
 */
export function startWorker(): boolean {
  const { isMainThread, parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  if (isMainThread || (workerData as { role?: string } | null)?.role !== WORKER_ROLE || !parentPort) return false;
  const port = parentPort;
  port.once('message', ({ tasks, next, batch }: Job) => {
    for (let start = Atomics.add(next, 0, batch); start < tasks.length; start = Atomics.add(next, 0, batch))
      port.postMessage({ start, results: tasks.slice(start, start + batch).map(lintOne) } satisfies JobResults);
    port.close();
  });
  return true;
}
