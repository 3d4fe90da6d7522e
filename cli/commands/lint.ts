import type { CliKey } from '../i18n';
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { type Locale, localeFromEnv, parseLocale } from '../../core/i18n';
import { ConfigFinder, UsageError, checkPlugins, loadConfig, repoRoot, templateRoot } from '../../node/config';
import { selectFiles } from '../files';
import { slash } from '../../node/host';
import { cliConfig, tc, tcn } from '../locale';
import { Baseline } from '../lint/baseline';
import { LintCache, configKey } from '../lint/cache';
import { affectedFiles } from '../lint/affected';
import { changedFiles } from '../lint/git';
import { type LintArgs, jobsFor, parseLintArgs } from '../lint/options';
import { ReportOutput } from '../lint/outputs';
import type { ReportTail } from '../formatters/writer';
import { sameFile } from '../../node/atomic';
import { Workers, runTasks } from '../lint/pool';
import { selectShard } from '../lint/shard';
import type { LintTask, TaskResult } from '../lint/task';
import { engine, shortRunAhead } from '../lazy';
import { didYouMean } from '../../core/suggest';
import { type FileReport, Tally } from '../report';

type Io = { cwd: string; stdout: NodeJS.WritableStream & { isTTY?: boolean }; stderr?: NodeJS.WritableStream; stdin?: NodeJS.ReadableStream };

// process.stdin is read only with --stdin (run() falls back to it): opening it costs a run that does not.
// The standard streams are taken when first written to (cli/stdio.ts): most runs write nothing to standard error.
const processIo = (): Io => ({
  cwd: process.cwd(),
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
});

export async function lint(argv: string[], io: Io = processIo()): Promise<number> {
  const cwd = io.cwd;
  const args = parseLintArgs(argv, cwd);
  if (args.help) {
    io.stdout.write(`${tc('cli.help.lint')}\n`);
    return 0;
  }
  // Worker threads asked for start now, and load while the files are found; however the run
  // ends, none is left behind.
  const early = args.jobs !== undefined && args.jobs >= 2 && !args.stdin ? new Workers(args.jobs) : undefined;
  try {
    return await run(args, io, early);
  } finally {
    early?.stop();
  }
}

async function run(args: LintArgs, io: Io, early: Workers | undefined): Promise<number> {
  const cwd = io.cwd;
  // Opened first: it may answer the configurations' checks (and the run's locale) without the engine.
  const cache = args.cache !== undefined && !args.stdin ? new LintCache(resolve(cwd, args.cache)) : undefined;
  const configs = new ConfigFinder(cliConfig, args.config ? loadConfig(resolve(cwd, args.config), cliConfig) : undefined);
  const baseline = args.baseline ? Baseline.load(resolve(cwd, args.baseline), args.baseline, args.updateBaseline) : undefined;
  const files = args.stdin ? [resolve(cwd, args.stdinFilename ?? '<stdin>')] : selectedFiles(args, cwd, configs);
  for (const t of args.targets)
    if (t.output !== undefined && files.some((f) => sameFile(f, resolve(cwd, t.output!)))) throw new UsageError(tc('cli.error.outputIsInput', { path: t.output }));
  const stdinText = args.stdin ? await readAll(io.stdin ?? process.stdin) : undefined;

  const rootOf = memo((dir: string) => repoRoot(dir));
  // One configuration key per configuration file, template root and locale, not one per file.
  const keys = new Map<string, string>();
  let envLocale: Locale | undefined;
  const fingerprints = !!baseline || args.targets.some((t) => t.format === 'sarif');
  const tasks: LintTask[] = files.map((abs) => {
    const cfg = configs.forFile(abs);
    checkPlugins(cfg, cliConfig);
    const root = templateRoot(abs, cwd, rootOf);
    // --locale, else the file's .reviewrc.yaml, else the environment.
    const locale = args.locale ?? parseLocale(cfg?.config?.locale) ?? (envLocale ??= localeFromEnv(process.env));
    const task: LintTask = { abs, display: displayPath(cwd, abs), config: cfg?.config, configPath: cfg?.path, root, overrides: args.overrides, fix: args.fix, text: stdinText, locale, fingerprints };
    if (cache) {
      const id = `${cfg?.path ?? ''}\0${root ?? ''}\0${locale}`;
      let key = keys.get(id);
      if (key === undefined) keys.set(id, (key = configKey({ config: cfg?.config ?? null, at: cfg?.path ?? null, root, overrides: args.overrides, ...(locale === 'en' ? {} : { locale }), ...pluginCode(cfg) })));
      task.cacheKey = key;
    }
    return task;
  });

  if (tasks.length === 1 && small(tasks[0]!)) shortRunAhead();

  // The reports are written while the files are linted, unless something must be known of every
  // file first: a fix that cannot be written stops the run, and a dry run's diffs come before the
  // report (--fix, --fix-dry-run); --update-baseline records every file before hiding; an id of a
  // plugin's or house rule in --rule is checked once every file's rules are known.
  // The engine's rule list only when --rule names a rule: an unchanged --cache run need not load it.
  const holdAll = !!args.fix || args.updateBaseline || Object.keys(args.overrides).some((id) => !engine().ruleById.has(id));
  const repo = repoRoot(cwd) ?? cwd;
  const skipped: string[] = [];
  const tally = new Tally();
  let fixed = 0;
  let hide: ReturnType<Baseline['hider']> | undefined;
  let out: ReportOutput | undefined;
  const deleted = !args.shard && !args.stdin;
  const take = (r: TaskResult, i: number): Linted | undefined => {
    const { abs } = tasks[i]!;
    const path = args.stdin && args.stdinFilename === undefined ? '<stdin>' : tasks[i]!.display;
    if (r.writeError) throw new UsageError(tc('cli.error.writeFixes', { path, reason: r.writeError }));
    if (r.fixSkipped) {
      const why = ['utf8', 'eol', 'changed', 'EREADONLY', 'EHARDLINK', 'EOWNER', 'ENOTREG'].includes(r.fixSkipped) ? tc(`cli.fixSkipped.${r.fixSkipped}` as CliKey) : r.fixSkipped;
      (io.stderr ?? process.stderr).write(`${tc('cli.fixSkipped', { path, why })}\n`);
    }
    if (r.entry) cache?.set(abs, r.entry);
    fixed += r.fixed;
    if (r.kind === null) {
      skipped.push(path);
      return undefined;
    }
    return { abs, path, kind: r.kind, findings: r.findings, repoPath: under(repo, abs) || path };
  };
  // Only what is shown is handed on: the baseline's and --quiet's findings are dropped here.
  const show = ({ abs, ...r }: Linted) => {
    const kept = hide ? hide.file(abs, r.findings) : r.findings;
    const file: FileReport = { ...r, findings: args.quiet ? kept.filter((f) => f.severity === 'error') : kept };
    tally.add(file);
    out!.file(file);
  };

  try {
    const jobs = jobsFor(args, tasks.length);
    // Each file's cache entry is read when its turn comes (or when the tasks go to the threads),
    // not all here: each is then dropped once its file is reported, not held to the run's end.
    const withEntry = cache ? (t: LintTask): LintTask => (t.cacheKey === undefined ? t : { ...t, cached: cache.get(t.abs) }) : undefined;
    if (holdAll) {
      const results = await runTasks(tasks, jobs, early, undefined, withEntry);
      checkRuleIds(args.overrides, results);
      const reports = results.map(take).filter((r): r is Linted => r !== undefined);
      if (baseline) {
        const used = args.updateBaseline ? (baseline.write(reports, files), Baseline.load(baseline.file, baseline.name, false)) : baseline;
        hide = used.hider(files, deleted);
      }
      if (args.fix === 'dry-run') for (const r of results) if (r.diff) io.stdout.write(r.diff);
      out = new ReportOutput(args.targets, io);
      reports.forEach(show);
    } else {
      hide = baseline?.hider(files, deleted);
      out = new ReportOutput(args.targets, io);
      await runTasks(
        tasks,
        jobs,
        early,
        inOrder((r, i) => {
          const linted = take(r, i);
          if (linted) show(linted);
        }),
        withEntry,
      );
    }
  } catch (e) {
    out?.abort();
    throw e;
  }
  const cacheProblem = cache?.save();
  // Known once every entry the run read (and the save kept) was decoded.
  if (cache?.discarded) (io.stderr ?? process.stderr).write(`${tc('cli.warning.cacheDiscarded', { dir: String(args.cache) })}\n`);
  if (cacheProblem) (io.stderr ?? process.stderr).write(`${tc('cli.warning.cache', { dir: String(args.cache), reason: cacheProblem })}\n`);

  const summary = tally.summary;
  if (hide) summary.baseline = hide.end();
  if (args.fix) summary.fixed = fixed;
  const report: ReportTail = { skipped, summary, ...(args.fix ? { dryRun: args.fix === 'dry-run' } : {}) };
  out.end(report);

  // Files were given or found, yet none is ours: the report says which, and the run does not pass.
  if (args.errorOnUnmatched && !args.stdin && summary.files === 0 && skipped.length > 0) {
    (io.stderr ?? process.stderr).write(`${tc('cli.error.prefix', { line: tcn('cli.error.nothingLinted', skipped.length, { path: skipped[0]! }) })}\n`);
    return 2;
  }
  const { errors, warnings } = summary;
  return errors > 0 || (args.maxWarnings !== undefined && warnings > args.maxWarnings) ? 1 : 0;
}

/** The hash of a configuration's plugins' code, for the cache key (none without plugins). */
function pluginCode(cfg: { path: string; config: { plugins?: unknown } } | null | undefined): { plugins?: string } {
  const plugins = Array.isArray(cfg?.config.plugins) ? cfg.config.plugins.filter((p): p is string => typeof p === 'string') : [];
  return cfg && plugins.length ? { plugins: engine().loadPlugins(cfg.path, plugins).code } : {};
}

/**
 * A namespaced --rule id (a plugin's or a house rule's) must be a rule some file's lint knew: from
 * a plugin or `custom_rules` of its .reviewrc.yaml, or `custom_rules` of its template. A file
 * answered from the cache was linted with the same --rule before, so its ids were known then.
 */
function checkRuleIds(overrides: Record<string, unknown>, results: TaskResult[]): void {
  if (!Object.keys(overrides).length) return; // nothing to check: the engine need not be loaded
  const { ruleById } = engine();
  const unknown = Object.keys(overrides).filter((id) => !ruleById.has(id));
  if (!unknown.length || results.some((r) => r.cacheHit)) return;
  const known = new Set(results.flatMap((r) => r.extraRules ?? []));
  for (const id of unknown) {
    if (known.has(id)) continue;
    const guess = didYouMean(id, [...ruleById.keys(), ...known]);
    throw new UsageError(guess ? tc('cli.error.unknownRule', { id, guess }) : tc('cli.error.unknownRule.list', { id }));
  }
}

/** The command line's files, narrowed by --changed (with the files affected by what changed), then by --shard. */
function selectedFiles(args: LintArgs, cwd: string, configs: ConfigFinder): string[] {
  const changed = args.changed === undefined ? undefined : changedFiles(cwd, args.changed);
  let { files } = selectFiles(args.paths, { cwd, ignore: args.ignore, configs, errorOnUnmatched: args.errorOnUnmatched });
  if (changed) files = affectedFiles(files, changed, args.config === undefined ? undefined : resolve(cwd, args.config));
  return selectShard(files, args.shard);
}

/**
 * Whether the one file of a run is small enough that V8's background work would not pay off
 * before the run ends (node/heap.ts shortRun): a long review, like many reviews, is linted as a long run.
 */
function small(task: LintTask): boolean {
  const size = task.text === undefined ? statSync(task.abs, { throwIfNoEntry: false })?.size : task.text.length;
  return size !== undefined && size <= SHORT_RUN_BYTES;
}
const SHORT_RUN_BYTES = 32 * 1024;

type Linted = FileReport & { abs: string };

/** Hands results on in the tasks' order, whatever order the threads finish them in. */
function inOrder<T>(f: (x: T, i: number) => void): (x: T, i: number) => void {
  const waiting = new Map<number, T>();
  let next = 0;
  return (x, i) => {
    waiting.set(i, x);
    for (let y = waiting.get(next); y !== undefined; y = waiting.get(next)) {
      waiting.delete(next);
      f(y, next++);
    }
  };
}


const displayPath = (cwd: string, abs: string) => under(cwd, abs) || abs;

/** A `.` or `..` segment, or an empty one: a path that path.relative would first normalise. (A folder such as `.cache` is plain.) */
const DOTS_OR_EMPTY = /\/\.{0,2}(?:\/|$)/;

/**
 * `abs` relative to `base`, with '/'. A plain path inside `base` (the usual case: thousands of
 * reviews under the current folder) is a slice of it; anything else goes through path.relative,
 * which resolves both paths again for every file.
 */
function under(base: string, abs: string): string {
  const prefix = base.endsWith(sep) ? base : base + sep;
  if (sep === '/' && abs.startsWith(prefix) && !DOTS_OR_EMPTY.test(abs.slice(prefix.length - 1))) return abs.slice(prefix.length);
  return slash(relative(base, abs));
}

function memo<T>(f: (k: string) => T): (k: string) => T {
  const seen = new Map<string, T>();
  return (k) => {
    if (!seen.has(k)) seen.set(k, f(k));
    return seen.get(k)!;
  };
}

function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer | string) => chunks.push(typeof c === 'string' ? Buffer.from(c) : c));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}
