// When to lint and what to publish. A newer version or event always supersedes an older one, so a
// stale result is never published, and at most one lint is in flight per document: one that is due
// while another runs waits for its end, and only the newest version is linted then. With
// `debounceMs: 'auto'` (the default) a keystroke on a document with no lint in flight is linted at
// once (the leading edge), unless the last lint took 10 ms or more and ended less than twice its
// own duration ago (then it waits out the rest): a review of ordinary size lints in a few ms and
// every keystroke is linted as it comes, while a slow one is linted at most every three times its
// lint time however fast one types. A fixed `debounceMs` waits that long after the last keystroke (the trailing edge). A huge
// document is linted on the worker thread instead (server/offload.ts).
import { type CancellationToken, type Connection, type Diagnostic, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../core/i18n';
import { type Analysis, Documents } from './documents';
import { diagnosticsOf } from './diagnostics';
import type { Offload, OffloadJob } from './offload';
import type { RenderParams } from './protocol';
import type { Settings, SettingsStore } from './settings';
import { uriToPath } from './workspace';

/** One version's lint as the client sees it; `analysis` (findings, fixes) only when it ran on this thread. */
export interface Linted {
  version: number;
  locale: Locale;
  diagnostics: Diagnostic[];
  analysis?: Analysis;
}

export type Trigger = 'open' | 'change' | 'save' | 'dependency';

/**
 * `debounceMs: 'auto'`: the pause after a lint before the next may start, this many times its
 * duration, clamped; none after a lint shorter than `quickMs`, which no typist would notice.
 */
export const AUTO_DEBOUNCE = { factor: 2, minMs: 1, maxMs: 250, unknownMs: 25, quickMs: 10 };

/**
 * A fixed setting: the pause to wait for after a keystroke. `auto`: the least time between the end
 * of a document's lint and the start of its next (a document that lints in 2 ms may be linted again
 * 4 ms later, one that takes 100 ms waits 200 ms), so that a typist is not slowed by lints that the
 * next keystroke would make stale anyway.
 */
export function debounceDelay(setting: number | 'auto', lastLintMs: number | undefined): number {
  if (setting !== 'auto') return setting;
  const { factor, minMs, maxMs, unknownMs } = AUTO_DEBOUNCE;
  return Math.round(Math.min(maxMs, Math.max(minMs, factor * (lastLintMs ?? unknownMs))));
}

/**
 * `debounceMs: 'auto'`: how long a keystroke waits, given when the document's last lint ended and
 * how long it took: nothing once the pause after that lint (`debounceDelay`) is over, the rest of
 * it before then, and nothing for a document not linted yet or linted in under `quickMs`.
 */
export function autoDelay(lastLintMs: number | undefined, endedAt: number | undefined, now: number): number {
  if (endedAt === undefined || (lastLintMs !== undefined && lastLintMs < AUTO_DEBOUNCE.quickMs)) return 0;
  return Math.max(0, Math.ceil(endedAt + debounceDelay('auto', lastLintMs) - now));
}

export class Linter {
  private timers = new Map<string, NodeJS.Timeout>();
  private generation = new Map<string, number>();
  private latest = new Map<string, Linted>();
  /** How long each document's last lint took, in ms (for `debounceMs: 'auto'`). */
  private took = new Map<string, number>();
  /** Documents with a lint begun and not yet published or dropped. */
  private inFlight = new Set<string>();
  /** Documents whose next lint came due while one was in flight: its end starts it. */
  private waiting = new Set<string>();
  /** When each document's last lint ended (performance.now()), for `debounceMs: 'auto'`. */
  private ended = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: Documents,
    private readonly settings: SettingsStore,
    /** false when the client pulls (`textDocument/diagnostic`) instead. */
    private readonly push: boolean,
    /** Where huge documents are linted; without one, every lint runs here. */
    private readonly offload?: Offload,
  ) {}

  /** Whether `doc` is linted and rendered on the worker thread. */
  offloaded(doc: TextDocument): boolean {
    return !!this.offload?.wants(doc);
  }

  /** What the worker needs to lint or render `doc` as this server would. */
  job(doc: TextDocument, settings: Settings): OffloadJob {
    const open: [string, string][] = [];
    for (const d of this.documents.all()) {
      const path = uriToPath(d.uri);
      if (path && d.uri !== doc.uri && !this.offloaded(d)) open.push([path, d.getText()]);
    }
    const { folders, trusted } = this.documents.workspace.trust();
    return { uri: doc.uri, version: doc.version, text: doc.getText(), settings, folders, trusted, clientLocale: this.documents.clientLocale, open };
  }

  /** Renders `doc` on the worker thread (see `offloaded`). */
  async renderOffloaded(doc: TextDocument, render: RenderParams): Promise<string> {
    const settings = await this.settings.get(doc.uri);
    return this.offload!.render(this.job(doc, settings), render);
  }

  schedule(uri: string, trigger: Trigger): void {
    const { run, debounceMs: setting } = this.settings.peek(uri);
    const debounceMs = debounceDelay(setting, this.took.get(uri));
    if (trigger === 'dependency') this.latest.delete(uri);
    if (!this.push) {
      // The client pulls on open and change by itself; tell it when something else changed.
      if (trigger === 'dependency') this.refreshSoon(debounceMs);
      return;
    }
    const gen = this.supersede(uri);
    let delay: number;
    if (trigger === 'open') delay = 0;
    else if (trigger === 'dependency') delay = debounceMs;
    else if (trigger === 'change') {
      if (run === 'onSave') return;
      delay = setting === 'auto' ? autoDelay(this.took.get(uri), this.ended.get(uri), performance.now()) : debounceMs;
    } else {
      if (run !== 'onSave') return;
      delay = 0;
    }
    // Even at once, a timer: changes that arrived in the same read are applied first, and supersede this one.
    this.timers.set(uri, setTimeout(() => this.start(uri, gen), delay));
  }

  /** Starts the lint of generation `gen`, or leaves it to the end of the one in flight. */
  private start(uri: string, gen: number): void {
    this.timers.delete(uri);
    if (this.inFlight.has(uri)) {
      this.waiting.add(uri);
      return;
    }
    this.inFlight.add(uri);
    void this.run(uri, gen)
      .catch((e) => this.report(uri, e))
      .finally(() => this.finished(uri));
  }

  /** A lint ended (published or dropped): the newest version starts if one came due meanwhile. */
  private finished(uri: string): void {
    this.inFlight.delete(uri);
    if (!this.generation.has(uri)) return; // closed meanwhile
    this.ended.set(uri, performance.now());
    if (!this.waiting.delete(uri) || this.timers.has(uri)) return;
    const { debounceMs: setting } = this.settings.peek(uri);
    const delay = setting === 'auto' ? autoDelay(this.took.get(uri), this.ended.get(uri), performance.now()) : 0;
    const gen = this.generation.get(uri)!;
    this.timers.set(uri, setTimeout(() => this.start(uri, gen), delay));
  }

  close(uri: string): void {
    this.supersede(uri);
    this.latest.delete(uri);
    this.generation.delete(uri);
    this.took.delete(uri);
    this.waiting.delete(uri);
    this.ended.delete(uri);
    if (this.push) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** The lint of the document as it is now (pull diagnostics, code actions); undefined when it changed meanwhile. */
  async current(uri: string): Promise<Linted | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const hit = this.latest.get(uri);
    if (hit?.version === doc.version) return hit;
    const [settings] = await Promise.all([this.settings.get(uri), this.prepare(doc)]);
    const now = this.documents.get(uri);
    if (!now) return undefined;
    if (now.version !== doc.version) await this.prepare(now);
    const linted = await this.lintNow(now, settings);
    if (linted && linted.version === this.documents.get(uri)?.version) this.latest.set(uri, linted);
    return linted;
  }

  /** Lints one version, here or on the worker thread; undefined when a newer version overtook it there. */
  private async lintNow(doc: TextDocument, settings: Settings): Promise<Linted | undefined> {
    if (this.offload?.wants(doc)) {
      const t0 = performance.now();
      const r = await this.offload.lint(this.job(doc, settings));
      if (!r) return undefined;
      this.took.set(doc.uri, performance.now() - t0);
      this.documents.remember(doc.uri, r.templatePath, r.locale);
      return { version: r.version, locale: r.locale, diagnostics: r.diagnostics };
    }
    const analysis = this.timed(doc.uri, () => this.documents.lint(doc, settings));
    return { version: doc.version, locale: analysis.locale, diagnostics: diagnosticsOf(analysis, doc.uri, settings.maxProblems), analysis };
  }

  /** Reads ahead what a lint here needs (a browser host); the worker thread reads for itself, and a huge document is not parsed here for it. */
  private prepare(doc: TextDocument): Promise<void> {
    return this.offloaded(doc) ? Promise.resolve() : this.documents.prepare(doc);
  }

  /**
   * Pull diagnostics (`textDocument/diagnostic`) of the version the request was made for. The
   * settings may take a round trip to the client; meanwhile the client may cancel the request
   * (RequestCancelled, nothing linted) or the document may move on (ServerCancelled with
   * `retriggerRequest`: the newer version's own request supersedes this one, and the lint is left
   * to it).
   */
  async pull(uri: string, token: CancellationToken): Promise<Linted | undefined> {
    const asked = this.documents.get(uri)?.version;
    const hit = this.latest.get(uri);
    if (asked !== undefined && hit?.version === asked) return hit;
    await this.settings.get(uri);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The diagnostics request was cancelled.');
    const now = this.documents.get(uri)?.version;
    if (asked !== undefined && now !== asked)
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed before it was linted.', { retriggerRequest: true });
    return this.current(uri);
  }

  /** Every open document again (settings or a .reviewrc.yaml changed). */
  relintAll(): void {
    for (const doc of this.documents.all()) this.schedule(doc.uri, 'dependency');
  }

  private refreshTimer: NodeJS.Timeout | undefined;
  private refreshSoon(delay: number): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.connection.languages.diagnostics.refresh(), delay);
  }

  private supersede(uri: string): number {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    const gen = (this.generation.get(uri) ?? 0) + 1;
    this.generation.set(uri, gen);
    return gen;
  }

  /** A lint that failed outright (not a rule: the engine reports those) goes to the client's log. */
  private report(uri: string, e: unknown): void {
    try {
      this.connection.console.error(`review-yaml: linting ${uri} failed: ${(e as Error)?.stack ?? e}`);
    } catch {
      // The connection is gone: the server is shutting down.
    }
  }

  private timed(uri: string, lint: () => Analysis): Analysis {
    const t0 = performance.now();
    const analysis = lint();
    this.took.set(uri, performance.now() - t0);
    return analysis;
  }

  private async run(uri: string, gen: number): Promise<void> {
    const before = this.documents.get(uri);
    const [settings] = await Promise.all([this.settings.get(uri), before && this.prepare(before)]);
    // Settings (and, in a browser, files) may take a round trip to the client: the document may have moved on meanwhile.
    if (this.generation.get(uri) !== gen) return;
    const doc = this.documents.get(uri);
    if (!doc) return;
    const linted = await this.lintNow(doc, settings);
    // On the worker thread, the document may have changed or closed while it was linted.
    if (!linted || this.generation.get(uri) !== gen || this.documents.get(uri)?.version !== linted.version) return;
    this.latest.set(uri, linted);
    await this.connection.sendDiagnostics({ uri, version: linted.version, diagnostics: linted.diagnostics });
  }
}
