// When to lint and what to publish: debounced per document, and a newer version or event always
// supersedes an older one, so a stale result is never published. A lint runs to its end once begun
// (it is synchronous), so at most one is in flight per document, and keystrokes that arrive during
// it only move the next one's timer. A huge document is linted on the worker thread instead
// (server/offload.ts), where one lint at a time runs per document and only the newest waits.
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

/** `debounceMs: 'auto'`: this many times the document's last lint, clamped. */
export const AUTO_DEBOUNCE = { factor: 2, minMs: 1, maxMs: 250, unknownMs: 25 };

/**
 * The pause to wait for after a keystroke. A document that lints in 2 ms is linted 4 ms after
 * typing stops, one that takes 100 ms waits 200 ms so that a typist is not slowed by lints that the
 * next keystroke would make stale anyway.
 */
export function debounceDelay(setting: number | 'auto', lastLintMs: number | undefined): number {
  if (setting !== 'auto') return setting;
  const { factor, minMs, maxMs, unknownMs } = AUTO_DEBOUNCE;
  return Math.round(Math.min(maxMs, Math.max(minMs, factor * (lastLintMs ?? unknownMs))));
}

export class Linter {
  private timers = new Map<string, NodeJS.Timeout>();
  private generation = new Map<string, number>();
  private latest = new Map<string, Linted>();
  /** How long each document's last lint took, in ms (for `debounceMs: 'auto'`). */
  private took = new Map<string, number>();

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
      delay = debounceMs;
    } else {
      if (run !== 'onSave') return;
      delay = 0;
    }
    this.timers.set(uri, setTimeout(() => this.run(uri, gen).catch((e) => this.report(uri, e)), delay));
  }

  close(uri: string): void {
    this.supersede(uri);
    this.latest.delete(uri);
    this.generation.delete(uri);
    this.took.delete(uri);
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
    this.timers.delete(uri);
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
