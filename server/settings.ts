import type { Connection } from 'vscode-languageserver';
import type { InitializationOptions, ReviewYamlSettings, RuleSeverity } from './protocol';

export interface Settings {
  run: 'onType' | 'onSave';
  debounceMs: number | 'auto';
  rules: Record<string, RuleSeverity>;
  locale: 'en' | 'zh-CN' | undefined;
  /** Findings shown per document; the rest are counted in one summary diagnostic. */
  maxProblems: number;
}

/** Enough for any review a person writes; a generated or broken one with 100,000 findings stays usable. */
export const DEFAULT_MAX_PROBLEMS = 1000;

export const DEFAULT_SETTINGS: Settings = { run: 'onType', debounceMs: 'auto', rules: {}, locale: undefined, maxProblems: DEFAULT_MAX_PROBLEMS };

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

/** Later layers win, key by key; values of the wrong type are ignored rather than trusted. */
export function mergeSettings(...layers: unknown[]): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, rules: {} };
  for (const layer of layers) {
    if (!layer || typeof layer !== 'object') continue;
    const l = layer as ReviewYamlSettings;
    if (l.run === 'onType' || l.run === 'onSave') out.run = l.run;
    if ((typeof l.debounceMs === 'number' && l.debounceMs >= 0) || l.debounceMs === 'auto') out.debounceMs = l.debounceMs;
    if (l.locale === 'en' || l.locale === 'zh-CN') out.locale = l.locale;
    if (typeof l.maxProblems === 'number' && Number.isInteger(l.maxProblems) && l.maxProblems >= 1) out.maxProblems = l.maxProblems;
    if (l.rules && typeof l.rules === 'object')
      for (const [id, sev] of Object.entries(l.rules)) if (SEVERITIES.has(sev as string)) out.rules[id] = sev;
  }
  return out;
}

/** `initializationOptions` may hold the settings flat or under `reviewYaml`. */
export function initialSettings(options: InitializationOptions | undefined): unknown[] {
  return options ? [options, options.reviewYaml] : [];
}

/**
 * Settings per document: defaults < initializationOptions < workspace/configuration.
 * Pulled once per document and cached until the client says the configuration changed.
 */
export class SettingsStore {
  private cache = new Map<string, Promise<Settings>>();
  private known = new Map<string, Settings>();
  /** Sent with didChangeConfiguration by clients that cannot answer workspace/configuration. */
  private pushed: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly initial: unknown[],
    private readonly canPull: boolean,
  ) {}

  get(uri: string): Promise<Settings> {
    let hit = this.cache.get(uri);
    if (!hit) {
      hit = this.fetch(uri).then((s) => {
        this.known.set(uri, s);
        return s;
      });
      this.cache.set(uri, hit);
    }
    return hit;
  }

  /** What is known now, without asking the client (for the debounce delay of a keystroke). */
  peek(uri: string): Settings {
    return this.known.get(uri) ?? mergeSettings(...this.initial, this.pushed);
  }

  changed(settings: unknown): void {
    this.pushed = settings && typeof settings === 'object' ? (settings as { reviewYaml?: unknown }).reviewYaml : undefined;
    this.cache.clear();
    this.known.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.known.delete(uri);
  }

  private async fetch(uri: string): Promise<Settings> {
    let fromClient: unknown;
    if (this.canPull) {
      try {
        fromClient = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'reviewYaml' });
      } catch {
        fromClient = undefined;
      }
    }
    return mergeSettings(...this.initial, this.pushed, fromClient);
  }
}
