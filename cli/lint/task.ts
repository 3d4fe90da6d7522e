import { readFileSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import type { LintOptions } from '../../core/engine';
import { type Locale, t } from '../../core/i18n';
import type { DocKind, Finding, SeverityOrOff, UserConfig } from '../../core/types';
import type { FileHost } from '../../core/template';
import { why } from '../errno';
import { tl } from '../locale';
import { nodeHost, readRegularFileStat, slash } from '../host';
import type { ReportedFinding } from '../report';
import { engine } from '../lazy';
import { writeFileAtomic } from './atomic';
import { type CacheEntry, depsUnchanged, entryKey, forgetReads, readHashed, statFor, statUnchanged } from './cache';
import { fingerprints } from './fingerprint';

/** One file to lint: plain data, so that it can be posted to a worker thread. */
export interface LintTask {
  abs: string;
  /** Path shown in diffs: relative to the current folder, with '/'. */
  display: string;
  /** The text, when it does not come from the file (--stdin). */
  text?: string;
  config?: UserConfig;
  /** Templates must lie inside this folder (the repository root). */
  root?: string;
  overrides: Record<string, SeverityOrOff>;
  fix?: 'write' | 'dry-run';
  /** With --cache: the configuration part of the key, and the entry of the previous run. */
  cacheKey?: string;
  /** The language of the findings. */
  locale?: Locale;
  cached?: CacheEntry;
  /** Compute each finding's fingerprint: SARIF, baselines and the cache need them, other outputs do not. */
  fingerprints?: boolean;
}

export interface TaskResult {
  /** null: not one of our files (skipped). */
  kind: DocKind | null;
  findings: ReportedFinding[];
  fixed: number;
  /** --fix-dry-run: the unified diff of the fixes. */
  diff?: string;
  /** --cache: what to store for next time (absent when the entry was reused or cannot be kept). */
  entry?: CacheEntry;
  cacheHit?: boolean;
  /** Why the fixed text could not be written. */
  writeError?: string;
  /** --fix: why the file was left untouched although it has fixes: 'utf8', 'eol', 'changed', or an error's text. Worded by the main thread, which knows the locale. */
  fixSkipped?: string;
}

const UNREADABLE: Finding = {
  rule: 'yaml-syntax',
  severity: 'error',
  message: tl('en', 'cli.unreadable'),
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
};

/** Lints (and with --fix, fixes) one file. Never throws for a problem with the file itself. */
export function lintOne(task: LintTask): TaskResult {
  const cached = task.cached;
  const once = task.fix !== 'write';
  // --cache: an entry still holds when the configuration and the templates are the same and the
  // file is (its size and time, when they can be trusted; else its text's hash). Not under --fix
  // when the entry has fixes to apply.
  const reusable = cached && task.cacheKey && task.text === undefined && (!task.fix || !cached.findings.some((f) => f.fix === 'auto')) ? cached : undefined;
  if (reusable && reusable.config === task.cacheKey && statUnchanged(task.abs, reusable) && depsUnchanged(reusable.deps, once))
    return { kind: reusable.kind, findings: reusable.findings, fixed: 0, cacheHit: true };
  const readAt = Date.now();
  const file = task.text === undefined ? readRegularFileStat(task.abs) : undefined;
  const text = task.text ?? file?.text;
  if (text === undefined) return { kind: 'review', findings: [{ ...UNREADABLE, message: tl(task.locale, 'cli.unreadable'), fingerprint: '' }], fixed: 0 };
  if (reusable && reusable.key === entryKey(task.cacheKey!, text) && depsUnchanged(reusable.deps, once)) {
    // Same text under a new time (a fresh checkout): record the time, so the next run need not read it.
    const stat = statFor(file!, readAt);
    const entry = stat ? { ...reusable, stat, config: task.cacheKey! } : undefined;
    return { kind: reusable.kind, findings: reusable.findings, fixed: 0, cacheHit: true, ...(entry ? { entry } : {}) };
  }

  const deps: Record<string, string | null> = {};
  const host = recording(task.root, deps, once);
  const options: LintOptions = { path: slash(task.abs), config: task.config, overrides: task.overrides, host, locale: task.locale };
  const { lint } = engine();
  let result = lint(text, options);
  let final = text;
  let fixed = 0;
  let diff: string | undefined;
  let writeError: string | undefined;
  let fixSkipped: string | undefined;
  let bytes: Buffer | undefined;
  if (task.fix === 'write' && task.text === undefined && result.kind !== null && result.findings.some((f) => f.fix === 'auto')) {
    // Only a file written back byte for byte outside the fixes is touched (see keepable).
    ({ bytes, problem: fixSkipped } = keepable(task.abs, text));
  }
  if (task.fix && !fixSkipped && result.kind !== null && result.findings.some((f) => f.fix === 'auto')) {
    const out = engine().fixAll(text, options);
    if (out.text !== text) {
      fixed = out.fixed.length;
      final = out.text;
      result = lint(final, options);
      if (task.fix === 'dry-run') diff = unifiedDiff(task.display, text, final);
      else
        try {
          // An editor may have saved the file meanwhile: its text wins, the fixes wait for the next run.
          if (bytes && !readFileSync(task.abs).equals(bytes)) fixSkipped = 'changed';
          else writeFileAtomic(task.abs, final);
        } catch (e) {
          writeError = why(e);
        }
        if (fixSkipped) {
          fixed = 0;
          final = text;
          result = lint(text, options);
        }
    }
  }
  const fps = task.fingerprints || task.cacheKey ? fingerprints(final, result.findings) : undefined;
  const findings: ReportedFinding[] = result.findings.map((f, i) => plain(f, fps?.[i]));
  const keep = task.cacheKey && task.text === undefined && !diff && !writeError && !fixSkipped;
  // The file's time is recorded only when it was not rewritten: a fixed file is checked by content next time.
  const stat = keep && final === text ? statFor(file!, readAt) : undefined;
  const entry = keep ? { key: entryKey(task.cacheKey!, final), deps, kind: result.kind, findings, config: task.cacheKey!, ...(stat ? { stat } : {}) } : undefined;
  return { kind: result.kind, findings, fixed, ...(diff ? { diff } : {}), ...(entry ? { entry } : {}), ...(writeError ? { writeError } : {}), ...(fixSkipped ? { fixSkipped } : {}) };
}

/**
 * The file's bytes, and why fixing it would change more than the fixes: bytes that are not UTF-8
 * (read as U+FFFD, they would be written back changed) or line endings of more than one kind
 * (the fixes' new lines could match only one of them). A BOM and CRLF throughout are kept.
 */
function keepable(path: string, text: string): { bytes?: Buffer; problem?: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { problem: why(e) };
  }
  if (!Buffer.from(text, 'utf8').equals(bytes)) return { bytes, problem: 'utf8' };
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  const cr = text.split('\r').length - 1 - crlf;
  if (cr || (crlf && lf)) return { bytes, problem: 'eol' };
  return { bytes };
}

/**
 * The file system as the engine sees it, noting every file read (a template) and the hash of
 * what it read, for the cache; with `once`, each file is read, hashed and its real path resolved
 * once a run (see readHashed).
 */
function recording(root: string | undefined, deps: Record<string, string | null>, once: boolean): FileHost {
  const host = nodeHost(root);
  return {
    root: host.root,
    readFile: (path) => {
      const read = readHashed(path, once);
      deps[path] = read.hash;
      return read.text;
    },
    realPath: (path) => {
      let real = once ? reals.get(path) : undefined;
      if (real === undefined) real = host.realPath!(path);
      if (once) reals.set(path, real);
      return real;
    },
  };
}
const reals = new Map<string, string>();

/** A new run reads every template afresh. */
export function newRun(): void {
  forgetReads();
  reals.clear();
}

/** Only the data of a finding (no functions), so it can cross to the main thread and into the cache. */
function plain(f: Finding, fingerprint: string | undefined): ReportedFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: f.range,
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.related?.length ? { related: f.related } : {}),
    ...(fingerprint === undefined ? {} : { fingerprint }),
  };
}

function unifiedDiff(path: string, before: string, after: string): string {
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, '', '', { context: 3 });
  return patch.replace(/^=+\n/, '');
}
