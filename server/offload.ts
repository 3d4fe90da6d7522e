// Huge documents are linted and rendered on a worker thread, so that the server's own loop keeps
// answering hover, completion and other documents' diagnostics meanwhile. The worker is the same
// bundle (dist/server.js) started as a thread; it holds its own engine, configuration finder and
// plugin loader, and gets each job's text, settings and the other open editors' texts.
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../core/i18n';
import type { RenderParams } from './protocol';
import type { Settings } from './settings';

/** Documents at least this long (UTF-16 code units, about bytes) go to the worker; below, the loop is free again within ~0.3 s. */
export const OFFLOAD_CHARS = 1024 * 1024;

/** Everything the worker needs to lint one version of one document as the server would. */
export interface OffloadJob {
  uri: string;
  version: number;
  text: string;
  settings: Settings;
  /** Workspace folder URIs and whether the workspace is trusted (templates, plugins). */
  folders: string[];
  trusted: boolean;
  clientLocale: Locale | undefined;
  /** The other open editors' texts by path (a template open in an editor wins over the disk). */
  open: [path: string, text: string][];
}

export interface OffloadedLint {
  version: number;
  locale: Locale;
  /** Already capped at `settings.maxProblems`, with the summary diagnostic. */
  diagnostics: Diagnostic[];
  templatePath: string | undefined;
}

export type WorkerRequest = { id: number; op: 'lint'; job: OffloadJob } | { id: number; op: 'render'; job: OffloadJob; render: RenderParams };
export type WorkerReply = { id: number; lint?: OffloadedLint; html?: string; error?: string };

/** What the server asks of the worker; `wants` says which documents are huge enough. */
export interface Offload {
  wants(doc: TextDocument): boolean;
  /** Undefined when a newer version of the same document was queued meanwhile (this one is stale). */
  lint(job: OffloadJob): Promise<OffloadedLint | undefined>;
  render(job: OffloadJob, render: RenderParams): Promise<string>;
  dispose(): void;
}

type Pending = { resolve: (r: WorkerReply) => void; reject: (e: Error) => void };

/**
 * One worker thread, started on first use. Lints are coalesced per document: while one runs,
 * only the newest waiting version is kept (the older ones resolve as stale), so typing in a huge
 * document never queues up work. A worker that dies fails its jobs and is started again next time.
 */
export class WorkerOffload implements Offload {
  private worker: Worker | undefined;
  private seq = 0;
  private pending = new Map<number, Pending>();
  /** The lint running per document: a second ask for the same version and settings shares it. */
  private running = new Map<string, { key: string; result: Promise<OffloadedLint> }>();
  private waiting = new Map<string, { key: string; job: OffloadJob; result: Promise<OffloadedLint | undefined>; resolve: (r: OffloadedLint | undefined) => void; reject: (e: Error) => void }>();

  constructor(
    private readonly file: string,
    private readonly threshold = OFFLOAD_CHARS,
  ) {}

  wants(doc: TextDocument): boolean {
    return doc.getText().length >= this.threshold;
  }

  lint(job: OffloadJob): Promise<OffloadedLint | undefined> {
    const key = `${job.version}\u0000${JSON.stringify(job.settings)}`;
    const running = this.running.get(job.uri);
    if (running?.key === key) return running.result;
    if (running) {
      const waiting = this.waiting.get(job.uri);
      if (waiting?.key === key) return waiting.result;
      waiting?.resolve(undefined);
      let resolve!: (r: OffloadedLint | undefined) => void;
      let reject!: (e: Error) => void;
      const result = new Promise<OffloadedLint | undefined>((res, rej) => ((resolve = res), (reject = rej)));
      this.waiting.set(job.uri, { key, job, result, resolve, reject });
      return result;
    }
    const result = this.send({ id: 0, op: 'lint', job }).then((r) => r.lint!);
    this.running.set(job.uri, { key, result });
    const next = () => {
      this.running.delete(job.uri);
      const waiting = this.waiting.get(job.uri);
      if (!waiting) return;
      this.waiting.delete(job.uri);
      this.lint(waiting.job).then(waiting.resolve, waiting.reject);
    };
    result.then(next, next);
    return result;
  }

  async render(job: OffloadJob, render: RenderParams): Promise<string> {
    return (await this.send({ id: 0, op: 'render', job, render })).html!;
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private send(request: WorkerRequest): Promise<WorkerReply> {
    const worker = this.start();
    const id = ++this.seq;
    return new Promise<WorkerReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    }).then((r) => {
      if (r.error !== undefined) throw new Error(r.error);
      return r;
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file, { workerData: { role: 'review-yaml-lint' } });
    // The thread must not keep the server alive once its client is gone.
    worker.unref();
    worker.on('message', (r: WorkerReply) => {
      const p = this.pending.get(r.id);
      this.pending.delete(r.id);
      p?.resolve(r);
    });
    const fail = (e: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the lint thread exited (${code})`)));
    this.worker = worker;
    return worker;
  }
}
