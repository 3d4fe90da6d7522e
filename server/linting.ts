// When to lint and what to publish: debounced per document, and a newer version or event always
// supersedes an older one, so a stale result is never published.
import type { Connection } from 'vscode-languageserver';
import { type Analysis, Documents } from './documents';
import { diagnosticsOf } from './diagnostics';
import type { SettingsStore } from './settings';

export type Trigger = 'open' | 'change' | 'save' | 'dependency';

export class Linter {
  private timers = new Map<string, NodeJS.Timeout>();
  private generation = new Map<string, number>();
  private latest = new Map<string, Analysis>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: Documents,
    private readonly settings: SettingsStore,
    /** false when the client pulls (`textDocument/diagnostic`) instead. */
    private readonly push: boolean,
  ) {}

  schedule(uri: string, trigger: Trigger): void {
    const { run, debounceMs } = this.settings.peek(uri);
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
    if (this.push) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** The lint of the document as it is now (pull diagnostics, code actions). */
  async current(uri: string): Promise<Analysis | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const hit = this.latest.get(uri);
    if (hit?.version === doc.version) return hit;
    const settings = await this.settings.get(uri);
    const now = this.documents.get(uri);
    if (!now) return undefined;
    const analysis = this.documents.lint(now, settings);
    this.latest.set(uri, analysis);
    return analysis;
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

  private async run(uri: string, gen: number): Promise<void> {
    this.timers.delete(uri);
    const settings = await this.settings.get(uri);
    // Settings may take a round trip to the client: the document may have moved on meanwhile.
    if (this.generation.get(uri) !== gen) return;
    const doc = this.documents.get(uri);
    if (!doc) return;
    const analysis = this.documents.lint(doc, settings);
    this.latest.set(uri, analysis);
    await this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnosticsOf(analysis, uri) });
  }
}
