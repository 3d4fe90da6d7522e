// Where files live for the server in a browser worker (vscode.dev, github.dev): the same class as
// server/workspace.ts, put in its place by scripts/build.mjs. There is no disk: the files a lint
// reads (its template, the nearest .reviewrc.yaml) are read ahead through the editor
// (`review/readFile`, answered with vscode.workspace.fs) and kept until the editor says they
// changed. A template must lie inside the workspace folder, as in Restricted Mode on the desktop;
// code plugins do not load, and a review that names one says so.
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_LOCALE } from '../../core/i18n';
import { parse, toData } from '../../core/parse';
import { displayPath, validate } from '../../core/validate';
import { customRuleProblems } from '../../core/declarative';
import { dirname, isInside } from '../../core/paths';
import type { FileHost } from '../../core/template';
import type { UserConfig } from '../../core/types';
import type { RuleSet } from '../../core/ruleset';
import { type ConfigContext, UsageError, configFromText } from '../../node/configText';
import { ReadFileRequest } from '../protocol';
import type * as OnNode from '../workspace';

const CONFIG_NAME = '.reviewrc.yaml';

/** The scheme and authority of the workspace (`vscode-vfs://github`): paths are the rest of a URI. */
let origin: string | undefined;
let connection: Connection | undefined;

/** The connection files are asked through; set by the worker's entry before the server starts. */
export function readThrough(c: Connection): void {
  connection = c;
}

/** The path of a URI of the workspace's scheme and authority; undefined for untitled and other places. */
export function uriToPath(uri: string): string | undefined {
  const m = /^([a-zA-Z][\w+.-]*:\/\/[^/?#]*)(\/[^?#]*)?/.exec(uri);
  if (!m) return undefined;
  origin ??= m[1]!;
  if (m[1]!.toLowerCase() !== origin.toLowerCase()) return undefined;
  try {
    return decodeURIComponent(m[2] ?? '/');
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return `${origin ?? 'file://'}${path.split('/').map(encodeURIComponent).join('/')}`;
}

export type ConfigLookup = OnNode.ConfigLookup;

const configContext: ConfigContext = { engine: () => ({ parse, toData, validate, customRuleProblems, displayPath }), locale: () => DEFAULT_LOCALE };

/** The public shape of the Node workspace, which this class must keep (the compiler checks it). */
type Same<T> = { [K in keyof T]: T[K] };

export class Workspace implements Same<OnNode.Workspace> {
  private folders: string[] = [];
  /** Texts read through the editor: null for a file that is not there (or may not be read). */
  private files = new Map<string, string | null>();
  private reading = new Map<string, Promise<void>>();
  private configs = new Map<string, { config: UserConfig } | { error: string }>();
  private toldPlugins = new Set<string>();

  constructor(private readonly openText: (path: string) => string | undefined) {}

  setFolders(uris: string[], _trusted = true): void {
    const first = uris[0] && /^[a-zA-Z][\w+.-]*:\/\/[^/?#]*/.exec(uris[0]);
    if (first) origin = first[0];
    this.folders = uris.map(uriToPath).filter((p): p is string => !!p);
  }

  /** The workspace folder holding the file (the innermost), else the file's own folder: never wider than on the desktop in Restricted Mode. */
  rootFor(path: string): string | undefined {
    const inside = this.folders.filter((f) => isInside(f, path)).sort((a, b) => b.length - a.length);
    return inside[0] ?? dirname(path);
  }

  folderPaths(): readonly string[] {
    return this.folders;
  }

  host(path: string): FileHost {
    return { root: this.rootFor(path), readFile: (p) => this.readFile(p) };
  }

  readFile(path: string): string | undefined {
    return this.openText(path) ?? this.files.get(path) ?? undefined;
  }

  /** The nearest .reviewrc.yaml between the file's folder and its root, among those read ahead (prepare). */
  config(path: string): ConfigLookup {
    const root = this.rootFor(path)!;
    for (const dir of this.dirsUp(dirname(path), root)) {
      const file = `${dir === '/' ? '' : dir}/${CONFIG_NAME}`;
      const text = this.readFile(file);
      if (text === undefined) continue;
      let hit = this.configs.get(file);
      if (!hit) {
        try {
          hit = { config: configFromText(file, text, configContext) };
        } catch (e) {
          if (!(e instanceof UsageError)) throw e;
          hit = { error: e.message };
        }
        this.configs.set(file, hit);
      }
      return 'error' in hit ? { config: undefined, path: file, error: hit.error } : { config: hit.config, path: file };
    }
    return { config: undefined };
  }

  /** Code plugins cannot run in a browser: each is named as left out, and the output channel says so once. */
  plugins(lookup: ConfigLookup): { rules?: RuleSet; off?: string; problems?: string[] } {
    const names = lookup.config?.plugins?.filter((p): p is string => typeof p === 'string');
    if (!names?.length || !lookup.path) return {};
    if (!this.toldPlugins.has(lookup.path)) {
      this.toldPlugins.add(lookup.path);
      connection?.console.warn(`${lookup.path}: plugins (${names.join(', ')}) do not load in the browser; \`review-yaml lint\` and the desktop editor check with them.`);
    }
    return { problems: names.map((n) => `${n}: code plugins do not load in the browser`) };
  }

  forgetConfigs(): void {
    this.configs.clear();
  }

  /** The editor says the file changed (or appeared, or went): read it again when next needed. */
  changed(path: string): void {
    this.files.delete(path);
    this.configs.delete(path);
  }

  /** Reads `path` through the editor, once; later reads come from what was kept. */
  load(path: string): Promise<void> {
    if (this.files.has(path)) return Promise.resolve();
    let pending = this.reading.get(path);
    if (!pending) {
      pending = ask(path).then((text) => {
        this.files.set(path, text);
        this.reading.delete(path);
      });
      this.reading.set(path, pending);
    }
    return pending;
  }

  /** Reads ahead every .reviewrc.yaml from the file's folder up to its root, and its template when that lies inside the root. */
  async prepare(path: string, templatePath: string | undefined): Promise<void> {
    const root = this.rootFor(path)!;
    const wanted = this.dirsUp(dirname(path), root).map((d) => `${d === '/' ? '' : d}/${CONFIG_NAME}`);
    // Outside the root the engine refuses the template unread: so is it here.
    if (templatePath && isInside(root, templatePath)) wanted.push(templatePath);
    await Promise.all(wanted.filter((p) => this.openText(p) === undefined).map((p) => this.load(p)));
  }

  /** No walk of the workspace in a browser: Lint Workspace is not offered there (package.json `!isWeb`). */
  reviewsUnder(_dir: string): Promise<string[]> {
    return Promise.resolve([]);
  }

  private dirsUp(from: string, root: string): string[] {
    const out: string[] = [];
    for (let d = from; isInside(root, d); d = dirname(d)) {
      out.push(d);
      if (d === root || dirname(d) === d) break;
    }
    return out;
  }
}

async function ask(path: string): Promise<string | null> {
  if (!connection) return null;
  try {
    const { text } = await connection.sendRequest(ReadFileRequest.method, { uri: pathToUri(path) }) as { text: string | null };
    return typeof text === 'string' ? text : null;
  } catch {
    return null;
  }
}
