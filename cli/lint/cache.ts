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

/** Whether every file the entry rested on still has the same text. */
export function depsUnchanged(deps: Record<string, string | null>): boolean {
  return Object.entries(deps).every(([path, hash]) => {
    const text = readRegularFile(path);
    return (text === undefined ? null : sha256(text)) === hash;
  });
}

/** The lint cache: one JSON file in the cache folder, keyed by absolute path. */
export class LintCache {
  private entries: Record<string, CacheEntry> = {};

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
  }

  /** Writes the cache, dropping files that are gone; returns why it could not, if it could not. */
  save(): string | undefined {
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
