import { type LintTask, lintOne } from './task';

/** Tells the CLI bundle, when it is loaded in a worker thread, that it is one of ours. */
export const WORKER_ROLE = '--review-yaml-lint-worker';

export interface Batch { start: number; tasks: LintTask[] }
export interface BatchResult { start: number; results: ReturnType<typeof lintOne>[] }

/** The worker's side: lint each batch it is sent, answer with the results; `null` ends it. False when this is not one of our lint workers. */
export function startWorker(): boolean {
  const { isMainThread, parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  if (isMainThread || (workerData as { role?: string } | null)?.role !== WORKER_ROLE || !parentPort) return false;
  const port = parentPort;
  port.on('message', (batch: Batch | null) => {
    if (batch === null) {
      port.close();
      return;
    }
    port.postMessage({ start: batch.start, results: batch.tasks.map(lintOne) } satisfies BatchResult);
  });
  return true;
}
