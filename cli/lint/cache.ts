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
 * on the bench corpus hold only 157 different messages, and the file is a quarter of the size.
 *
 * The file is JSON lines: first a header (the version, the lists every entry refers to, the
 * checked configurations and the files in order), then one line per file with its entry. An
 * entry is decoded only when its file is linted, so that an unchanged run does not hold every
 * file's findings from its start to its end: each file's are dropped once they are reported.
 */
interface CacheHeader {
  version: string;
  format: number;
  files: string[];
  /** The findings' words. */
  strings: string[];
  /** The entries' configuration keys (CacheEntry.config): one or a few for a whole run. */
  keys: string[];
  /** The entries' templates and their hashes (CacheEntry.deps): most reviews share a few. */
  deps: Record<string, string | null>[];
  configs?: Record<string, UserConfig>;
}
/** The layout of the file: a cache of another layout is quietly replaced, like another version's. */
const FORMAT = 2;
type StoredRange = [number, number, number, number];
/** rule, severity, message, range, fix (-1: none), fingerprint (null: none), related. */
type StoredFinding = [number, number, number, ...StoredRange, number, string | null, ...([number, ...StoredRange] | [])[]];
/** key, kind, deps (index in CacheHeader.deps), config (index in CacheHeader.keys, -1: none), stat (null: none), findings. */
type StoredEntry = [string, DocKind | null, number, number, CacheEntry['stat'] | null, StoredFinding[]];

const NOT_ASCII = /[\u007f-\uffff]/g;

/** The cache file's text: its header, then each file's entry on a line of its own. */
function encode(entries: [string, CacheEntry][], configs: Record<string, UserConfig>): string {
  const indexer = <T>(key: (x: T) => string) => {
    const list: T[] = [];
    const index = new Map<string, number>();
    return {
      list,
      of(x: T): number {
        const k = key(x);
        let i = index.get(k);
        if (i === undefined) index.set(k, (i = list.push(x) - 1));
        return i;
      },
    };
  };
  const strings = indexer((s: string) => s);
  const keys = indexer((s: string) => s);
  const deps = indexer((d: Record<string, string | null>) => JSON.stringify(d));
  const s = (text: string) => strings.of(text);
  const r = ({ start, end }: Range): StoredRange => [start.line, start.character, end.line, end.character];
  const lines = entries.map(([, e]) => {
    const findings = e.findings.map((f): StoredFinding => [s(f.rule), s(f.severity), s(f.message), ...r(f.range), f.fix ? s(f.fix) : -1, f.fingerprint ?? null, ...(f.related ?? []).map((x): [number, ...StoredRange] => [s(x.message), ...r(x.range)])]);
    const stored: StoredEntry = [e.key, e.kind, deps.of(e.deps), e.config === undefined ? -1 : keys.of(e.config), e.stat ?? null, findings];
    return JSON.stringify(stored);
  });
  const header: CacheHeader = { version, format: FORMAT, files: entries.map(([abs]) => abs), strings: strings.list, keys: keys.list, deps: deps.list, configs };
  // JSON never holds a raw line break, so each line is one whole value. In ASCII (other
  // characters as JSON's \u escapes), the file is read and parsed as one-byte text, much faster:
  // only the header holds words and paths, the entries hold numbers and hexadecimal hashes.
  const head = JSON.stringify(header).replace(NOT_ASCII, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${[head, ...lines].join('\n')}\n`;
}

/** Thrown for a cache of the wrong shape, which must not reach the run. */
const shape = () => new Error('shape');

/** A stored entry as lintOne gives it, or a throw. */
function decodeEntry(line: string, head: CacheHeader): CacheEntry {
  const a = JSON.parse(line) as unknown;
  if (!Array.isArray(a) || a.length !== 6) throw shape();
  const [key, kind, d, c, stat, findings] = a as unknown[];
  const deps = typeof d === 'number' ? head.deps[d] : undefined;
  const config = c === -1 ? undefined : typeof c === 'number' ? head.keys[c] : null;
  if (typeof key !== 'string' || !(kind === null || kind === 'review' || kind === 'template') || !deps || config === null || (config === undefined && c !== -1)) throw shape();
  if (stat !== null && !(Array.isArray(stat) && stat.length === 2 && typeof stat[0] === 'number' && typeof stat[1] === 'number')) throw shape();
  if (!Array.isArray(findings)) throw shape();
  const entry: CacheEntry = { key, deps, kind, findings: decode(head.strings, findings as unknown[]) };
  if (stat) entry.stat = stat as CacheEntry['stat'];
  if (config !== undefined) entry.config = config;
  return entry;
}

/** The findings of a stored entry, with their keys in the order lintOne gives them (the JSON output's order). */
function decode(strings: string[], findings: unknown[]): ReportedFinding[] {
  const str = (i: unknown): string => {
    const s = typeof i === 'number' ? strings[i] : undefined;
    if (typeof s !== 'string') throw shape();
    return s;
  };
  const int = (n: unknown): number => {
    if (!Number.isInteger(n)) throw shape();
    return n as number;
  };
  const range = (a: unknown[], i: number): Range => ({ start: { line: int(a[i]), character: int(a[i + 1]) }, end: { line: int(a[i + 2]), character: int(a[i + 3]) } });
  return findings.map((x) => {
    if (!Array.isArray(x) || x.length < 9) throw shape();
    const a = x as unknown[];
    const f: ReportedFinding = { rule: str(a[0]), severity: str(a[1]) as Severity, message: str(a[2]), range: range(a, 3) };
    if (a[7] !== -1) f.fix = str(a[7]) as FixKind;
    if (a.length > 9)
      f.related = a.slice(9).map((r) => {
        if (!Array.isArray(r)) throw shape();
        return { range: range(r as unknown[], 1), message: str(r[0]) };
      });
    if (a[8] !== null) {
      if (typeof a[8] !== 'string') throw shape();
      f.fingerprint = a[8];
    }
    return f;
  });
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

/** The lint cache: one file in the cache folder, keyed by absolute path. */
export class LintCache {
  /** Entries this run added or replaced. */
  private readonly entries = new Map<string, CacheEntry>();
  /** The entries the file held, each still its line of JSON (see CacheHeader). */
  private readonly stored = new Map<string, string>();
  /** The header of the file the stored entries were read from. */
  private head?: CacheHeader;
  /** Whether an entry was added or replaced since it was read: an unchanged cache is not written again. */
  private changed = false;

  /**
   * Why some or all of a cache file that was there was not used (of another shape, truncated, not
   * JSON). Set on opening for the file as a whole, and when a file's entry turns out malformed.
   */
  discarded?: string;

  constructor(readonly dir: string) {
    configs.known.clear();
    configs.used.clear();
    configs.active = true;
    configs.added = false;
    const text = readRegularFile(join(dir, FILE));
    if (!text) return;
    try {
      const lines = text.split('\n');
      const head = JSON.parse(lines[0]!) as CacheHeader;
      // Another version's or another layout's cache: expected, and quietly replaced.
      if (head?.version !== version || head.format !== FORMAT) {
        this.changed = true;
        return;
      }
      const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
      const hashes = (d: unknown) => !!d && typeof d === 'object' && !Array.isArray(d) && Object.values(d).every((h) => h === null || typeof h === 'string');
      if (!strings(head.strings) || !strings(head.files) || !strings(head.keys) || !Array.isArray(head.deps) || !head.deps.every(hashes)) throw shape();
      // A line for each file and the last line break: anything else is a cut or spliced file.
      if (lines.length !== head.files.length + 2 || lines.at(-1) !== '') throw shape();
      if (head.configs !== undefined && (!head.configs || typeof head.configs !== 'object' || Object.values(head.configs).some((c) => !c || typeof c !== 'object' || Array.isArray(c)))) throw shape();
      this.head = head;
      head.files.forEach((abs, i) => this.stored.set(abs, lines[i + 1]!));
      for (const [hash, config] of Object.entries(head.configs ?? {})) configs.known.set(hash, config);
    } catch {
      this.stored.clear();
      configs.known.clear();
      this.discarded = 'malformed';
      this.changed = true; // written afresh at the end of the run
    }
  }

  /** The file's entry, decoded afresh at each call (callers keep it only while they need it). */
  get(abs: string): CacheEntry | undefined {
    const fresh = this.entries.get(abs);
    if (fresh) return fresh;
    const line = this.stored.get(abs);
    if (line === undefined) return undefined;
    try {
      return decodeEntry(line, this.head!);
    } catch {
      // This file is linted afresh, and the cache written again without the entry.
      this.stored.delete(abs);
      this.discarded = 'malformed';
      this.changed = true;
      return undefined;
    }
  }

  set(abs: string, entry: CacheEntry): void {
    this.entries.set(abs, entry);
    this.changed = true;
  }

  /**
   * Writes the cache when an entry changed, dropping files that are gone (entries of deleted
   * files wait for the next write: they cannot be mistaken, their key holds the text's hash);
   * returns why it could not, if it could not.
   */
  save(): string | undefined {
    if (!this.changed && !configs.added) return undefined;
    const kept: [string, CacheEntry][] = [];
    for (const abs of [...new Set([...this.stored.keys(), ...this.entries.keys()])].sort()) {
      const entry = existsSync(abs) ? this.get(abs) : undefined;
      if (entry) kept.push([abs, entry]);
    }
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileAtomic(join(this.dir, FILE), encode(kept, Object.fromEntries([...configs.used].sort(([a], [b]) => (a < b ? -1 : 1)))));
      return undefined;
    } catch (e) {
      return why(e);
    }
  }
}
