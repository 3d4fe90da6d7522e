import type { Worker } from 'node:worker_threads';
import { type LintTask, type TaskResult, lintOne, newRun } from './task';
import { type Job, type JobResults, WORKER_ROLE } from './worker';

/**
 * The worker threads of `--jobs N`: N - 1 of them, as this thread lints too. Started before they
 * are needed, so that they load while the files are found.
 */
export class Workers {
  readonly threads: Worker[] = [];
  constructor(jobs: number) {
    // The CLI is one bundle: the worker runs this same file, which sees its argument and serves
    // (see main.ts). node:worker_threads is loaded only here, by runs that use threads.
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    for (let i = 1; i < jobs; i++) this.threads.push(new Worker(__filename, { argv: [WORKER_ROLE], workerData: { role: WORKER_ROLE } }));
  }

  /** Stops them all (when the run ends before using them, or fails). */
  stop(): void {
    for (const w of this.threads) void w.terminate();
  }
}

/** Files taken at a time: few, so that the threads finish together; more would not be cheaper. */
const BATCH = 4;

/**
 * Lints the tasks on `jobs` threads: this one and jobs - 1 workers (`started`, when they were
 * started early). Every thread takes the next few tasks from one shared counter until none are
 * left, so no thread waits for another to hand it work. Results come back in the tasks' order,
 * whatever the jobs. (Handing out batches from this thread instead kept it from linting: on 2
 * cores, 2 workers and an idle main thread were no faster than 1 thread.)
 */
export function runTasks(tasks: LintTask[], jobs: number, started?: Workers, onResult?: (result: TaskResult, index: number) => void, ready?: (task: LintTask) => LintTask): Promise<TaskResult[]> {
  newRun();
  // `ready` completes a task just before it is linted (or posted to a thread): on this thread
  // alone, what it adds (a cache entry) is dropped with the task once its file is done.
  const complete = ready ?? ((t: LintTask) => t);
  const n = Math.min(jobs, tasks.length);
  // With onResult, each result is handed over as it comes and not kept (the calibration report
  // folds them as it goes, so its memory does not grow with the files).
  const results: TaskResult[] = onResult ? [] : new Array(tasks.length);
  const keep = onResult ?? ((r: TaskResult, i: number) => void (results[i] = r));
  if (n <= 1) {
    started?.stop();
    tasks.forEach((t, i) => keep(lintOne(complete(t)), i));
    return Promise.resolve(results);
  }
  const posted = ready ? tasks.map(ready) : tasks;
  const workers = started ?? new Workers(n);
  const next = new Int32Array(new SharedArrayBuffer(4));
  return new Promise((resolve, reject) => {
    let running = workers.threads.length;
    let failed = false;
    let mine = false;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      workers.stop();
      reject(e);
    };
    const done = () => {
      if (mine && running === 0 && !failed) resolve(results);
    };
    for (const worker of workers.threads) {
      // What is done with a result may fail (a report that cannot be written): the run stops.
      worker.on('message', (m: JobResults) => {
        try {
          m.results.forEach((r, j) => keep(r, m.start + j));
        } catch (e) {
          fail(e);
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0) fail(new Error(`a lint worker stopped (exit ${code})`));
        running--;
        done();
      });
      worker.postMessage({ tasks: posted, next, batch: BATCH } satisfies Job);
    }
    // This thread's share, taken from the same counter. Without onResult the workers' results
    // wait in the queue until it is done; with it, this thread lets them in after each batch, so
    // that they are handed on (and written) as they come rather than all held until the end.
    const share = async () => {
      for (let start = Atomics.add(next, 0, BATCH); start < posted.length && !failed; start = Atomics.add(next, 0, BATCH)) {
        for (let i = start; i < Math.min(start + BATCH, posted.length); i++) keep(lintOne(posted[i]!), i);
        if (onResult) await new Promise((resolve) => setImmediate(resolve));
      }
    };
    share().then(
      () => {
        mine = true;
        done();
      },
      fail,
    );
  });
}
