import { createTwoFilesPatch } from 'diff';
import type { LintOptions } from '../../core/engine';
import type { Locale } from '../../core/i18n';
import { type Rule, describeRule } from '../../core/rule';
import type { DocKind, Finding, SeverityOrOff, UserConfig } from '../../core/types';
import type { FileHost } from '../../core/template';
import type { ReviewFacts } from '../../core/calibration/facts';
import { why } from '../errno';
import { tl } from '../locale';
import { type Checked, nodeHost, readChecked, slash } from '../../node/host';
import type { ReportedFinding } from '../report';
import { engine } from '../lazy';
import { WriteRefused, writeFileAtomic } from '../../node/atomic';
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
  /** Where `config` was read from: its `plugins` are resolved from there. */
  configPath?: string;
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
  /** For the calibration report: return the review's facts (no free text) instead of its findings. */
  facts?: boolean;
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
  /** The ids of the rules beyond the built-ins that the lint knew (a plugin's, house rules): --rule may name them. */
  extraRules?: string[];
  /** With LintTask.facts, for a review: what the calibration report keeps of it. */
  facts?: ReviewFacts;
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
  const read: Checked | undefined = task.text === undefined ? readChecked(task.abs) : undefined;
  const file = read && 'bytes' in read ? { text: read.bytes.toString('utf8'), size: read.stat.size, mtimeMs: read.stat.mtimeMs } : undefined;
  const text = task.text ?? file?.text;
  if (text === undefined) {
    const key = read && 'problem' in read && read.problem === 'tooLarge' ? 'cli.tooLarge' : 'cli.unreadable';
    return { kind: 'review', findings: [{ ...UNREADABLE, message: tl(task.locale, key), fingerprint: '' }], fixed: 0 };
  }
  // A file that is not UTF-8 is never skipped in silence: UTF-16 is reported unread (decoded as
  // UTF-8 it would be noise), other bytes are reported and the rest of the text is linted.
  const encoding = read && 'bytes' in read ? encodingProblem(read.bytes, text) : undefined;
  if (encoding?.utf16) return { kind: 'review', findings: [{ ...UNREADABLE, message: tl(task.locale, 'cli.encoding.utf16'), fingerprint: '' }], fixed: 0 };
  if (reusable && reusable.key === entryKey(task.cacheKey!, text) && depsUnchanged(reusable.deps, once)) {
    // Same text under a new time (a fresh checkout): record the time, so the next run need not read it.
    const stat = statFor(file!, readAt);
    const entry = stat ? { ...reusable, stat, config: task.cacheKey! } : undefined;
    return { kind: reusable.kind, findings: reusable.findings, fixed: 0, cacheHit: true, ...(entry ? { entry } : {}) };
  }

  const deps: Record<string, string | null> = {};
  // Without --cache nothing records what the file rested on: no template is hashed.
  const host = recording(task.root, task.cacheKey ? deps : undefined, once);
  const { lint, loadPlugins, ruleById } = engine();
  builtinIds ??= new Set(ruleById.keys());
  const plugins = task.configPath ? task.config?.plugins?.filter((p): p is string => typeof p === 'string') : undefined;
  const rules = plugins?.length ? loadPlugins(task.configPath!, plugins).rules : undefined;
  const options: LintOptions = { path: slash(task.abs), config: task.config, overrides: task.overrides, host, locale: task.locale, ...(rules ? { rules } : {}) };
  let result = lint(text, options);
  if (task.facts) {
    const facts = result.kind === 'review' && result.review ? engine().reviewFacts(result.review, result.template, result.findings, result.parsed) : undefined;
    return { kind: result.kind, findings: [], fixed: 0, ...(facts ? { facts } : {}) };
  }
  let final = text;
  let fixed = 0;
  let diff: string | undefined;
  let writeError: string | undefined;
  let fixSkipped: string | undefined;
  let bytes: Buffer | undefined;
  if (task.fix === 'write' && task.text === undefined && result.kind !== null && result.findings.some((f) => f.fix === 'auto')) {
    // Only a file written back byte for byte outside the fixes is touched (see keepable).
    ({ bytes, problem: fixSkipped } = keepable((read as { bytes: Buffer }).bytes, text));
  }
  if (task.fix && !fixSkipped && result.kind !== null && result.findings.some((f) => f.fix === 'auto')) {
    const out = engine().fixAll(text, options, undefined, result);
    if (out.text !== text) {
      fixed = out.fixed.length;
      final = out.text;
      result = out.result;
      if (task.fix === 'dry-run') diff = unifiedDiff(task.display, text, final);
      else
        try {
          // An editor may save the file meanwhile: the writer checks, just before its rename, that
          // the file is still what was read; if not, its text wins and the fixes wait for the next run.
          const expect = bytes && read && 'stat' in read ? { bytes, stat: read.stat } : undefined;
          writeFileAtomic(task.abs, final, { expect });
        } catch (e) {
          if (e instanceof WriteRefused && e.code === 'ECHANGED') fixSkipped = 'changed';
          else if (e instanceof WriteRefused) fixSkipped = e.code;
          else writeError = why(e);
        }
        if (fixSkipped) {
          fixed = 0;
          final = text;
          result = lint(text, options);
        }
    }
  }
  // A missing top-level section is shown on the first line but recognised by its `kind:` line, as
  // before it moved there: baselines keep hiding it, and a comment added above does not unhide it.
  const moved = (f: Finding) => (result.missing?.get(f)?.length === 1 ? engine().kindLine(result.parsed) : undefined);
  const fps = task.fingerprints || task.cacheKey ? fingerprints(final, result.findings, moved) : undefined;
  const findings: ReportedFinding[] = result.findings.map((f, i) => plain(f, fps?.[i], result.rules.get(f.rule)));
  if (encoding?.line !== undefined) {
    const at = { line: encoding.line, character: 0 };
    findings.unshift({ ...UNREADABLE, range: { start: at, end: at }, message: tl(task.locale, 'cli.encoding.invalid', { line: encoding.line + 1 }), fingerprint: '' });
  }
  const keep = task.cacheKey && task.text === undefined && !diff && !writeError && !fixSkipped;
  // The file's time is recorded only when it was not rewritten: a fixed file is checked by content next time.
  const stat = keep && final === text ? statFor(file!, readAt) : undefined;
  const entry = keep ? { key: entryKey(task.cacheKey!, final), deps, kind: result.kind, findings, config: task.cacheKey!, ...(stat ? { stat } : {}) } : undefined;
  const extra = [...result.rules.ids].filter((id) => !builtinIds!.has(id));
  return { kind: result.kind, findings, fixed, ...(extra.length ? { extraRules: extra } : {}), ...(diff ? { diff } : {}), ...(entry ? { entry } : {}), ...(writeError ? { writeError } : {}), ...(fixSkipped ? { fixSkipped } : {}) };
}

/** UTF-16 (a byte-order mark, or NUL bytes), or the 0-based line of the first byte that is not UTF-8. */
function encodingProblem(bytes: Buffer, text: string): { utf16?: true; line?: number } | undefined {
  const head = bytes.subarray(0, 2);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || bytes.subarray(0, 4096).includes(0)) return { utf16: true };
  const bad = text.indexOf('\uFFFD');
  if (bad < 0 || Buffer.from(text, 'utf8').equals(bytes)) return undefined;
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < bad; i = text.indexOf('\n', i + 1)) line++;
  return { line };
}

/**
 * The file's bytes, and why fixing it would change more than the fixes: bytes that are not UTF-8
 * (read as U+FFFD, they would be written back changed) or line endings of more than one kind
 * (the fixes' new lines could match only one of them). A BOM and CRLF throughout are kept.
 */
function keepable(bytes: Buffer, text: string): { bytes?: Buffer; problem?: string } {
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
function recording(root: string | undefined, deps: Record<string, string | null> | undefined, once: boolean): FileHost {
  const host = nodeHost(root);
  return {
    root: host.root,
    readFile: (path) => {
      const read = readHashed(path, once);
      if (deps) deps[path] = read.hash;
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
let builtinIds: Set<string> | undefined;

/** A new run reads every template afresh. */
export function newRun(): void {
  forgetReads();
  reals.clear();
}

/** Only the data of a finding (no functions), so it can cross to the main thread and into the cache. */
function plain(f: Finding, fingerprint: string | undefined, rule: Rule | undefined): ReportedFinding {
  // A rule not shipped with Review YAML travels with its findings, so SARIF can describe it.
  const descriptor = rule && rule.meta.origin !== 'review-yaml' ? describeRule(rule) : undefined;
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: f.range,
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.related?.length ? { related: f.related } : {}),
    ...(fingerprint === undefined ? {} : { fingerprint }),
    ...(descriptor ? { descriptor } : {}),
  };
}

function unifiedDiff(path: string, before: string, after: string): string {
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, '', '', { context: 3 });
  return patch.replace(/^=+\n/, '');
}
