import { dirname, isAbsolute, join, relative } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { type ConfigContext, UsageError, configFromText } from './configText';
import type { UserConfig } from '../core/types';
import { readRegularFile } from './host';

export { type ConfigContext, type ConfigEngine, UsageError } from './configText';

export const CONFIG_NAME = '.reviewrc.yaml';

export interface LoadedConfig { path: string; dir: string; config: UserConfig }

/** Reads and checks one `.reviewrc.yaml`; a broken one stops the run with a clear line. */
export function loadConfig(path: string, ctx: ConfigContext): LoadedConfig {
  return { path, dir: dirname(path), config: configFromText(path, readRegularFile(path), ctx) };
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
  // Without plugins the engine is not needed here: an unchanged --cache run may never load it.
  if (!loaded || !plugins?.length) return;
  const load = ctx.engine().loadPlugins;
  if (!load) return;
  const { problems } = load(loaded.path, plugins);
  if (problems.length) throw new UsageError(problems.map((p) => `${loaded.path}: ${p}`).join('\n'));
}
