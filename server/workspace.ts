// Where files live: URIs and paths, the template root, the FileHost (open editors before the
// disk) and the nearest .reviewrc.yaml. The one place in the server that touches the disk.
// The server bundled for a browser worker uses server/browser/workspace.ts in its place: the same
// class, whose files come from the editor's side (scripts/build.mjs swaps one for the other).
import type { RuleSet } from '../core/ruleset';
import { loadPlugins } from '../node/plugins';
import { reviewsUnder } from '../node/reviews';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type ConfigContext, ConfigFinder, UsageError, repoRoot } from '../node/config';
import { nodeHost, slash } from '../node/host';
import { DEFAULT_LOCALE } from '../core/i18n';
import { parse, toData } from '../core/parse';
import { displayPath, validate } from '../core/validate';
import { customRuleProblems } from '../core/declarative';
import { dirname, isInside } from '../core/paths';
import type { FileHost } from '../core/template';
import type { UserConfig } from '../core/types';

/** '/'-separated absolute path of a file: URI; undefined for untitled and other schemes. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return slash(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

export interface ConfigLookup {
  config: UserConfig | undefined;
  /** The .reviewrc.yaml that applies, if any. */
  path?: string;
  /** Why the nearest .reviewrc.yaml could not be used. */
  error?: string;
}

/** The server has the engine loaded anyway; a broken .reviewrc.yaml is described in English. */
const configContext: ConfigContext = { engine: () => ({ parse, toData, validate, customRuleProblems, displayPath }), locale: () => DEFAULT_LOCALE };

export class Workspace {
  private folders: string[] = [];
  private trusted = true;
  private finder = new ConfigFinder(configContext);

  /** `openText(path)`: the text of an open editor, which wins over the disk. */
  constructor(private readonly openText: (path: string) => string | undefined) {}

  /** `trusted: false` (restricted mode): templates only from inside the workspace folder. */
  setFolders(uris: string[], trusted = true): void {
    this.folders = uris.map(uriToPath).filter((p): p is string => !!p);
    this.trusted = trusted;
  }

  /**
   * The root templates must lie in: the workspace folder holding the file (the innermost), else
   * its repository root; untrusted, a file outside every folder may use only its own folder.
   */
  rootFor(path: string): string | undefined {
    const inside = this.folders.filter((f) => isInside(f, path)).sort((a, b) => b.length - a.length);
    if (inside[0]) return inside[0];
    if (!this.trusted) return dirname(path);
    const repo = repoRoot(dirname(path));
    return repo ? slash(repo) : undefined;
  }

  /** The workspace folders, as '/'-separated paths. */
  folderPaths(): readonly string[] {
    return this.folders;
  }

  host(path: string): FileHost {
    const disk = nodeHost(this.rootFor(path));
    return { ...disk, readFile: (p) => this.openText(p) ?? disk.readFile(p) };
  }

  readFile(path: string): string | undefined {
    return this.openText(path) ?? nodeHost(undefined).readFile(path);
  }

  config(path: string): ConfigLookup {
    try {
      const found = this.finder.forFile(path);
      return found ? { config: found.config, path: slash(found.path) } : { config: undefined };
    } catch (e) {
      if (e instanceof UsageError) return { config: undefined, error: e.message };
      throw e;
    }
  }

  /**
   * The rules a configuration's `plugins:` add to the built-ins. Loading a plugin runs its code,
   * so in an untrusted workspace none is loaded and `off` says which were left out.
   */
  plugins(lookup: ConfigLookup): { rules?: RuleSet; off?: string; problems?: string[] } {
    const names = lookup.config?.plugins?.filter((p): p is string => typeof p === 'string');
    if (!names?.length || !lookup.path) return {};
    if (!this.trusted) return { off: names.join(', ') };
    const { rules, problems } = loadPlugins(lookup.path, names);
    return { rules, ...(problems.length ? { problems } : {}) };
  }

  /** A .reviewrc.yaml was created, changed or deleted: forget every folder's answer. */
  forgetConfigs(): void {
    this.finder = new ConfigFinder(configContext);
  }

  /** A file changed on disk. Nothing is kept here but the configurations (forgetConfigs). */
  changed(_path: string): void {}

  /** Makes `path` readable by readFile. On Node every file already is: the disk is read when asked. */
  load(_path: string): Promise<void> {
    return Promise.resolve();
  }

  /** Makes what a lint of `path` reads (its .reviewrc.yaml, its template) readable; nothing to do on Node. */
  prepare(_path: string, _templatePath: string | undefined): Promise<void> {
    return Promise.resolve();
  }

  /** Every review under a folder (Lint Workspace). */
  reviewsUnder(dir: string): Promise<string[]> {
    return reviewsUnder(dir);
  }
}
