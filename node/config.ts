import { dirname, isAbsolute, join, relative } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { type Locale, t } from '../core/i18n';
import type { ParsedDoc } from '../core/parse';
import type { Path } from '../core/syntax';
import type { CustomRule } from '../schemas';
import type { Loose, SchemaIssue, UserConfig } from '../core/types';
import { readRegularFile } from './host';
import { nodeMessage } from './messages';

export const CONFIG_NAME = '.reviewrc.yaml';

/** A problem with the run itself (exit 2): one clear line, never a stack trace. */
export class UsageError extends Error {}

export interface LoadedConfig { path: string; dir: string; config: UserConfig }

/** The parts of the engine that reading a `.reviewrc.yaml` needs. */
export interface ConfigEngine {
  parse(text: string): ParsedDoc;
  toData(parsed: ParsedDoc): unknown;
  validate(kind: 'config', data: unknown, locale: Locale): { issues: readonly SchemaIssue[] };
  customRuleProblems(list: readonly (Loose<CustomRule> | undefined)[] | undefined, base: Path, locale: Locale): SchemaIssue[];
  displayPath(path: Path, locale?: Locale): string;
  /** Only where plugins may load (the command line); the language server loads them itself. */
  loadPlugins?(configPath: string, plugins: readonly string[]): { problems: readonly string[] };
}

/**
 * What the caller lends to config reading: the engine, handed over lazily so that the command
 * line loads it only once a `.reviewrc.yaml` is really read, and the language of its messages.
 */
export interface ConfigContext {
  engine(): ConfigEngine;
  locale(): Locale;
}

/** Reads and checks one `.reviewrc.yaml`; a broken one stops the run with a clear line. */
export function loadConfig(path: string, ctx: ConfigContext): LoadedConfig {
  const text = readRegularFile(path);
  if (text === undefined) throw new UsageError(nodeMessage(ctx.locale(), 'config.unreadable', { path }));
  const { parse, toData, validate } = ctx.engine();
  const parsed = parse(text);
  const bad = parsed.problems.find((p) => p.severity === 'error');
  if (bad) throw new UsageError(`${path}:${bad.range.start.line + 1}:${bad.range.start.character + 1}: ${bad.key ? t(ctx.locale(), bad.key, { detail: bad.detail ?? '' }) : bad.message}`);
  let data: unknown;
  try {
    data = toData(parsed) ?? {};
  } catch (e) {
    throw new UsageError(`${path}: ${(e as Error).message}`);
  }
  const { issues } = validate('config', data, ctx.locale());
  if (issues.length) throw new UsageError(`${path}: ${issues[0]!.message}`);
  const { customRuleProblems, displayPath } = ctx.engine();
  const declared = customRuleProblems((data as UserConfig).custom_rules, ['custom_rules'], ctx.locale());
  if (declared.length) throw new UsageError(declared.map((d) => `${path}: ${displayPath(d.path, ctx.locale())}: ${d.message}`).join('\n'));
  return { path, dir: dirname(path), config: data as UserConfig };
}

/** Finds the nearest `.reviewrc.yaml` above a file, stopping at the repository root; cached per folder. */
export class ConfigFinder {
  private byDir = new Map<string, LoadedConfig | null>();

  constructor(
    private readonly ctx: ConfigContext,
    private readonly explicit?: LoadedConfig,
  ) {}

  forFile(file: string): LoadedConfig | null {
    if (this.explicit) return this.explicit;
    return this.forDir(dirname(file));
  }

  private forDir(dir: string): LoadedConfig | null {
    const hit = this.byDir.get(dir);
    if (hit !== undefined) return hit;
    const candidate = join(dir, CONFIG_NAME);
    let found: LoadedConfig | null;
    if (isFile(candidate)) found = loadConfig(candidate, this.ctx);
    else if (existsSync(join(dir, '.git')) || dirname(dir) === dir) found = null;
    else found = this.forDir(dirname(dir));
    this.byDir.set(dir, found);
    return found;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The repository root above `dir` (a folder holding .git), if any. */
export function repoRoot(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/**
 * The folder a file's `template:` must stay inside: its repository root, else the current folder
 * when the file lies in it, else the file's own folder.
 */
export function templateRoot(file: string, cwd: string, rootOf: (dir: string) => string | undefined = repoRoot): string {
  const dir = dirname(file);
  const repo = rootOf(dir);
  if (repo) return repo;
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? cwd : dir;
}

/**
 * Loads the `plugins:` of a configuration (the command line only: the language server loads
 * them itself, and only in a trusted workspace). A plugin that cannot be used stops the run:
 * its rules would silently be missing otherwise.
 */
export function checkPlugins(loaded: LoadedConfig | null, ctx: ConfigContext): void {
  const plugins = loaded?.config.plugins?.filter((p): p is string => typeof p === 'string');
  const load = ctx.engine().loadPlugins;
  if (!loaded || !plugins?.length || !load) return;
  const { problems } = load(loaded.path, plugins);
  if (problems.length) throw new UsageError(problems.map((p) => `${loaded.path}: ${p}`).join('\n'));
}
