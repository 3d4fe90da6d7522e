import { Worker } from 'node:worker_threads';
import { type LintTask, type TaskResult, lintOne, newRun } from './task';
import { type Batch, type BatchResult, WORKER_ROLE } from './worker';

/**
 * Lints the tasks with `jobs` threads: this one and jobs-1 workers, each taking a small batch
 * whenever it comes free. Results come back in the tasks' order, whatever the jobs.
 */
export function runTasks(tasks: LintTask[], jobs: number): Promise<TaskResult[]> {
  const n = Math.min(jobs, tasks.length);
  newRun();
  if (n <= 1) return Promise.resolve(tasks.map(lintOne));
  const size = Math.max(1, Math.min(16, Math.ceil(tasks.length / (n * 8))));
  const results: TaskResult[] = new Array(tasks.length);
  let next = 0;
  const take = (): Batch | undefined => {
    if (next >= tasks.length) return undefined;
    const batch = { start: next, tasks: tasks.slice(next, next + size) };
    next += batch.tasks.length;
    return batch;
  };
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let running = n; // the workers, and this thread
    let failed = false;
    const done = () => {
      if (--running === 0 && !failed) resolve(results);
    };
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(e);
    };
    for (let i = 1; i < n; i++) {
      // The CLI is one bundle: the worker runs this same file, which sees workerData and serves (see main.ts).
      const worker = new Worker(__filename, { workerData: { role: WORKER_ROLE } });
      const feed = () => worker.postMessage(take() ?? null);
      worker.on('message', (m: BatchResult) => {
        m.results.forEach((r, j) => (results[m.start + j] = r));
        feed();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => (code !== 0 ? fail(new Error(`a lint worker stopped (exit ${code})`)) : done()));
      workers.push(worker);
      feed();
    }
    // This thread lints too, a batch at a time, letting the workers' answers in between.
    const own = () => {
      if (failed) return;
      const batch = take();
      if (!batch) return done();
      try {
        batch.tasks.forEach((t, j) => (results[batch.start + j] = lintOne(t)));
      } catch (e) {
        return fail(e);
      }
      setImmediate(own);
    };
    setImmediate(own);
  });
}
