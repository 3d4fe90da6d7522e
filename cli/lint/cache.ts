import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../../package.json';
import type { DocKind, FixKind, Range, Severity, UserConfig } from '../../core/types';
import { why } from '../errno';
import { readRegularFile } from '../../node/host';
import type { ReportedFinding } from '../report';
import { writeFileAtomic } from '../../node/atomic';
import { sha256 } from './fingerprint';
import { configs } from './configs';

/** What one file's lint gave, and what it rested on. */
export interface CacheEntry {
  /** Hash of the tool version, the file's effective configuration and its text. */
  key: string;
  /** Files read while linting it (its template), each with the hash of its text then (null: missing). */
  deps: Record<string, string | null>;
  kind: DocKind | null;
  findings: ReportedFinding[];
  /**
   * The file's size and modification time when it was read. An unchanged run trusts them instead
   * of reading and hashing the file again, as ESLint's and git's caches do; recorded only for a
   * file last modified well before it was read (see statFor).
   */
  stat?: [size: number, mtimeMs: number];
  /** The configuration part of `key` (configKey), to check it without the text. */
  config?: string;
}

/**
 * On disk, findings are arrays and their words indices into one list of strings: 20,000 findings
 * on the bench corpus hold only 157 different messages, and the file is 1.8 MB instead of 7.5 MB,
 * read and decoded in about half the time.
 */
interface CacheFile { version: string; strings: string[]; entries: Record<string, StoredEntry>; configs?: Record<string, UserConfig> }
type StoredRange = [number, number, number, number];
/** rule, severity, message, range, fix (-1: none), fingerprint (null: none), related. */
type StoredFinding = [number, number, number, ...StoredRange, number, string | null, ...([number, ...StoredRange] | [])[]];
type StoredEntry = Omit<CacheEntry, 'findings'> & { findings: StoredFinding[] };

function encode(entries: Record<string, CacheEntry>, configs: Record<string, UserConfig>): CacheFile {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const s = (text: string) => {
    let i = index.get(text);
    if (i === undefined) index.set(text, (i = strings.push(text) - 1));
    return i;
  };
  const r = ({ start, end }: Range): StoredRange => [start.line, start.character, end.line, end.character];
  const stored: Record<string, StoredEntry> = {};
  for (const [abs, e] of Object.entries(entries))
    stored[abs] = {
      ...e,
      findings: e.findings.map((f) => [s(f.rule), s(f.severity), s(f.message), ...r(f.range), f.fix ? s(f.fix) : -1, f.fingerprint ?? null, ...(f.related ?? []).map((x): [number, ...StoredRange] => [s(x.message), ...r(x.range)])]),
    };
  return { version, strings, entries: stored, configs };
}

/** The findings of a stored entry, with their keys in the order lintOne gives them (the JSON output's order). */
function decode(strings: string[], findings: StoredFinding[]): ReportedFinding[] {
  const range = (a: readonly unknown[], i: number): Range => ({ start: { line: a[i] as number, character: a[i + 1] as number }, end: { line: a[i + 2] as number, character: a[i + 3] as number } });
  return findings.map((a) => {
    const f: ReportedFinding = { rule: strings[a[0]]!, severity: strings[a[1]] as Severity, message: strings[a[2]]!, range: range(a, 3) };
    if (a[7] >= 0) f.fix = strings[a[7]] as FixKind;
    if (a.length > 9) f.related = (a.slice(9) as [number, ...StoredRange][]).map((x) => ({ range: range(x, 1), message: strings[x[0]]! }));
    if (a[8] !== null) f.fingerprint = a[8];
    return f;
  });
}

/** An entry as lintOne gives it, or a throw: a cache of the wrong shape must not reach the run. */
function checked(e: CacheEntry): CacheEntry {
  const ok =
    typeof e.key === 'string' &&
    e.deps && typeof e.deps === 'object' &&
    (e.kind === null || e.kind === 'review' || e.kind === 'template') &&
    (e.stat === undefined || (Array.isArray(e.stat) && e.stat.length === 2 && e.stat.every((n) => typeof n === 'number'))) &&
    (e.config === undefined || typeof e.config === 'string') &&
    e.findings.every((f) => typeof f.rule === 'string' && typeof f.message === 'string' && typeof f.severity === 'string' && [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character].every(Number.isInteger));
  if (!ok) throw new Error('shape');
  return e;
}

export const DEFAULT_CACHE_DIR = 'node_modules/.cache/review-yaml';
const FILE = 'lint-cache.json';

/** The part of the key that is the same for every file under one configuration. */
export function configKey(parts: unknown): string {
  return sha256(JSON.stringify([version, parts]));
}

export function entryKey(configKey: string, text: string): string {
  return sha256(`${configKey}\0${sha256(text)}`);
}

/** A file's text (undefined: missing or unreadable) and the hash a cache entry records of it. */
export interface HashedRead { text: string | undefined; hash: string | null }

/**
 * Reads a file a cache entry rests on (a template) and hashes it; with `once`, at most once a
 * run per thread, as most reviews of a team rest on the same template. Not `once` under --fix,
 * which may rewrite a template while reviews that use it are still to come.
 */
export function readHashed(path: string, once: boolean): HashedRead {
  const hit = once ? reads.get(path) : undefined;
  if (hit) return hit;
  const text = readRegularFile(path);
  // Hashed when asked: a run without --cache reads templates, and need not load node:crypto.
  let hash: string | null | undefined;
  const read = {
    text,
    get hash() {
      return (hash ??= text === undefined ? null : sha256(text));
    },
  };
  if (once) reads.set(path, read);
  return read;
}
const reads = new Map<string, HashedRead>();

/** A new run reads every file afresh. */
export function forgetReads(): void {
  reads.clear();
}

/** Whether every file the entry rested on still has the same text. */
export function depsUnchanged(deps: Record<string, string | null>, once: boolean): boolean {
  return Object.entries(deps).every(([path, hash]) => readHashed(path, once).hash === hash);
}

/**
 * A file modified this close to the moment it was read may have been modified again within the
 * file system's time resolution (2 s on FAT, 1 s on some network shares) and still show the same
 * time: its entry is checked by content, like git's "racily clean" entries.
 */
const RACY_MS = 3000;

/**
 * The stat an entry records for a file read at `readAt` (`file`'s size and time are from just
 * before the read), or undefined when it cannot be trusted later.
 */
export function statFor(file: { size: number; mtimeMs: number }, readAt: number): CacheEntry['stat'] {
  return file.mtimeMs < readAt - RACY_MS ? [file.size, file.mtimeMs] : undefined;
}

/** Whether the file still has the size and time the entry recorded, so its text is the one hashed then. */
export function statUnchanged(abs: string, entry: CacheEntry): boolean {
  const recorded = entry.stat;
  if (!recorded) return false;
  try {
    const s = statSync(abs);
    return s.isFile() && s.size === recorded[0] && s.mtimeMs === recorded[1];
  } catch {
    return false;
  }
}

/** The lint cache: one JSON file in the cache folder, keyed by absolute path. */
export class LintCache {
  private entries: Record<string, CacheEntry> = {};
  /** Whether an entry was added or replaced since it was read: an unchanged cache is not written again. */
  private changed = false;

  /** Why a cache file that was there was not used (of another shape, truncated, not JSON). */
  readonly discarded?: string;

  constructor(readonly dir: string) {
    configs.known.clear();
    configs.used.clear();
    configs.active = true;
    configs.added = false;
    const text = readRegularFile(join(dir, FILE));
    if (!text) return;
    try {
      const data = JSON.parse(text) as CacheFile;
      if (data?.version !== version) return; // another version's cache: expected, and quietly replaced
      if (!Array.isArray(data.strings) || !data.entries || typeof data.entries !== 'object') throw new Error('shape');
      if (data.configs !== undefined && (!data.configs || typeof data.configs !== 'object' || Object.values(data.configs).some((c) => !c || typeof c !== 'object' || Array.isArray(c)))) throw new Error('shape');
      for (const [abs, e] of Object.entries(data.entries)) this.entries[abs] = checked({ ...e, findings: decode(data.strings, e.findings) });
      for (const [hash, config] of Object.entries(data.configs ?? {})) configs.known.set(hash, config);
    } catch {
      this.entries = {};
      configs.known.clear();
      this.discarded = 'malformed';
      this.changed = true; // written afresh at the end of the run
    }
  }

  get(abs: string): CacheEntry | undefined {
    return this.entries[abs];
  }

  set(abs: string, entry: CacheEntry): void {
    this.entries[abs] = entry;
    this.changed = true;
  }

  /**
   * Writes the cache when an entry changed, dropping files that are gone (entries of deleted
   * files wait for the next write: they cannot be mistaken, their key holds the text's hash);
   * returns why it could not, if it could not.
   */
  save(): string | undefined {
    if (!this.changed && !configs.added) return undefined;
    const entries: Record<string, CacheEntry> = {};
    for (const abs of Object.keys(this.entries).sort()) if (existsSync(abs)) entries[abs] = this.entries[abs]!;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileAtomic(join(this.dir, FILE), JSON.stringify(encode(entries, Object.fromEntries([...configs.used].sort(([a], [b]) => (a < b ? -1 : 1))))));
      return undefined;
    } catch (e) {
      return why(e);
    }
  }
}
