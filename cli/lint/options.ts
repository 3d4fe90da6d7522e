import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { ruleById } from '../../core/rules';
import { didYouMean } from '../../core/suggest';
import type { SeverityOrOff } from '../../core/types';
import { UsageError } from '../config';
import { DEFAULT_CACHE_DIR } from './cache';
import { extractChanged } from './git';
import { type Target, pairTargets } from './outputs';
import { type Shard, parseShard } from './shard';

const SEVERITIES = ['error', 'warning', 'info', 'off'];

/**
 * The default (no --jobs): one thread per core, but each thread warms up its own engine (about
 * as long as linting a few hundred files), so a thread must have enough files to pay for that.
 */
export const AUTO_JOBS_MIN_FILES = 200;
const AUTO_FILES_PER_THREAD = 100;

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
  stdinFilename?: string;
  fix?: 'write' | 'dry-run';
}

export function parseLintArgs(argv: string[], cwd: string): LintArgs {
  const pre = extractChanged(argv, cwd);
  const { values, positionals } = parseArgs({
    args: pre.argv,
    allowPositionals: true,
    options: {
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
      fix: { type: 'boolean', default: false },
      'fix-dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const args: LintArgs = {
    help: values.help,
    paths: positionals,
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
  };
  if (args.help) return args;
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix writes the fixes and --fix-dry-run only shows them: give one of the two.');
  if (args.updateBaseline && !args.baseline) throw new UsageError('--update-baseline needs --baseline FILE: the file to write.');
  if (args.stdinFilename !== undefined && !args.stdin) throw new UsageError('--stdin-filename names standard input: use it with --stdin.');
  if (args.stdin) {
    if (args.paths.length) throw new UsageError(`--stdin lints standard input: give no paths (got ${args.paths[0]}).`);
    const clash = [['--shard', args.shard], ['--changed', args.changed], ['--fix', args.fix === 'write' || undefined]].find(([, v]) => v !== undefined);
    if (clash) throw new UsageError(`--stdin cannot be combined with ${clash[0]}${clash[0] === '--fix' ? ': use --fix-dry-run to see the fixes as a diff' : ''}.`);
  }
  if (args.fix === 'dry-run') {
    const onStdout = args.targets.find((t) => t.output === undefined && t.format !== 'stylish');
    if (onStdout) throw new UsageError(`--fix-dry-run prints diffs on standard output: send the ${onStdout.format} report to a file with -o.`);
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
    throw new UsageError(`${option} takes a whole number${min ? ` of at least ${min}` : ''}, not "${value}".`);
  return Number(value);
}

function parseRules(specs: string[]): Record<string, SeverityOrOff> {
  const out: Record<string, SeverityOrOff> = {};
  for (const spec of specs) {
    const m = /^([^=]+)=(.*)$/.exec(spec);
    if (!m) throw new UsageError(`--rule takes id=severity, e.g. --rule praise-missing=off (got "${spec}").`);
    const [, id, sev] = m as unknown as [string, string, string];
    if (!ruleById.has(id)) {
      const guess = didYouMean(id, [...ruleById.keys()]);
      throw new UsageError(`Unknown rule "${id}" in --rule.${guess ? ` Did you mean "${guess}"?` : ' See `review-yaml rules`.'}`);
    }
    if (!SEVERITIES.includes(sev)) throw new UsageError(`Severity "${sev}" for --rule ${id}: use error, warning, info or off.`);
    out[id] = sev as SeverityOrOff;
  }
  return out;
}
