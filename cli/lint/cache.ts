import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../../package.json';
import type { DocKind } from '../../core/types';
import { why } from '../errno';
import { readRegularFile } from '../host';
import type { ReportedFinding } from '../report';
import { writeFileAtomic } from './atomic';
import { sha256 } from './fingerprint';

/** What one file's lint gave, and what it rested on. */
export interface CacheEntry {
  /** Hash of the tool version, the file's effective configuration and its text. */
  key: string;
  /** Files read while linting it (its template), each with the hash of its text then (null: missing). */
  deps: Record<string, string | null>;
  kind: DocKind | null;
  findings: ReportedFinding[];
}

interface CacheFile { version: string; entries: Record<string, CacheEntry> }

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
  const read = { text, hash: text === undefined ? null : sha256(text) };
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

/** The lint cache: one JSON file in the cache folder, keyed by absolute path. */
export class LintCache {
  private entries: Record<string, CacheEntry> = {};
  /** Whether an entry was added or replaced since it was read: an unchanged cache is not written again. */
  private changed = false;

  constructor(readonly dir: string) {
    const text = readRegularFile(join(dir, FILE));
    try {
      const data = text ? (JSON.parse(text) as CacheFile) : undefined;
      if (data?.version === version && data.entries && typeof data.entries === 'object') this.entries = data.entries;
    } catch {
      // a broken cache is an empty one
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
    if (!this.changed) return undefined;
    const entries: Record<string, CacheEntry> = {};
    for (const abs of Object.keys(this.entries).sort()) if (existsSync(abs)) entries[abs] = this.entries[abs]!;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileAtomic(join(this.dir, FILE), JSON.stringify({ version, entries } satisfies CacheFile));
      return undefined;
    } catch (e) {
      return why(e);
    }
  }
}
