import { availableParallelism } from 'node:os';
import { didYouMean } from '../../core/suggest';
import { engine } from '../lazy';
import type { SeverityOrOff } from '../../core/types';
import { type Locale, parseLocale } from '../../core/i18n';
import { UsageError } from '../../node/config';
import { tc } from '../locale';
import { DEFAULT_CACHE_DIR } from './cache';
import { parseCommand } from '../args';
import { extractChanged } from './git';
import { type Target, pairTargets } from './outputs';
import { type Shard, parseShard } from './shard';

const SEVERITIES = ['error', 'warning', 'info', 'off'];

/**
 * The default (no --jobs): one thread per core, but each worker thread starts and warms up its
 * own engine, and one thread already keeps V8's helper threads busy on a second core (2.35 s of
 * CPU in 1.68 s). On 2 cores, two threads (this one and a worker) break even with one at about
 * 2,000 files of the bench corpus (500: 0.68 s against 0.58 s; 2,000: 1.51 against 1.56; 4,000:
 * 2.42 against 2.79; 8,000: 3.73 against 4.89), so a thread must have about 1,500 files to pay
 * for itself.
 */
export const AUTO_JOBS_MIN_FILES = 3000;
const AUTO_FILES_PER_THREAD = 1500;

export interface LintArgs {
  help: boolean;
  paths: string[];
  targets: Target[];
  config?: string;
  overrides: Record<string, SeverityOrOff>;
  ignore: string[];
  maxWarnings?: number;
  quiet: boolean;
  baseline?: string;
  updateBaseline: boolean;
  /** undefined: decide by the number of files (see AUTO_JOBS_MIN_FILES). */
  jobs?: number;
  shard?: Shard;
  cache?: string;
  changed?: string;
  stdin: boolean;
  /** False with --no-error-on-unmatched: a path, glob or folder that yields no review is not an error. */
  errorOnUnmatched: boolean;
  stdinFilename?: string;
  /** --locale: the language of messages, over .reviewrc.yaml and the environment. */
  locale?: Locale;
  fix?: 'write' | 'dry-run';
}

export function parseLintArgs(argv: string[], cwd: string): LintArgs {
  const pre = extractChanged(argv, cwd);
  const { values, positionals } = parseCommand('lint', pre.argv, {
      format: { type: 'string', multiple: true, default: [] },
      output: { type: 'string', short: 'o', multiple: true, default: [] },
      config: { type: 'string' },
      rule: { type: 'string', multiple: true, default: [] },
      ignore: { type: 'string', multiple: true, default: [] },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      baseline: { type: 'string' },
      'update-baseline': { type: 'boolean', default: false },
      jobs: { type: 'string' },
      shard: { type: 'string' },
      cache: { type: 'boolean', default: false },
      'cache-location': { type: 'string' },
      stdin: { type: 'boolean', default: false },
      'stdin-filename': { type: 'string' },
      locale: { type: 'string' },
      fix: { type: 'boolean', default: false },
      'fix-dry-run': { type: 'boolean', default: false },
      'no-error-on-unmatched': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
  });
  const args: LintArgs = {
    help: values.help,
    paths: positionals,
    errorOnUnmatched: !values['no-error-on-unmatched'],
    targets: pairTargets(values.format, values.output),
    config: values.config,
    overrides: parseRules(values.rule),
    ignore: values.ignore,
    maxWarnings: wholeNumber('--max-warnings', values['max-warnings'], 0),
    quiet: values.quiet,
    baseline: values.baseline,
    updateBaseline: values['update-baseline'],
    jobs: wholeNumber('--jobs', values.jobs, 1),
    shard: parseShard(values.shard),
    cache: values.cache || values['cache-location'] !== undefined ? (values['cache-location'] ?? DEFAULT_CACHE_DIR) : undefined,
    changed: pre.changed,
    stdin: values.stdin,
    stdinFilename: values['stdin-filename'],
    fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined,
    locale: localeOption(values.locale),
  };
  if (args.help) return args;
  if (values.fix && values['fix-dry-run']) throw new UsageError(tc('cli.error.fixBoth'));
  if (args.updateBaseline && !args.baseline) throw new UsageError(tc('cli.error.updateBaseline'));
  if (args.stdinFilename !== undefined && !args.stdin) throw new UsageError(tc('cli.error.stdinFilename'));
  if (args.stdin) {
    if (args.paths.length) throw new UsageError(tc('cli.error.stdinPaths', { path: args.paths[0]! }));
    const clash = [['--shard', args.shard], ['--changed', args.changed], ['--fix', args.fix === 'write' || undefined]].find(([, v]) => v !== undefined);
    if (clash) throw new UsageError(clash[0] === '--fix' ? tc('cli.error.stdinFix') : tc('cli.error.stdinClash', { option: String(clash[0]) }));
  }
  if (args.fix === 'dry-run') {
    const onStdout = args.targets.find((t) => t.output === undefined && t.format !== 'stylish');
    if (onStdout) throw new UsageError(tc('cli.error.dryRunStdout', { format: onStdout.format }));
  }
  return args;
}

/** The worker threads to use for this many files. */
export function jobsFor(args: LintArgs, files: number): number {
  if (args.jobs !== undefined) return args.jobs;
  if (files < AUTO_JOBS_MIN_FILES) return 1;
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / AUTO_FILES_PER_THREAD)));
}

function wholeNumber(option: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new UsageError(tc(min ? 'cli.error.wholeNumberMin' : 'cli.error.wholeNumber', { option, min, value }));
  return Number(value);
}

function localeOption(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  const locale = parseLocale(value);
  if (!locale) throw new UsageError(tc('cli.error.locale', { value }));
  return locale;
}

const NAMESPACED = /^[^/\s]+\/[^/\s]+$/;

function parseRules(specs: string[]): Record<string, SeverityOrOff> {
  const out: Record<string, SeverityOrOff> = {};
  for (const spec of specs) {
    const m = /^([^=]+)=(.*)$/.exec(spec);
    if (!m) throw new UsageError(tc('cli.error.ruleSpec', { spec }));
    const [, id, sev] = m as unknown as [string, string, string];
    const { ruleById } = engine();
    // A namespaced id (`acme/…`) is a plugin's or a house rule's: known once the files' configurations
    // and templates are read (checked after the lint, see cli/commands/lint.ts).
    if (!ruleById.has(id) && !NAMESPACED.test(id)) {
      const guess = didYouMean(id, [...ruleById.keys()]);
      throw new UsageError(guess ? tc('cli.error.unknownRule', { id, guess }) : tc('cli.error.unknownRule.list', { id }));
    }
    if (!SEVERITIES.includes(sev)) throw new UsageError(tc('cli.error.severity', { severity: sev, id }));
    out[id] = sev as SeverityOrOff;
  }
  return out;
}
