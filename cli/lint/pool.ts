import { Worker } from 'node:worker_threads';
import { type LintTask, type TaskResult, lintOne } from './task';
import { type Batch, type BatchResult, WORKER_ROLE } from './worker';

/**
 * Lints the tasks on `jobs` worker threads (in this thread when jobs is 1), handing out small
 * batches as workers come free. Results come back in the tasks' order, whatever the jobs.
 */
export function runTasks(tasks: LintTask[], jobs: number): Promise<TaskResult[]> {
  const n = Math.min(jobs, tasks.length);
  if (n <= 1) return Promise.resolve(tasks.map(lintOne));
  const size = Math.max(1, Math.min(32, Math.ceil(tasks.length / (n * 8))));
  const results: TaskResult[] = new Array(tasks.length);
  let next = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let running = n;
    let failed = false;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(e);
    };
    for (let i = 0; i < n; i++) {
      // The CLI is one bundle: the worker runs this same file, which sees workerData and serves (see main.ts).
      const worker = new Worker(__filename, { workerData: { role: WORKER_ROLE } });
      const feed = () => {
        if (next >= tasks.length) {
          worker.postMessage(null);
          return;
        }
        const batch: Batch = { start: next, tasks: tasks.slice(next, next + size) };
        next += batch.tasks.length;
        worker.postMessage(batch);
      };
      worker.on('message', (m: BatchResult) => {
        m.results.forEach((r, j) => (results[m.start + j] = r));
        feed();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0 && !failed) fail(new Error(`a lint worker stopped (exit ${code})`));
        else if (--running === 0 && !failed) resolve(results);
      });
      workers.push(worker);
      feed();
    }
  });
}
