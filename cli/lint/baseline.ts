import { existsSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { UsageError } from '../../node/config';
import { tc } from '../locale';
import { why } from '../errno';
import { readRegularFile, slash } from '../../node/host';
import type { FileReport } from '../report';
import { writeFileAtomic } from '../../node/atomic';

/** One recorded finding: file (relative to the baseline's folder), rule, fingerprint, and how many such. */
export interface BaselineEntry { path: string; rule: string; fingerprint: string; count?: number }

interface BaselineFile { version: 1; findings: BaselineEntry[] }

const keyOf = (path: string, rule: string, fp: string) => `${path}\0${rule}\0${fp}`;

/**
 * Findings a team has accepted for now: hidden from reports until they change or go away.
 * Matched by file, rule and fingerprint (see fingerprint.ts), never by line.
 */
export class Baseline {
  private constructor(
    readonly file: string,
    /** As the user gave it, for messages. */
    readonly name: string,
    private readonly entries: BaselineEntry[],
  ) {}

  /** Reads FILE; a missing one is empty when it is about to be written, and an error otherwise. */
  static load(file: string, name: string, creating: boolean): Baseline {
    if (!existsSync(file)) {
      if (creating) return new Baseline(file, name, []);
      throw new UsageError(tc('cli.error.baselineMissing', { name }));
    }
    const text = readRegularFile(file);
    let data: BaselineFile | undefined;
    try {
      data = text === undefined ? undefined : (JSON.parse(text) as BaselineFile);
    } catch {
      data = undefined;
    }
    if (!data || data.version !== 1 || !Array.isArray(data.findings))
      throw new UsageError(tc('cli.error.baselineInvalid', { name }));
    return new Baseline(file, name, data.findings.filter((e) => e && typeof e.path === 'string' && typeof e.rule === 'string' && typeof e.fingerprint === 'string'));
  }

  private rel(abs: string): string {
    return slash(relative(dirname(this.file), abs));
  }

  /**
   * Hides recorded findings a file at a time, as the files are linted: `file` keeps the findings
   * not recorded, `end` counts them and the stale entries: those for files linted in this run that
   * were not found again, and, when `deleted` is set, those for files that no longer exist.
   */
  hider(linted: string[], deleted: boolean): { file: <F extends { rule: string; fingerprint?: string }>(abs: string, findings: F[]) => F[]; end: () => { hidden: number; stale: number } } {
    const left = new Map<string, number>();
    for (const e of this.entries) {
      const k = keyOf(e.path, e.rule, e.fingerprint);
      left.set(k, (left.get(k) ?? 0) + (e.count ?? 1));
    }
    let hidden = 0;
    return {
      file: (abs, findings) => {
        const path = this.rel(abs);
        return findings.filter((f) => {
          const k = keyOf(path, f.rule, f.fingerprint ?? '');
          const n = left.get(k) ?? 0;
          if (n <= 0) return true;
          left.set(k, n - 1);
          hidden++;
          return false;
        });
      },
      end: () => {
        const inRun = new Set(linted.map((abs) => this.rel(abs)));
        let stale = 0;
        for (const [k, n] of left) {
          const path = k.slice(0, k.indexOf('\0'));
          if (n > 0 && (inRun.has(path) || (deleted && !existsSync(resolve(dirname(this.file), path))))) stale += n;
        }
        return { hidden, stale };
      },
    };
  }

  /** Records the findings of this run's files; keeps entries of other files that still exist. Sorted, so it diffs well. */
  write(reports: (FileReport & { abs: string })[], linted: string[]): void {
    const inRun = new Set(linted.map((abs) => this.rel(abs)));
    const counts = new Map<string, BaselineEntry>();
    const add = (e: BaselineEntry) => {
      const k = keyOf(e.path, e.rule, e.fingerprint);
      const hit = counts.get(k);
      if (hit) hit.count = (hit.count ?? 1) + (e.count ?? 1);
      else counts.set(k, { ...e });
    };
    for (const e of this.entries) if (!inRun.has(e.path) && existsSync(resolve(dirname(this.file), e.path))) add(e);
    for (const r of reports) for (const f of r.findings) add({ path: this.rel(r.abs), rule: f.rule, fingerprint: f.fingerprint ?? '' });
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const findings = [...counts.values()]
      .sort((a, b) => cmp(a.path, b.path) || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint))
      .map(({ path, rule, fingerprint, count }) => (count && count > 1 ? { path, rule, fingerprint, count } : { path, rule, fingerprint }));
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileAtomic(this.file, `${JSON.stringify({ version: 1, findings } satisfies BaselineFile, null, 2)}\n`);
    } catch (e) {
      throw new UsageError(tc('cli.error.baselineWrite', { name: this.name, reason: why(e) }));
    }
  }
}
