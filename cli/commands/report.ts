import { mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseLocale } from '../../core/i18n';
import type { ReportOptions } from '../../core/calibration/aggregate';
import { ConfigFinder, UsageError, checkPlugins, loadConfig, repoRoot, templateRoot } from '../../node/config';
import { slash } from '../../node/host';
import { parseCommand } from '../args';
import { why } from '../errno';
import { selectFiles } from '../files';
import { engine } from '../lazy';
import { cliConfig, cliLocale, tc, tcn } from '../locale';
import { sameFile, writeFileAtomic } from '../lint/atomic';
import { runTasks } from '../lint/pool';
import type { LintTask } from '../lint/task';

type Io = { cwd: string; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

const FORMATS = ['html', 'json', 'csv'] as const;
const TYPES = ['plan', 'coaching', 'appraisal', 'probation', 'pip'];

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  format: { type: 'string' },
  locale: { type: 'string' },
  period: { type: 'string' },
  type: { type: 'string' },
  template: { type: 'string' },
  department: { type: 'string' },
  config: { type: 'string' },
  ignore: { type: 'string', multiple: true },
  jobs: { type: 'string' },
  'min-group': { type: 'string' },
  'with-names': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `review-yaml report [paths…]`: the same files lint would read, each linted once and folded into
 * the cycle's figures as it comes (nothing of a file is kept but its facts' share of the sums).
 */
export async function report(argv: string[], io: Io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const { values: v, positionals } = parseCommand('report', argv, OPTIONS);
  if (v.help) {
    io.stdout.write(`${tc('cli.help.report')}\n`);
    return 0;
  }
  const cwd = io.cwd;
  const format = v.format ?? 'html';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(tc('cli.report.unknownFormat', { format }));
  if (v.locale !== undefined && !parseLocale(v.locale)) throw new UsageError(tc('cli.error.locale', { value: v.locale }));
  if (v.type !== undefined && !TYPES.includes(v.type)) throw new UsageError(tc('cli.report.type', { value: v.type }));
  if (v.period !== undefined && !/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(v.period)) throw new UsageError(tc('cli.report.period', { value: v.period }));
  const minGroup = v['min-group'] === undefined ? undefined : Number(v['min-group']);
  if (minGroup !== undefined && (!/^\d+$/.test(v['min-group']!) || minGroup < 3)) throw new UsageError(tc('cli.report.minGroup', { value: v['min-group']! }));
  const jobs = v.jobs === undefined ? 1 : Number(v.jobs);
  if (!/^\d+$/.test(v.jobs ?? '1') || jobs < 1) throw new UsageError(tc('cli.error.wholeNumberMin', { option: '--jobs', min: 1, value: v.jobs! }));

  const configs = new ConfigFinder(cliConfig, v.config ? loadConfig(resolve(cwd, v.config), cliConfig) : undefined);
  const { files } = selectFiles(positionals, { cwd, ignore: v.ignore ?? [], configs });
  const output = v.output === undefined ? undefined : resolve(cwd, v.output);
  if (output !== undefined && files.some((f) => sameFile(f, output))) throw new UsageError(tc('cli.error.outputIsInput', { path: v.output! }));

  const rootOf = memo((dir: string) => repoRoot(dir));
  const tasks: LintTask[] = files.map((abs) => {
    const cfg = configs.forFile(abs);
    checkPlugins(cfg, cliConfig);
    // Only rule ids reach the report, so the findings' language does not matter.
    return { abs, display: display(cwd, abs), config: cfg?.config, configPath: cfg?.path, root: templateRoot(abs, cwd, rootOf), overrides: {}, locale: 'en', facts: true };
  });

  const filters: ReportOptions['filters'] = {};
  for (const k of ['period', 'type', 'template', 'department'] as const) if (v[k] !== undefined) filters[k] = v[k];
  const { CalibrationAggregator, renderCalibrationHtml, reportCsv, reportJson } = engine();
  const aggregator = new CalibrationAggregator({ filters, withNames: v['with-names'] === true, ...(minGroup !== undefined ? { minGroup } : {}) });
  const unread: string[] = [];
  await runTasks(tasks, jobs, undefined, (r, i) => {
    if (r.facts) aggregator.add(r.facts, tasks[i]!.display);
    else if (r.kind === 'review') unread.push(tasks[i]!.display);
  });
  const result = aggregator.report();
  if (unread.length) io.stderr.write(`${tcn('cli.report.unread', unread.length, { path: unread.sort()[0]! })}\n`);
  if (result.read === 0) throw new UsageError(tc('cli.report.noReviews'));
  if (result.reviews === 0) io.stderr.write(`${tc('cli.report.empty', { n: result.read })}\n`);

  const locale = parseLocale(v.locale) ?? cliLocale();
  // An action item links to its file relative to where the page is written.
  const base = output === undefined ? cwd : dirname(output);
  const href = (path: string) => encodeURI(slash(relative(base, resolve(cwd, path))));
  const text = format === 'json' ? reportJson(result) : format === 'csv' ? reportCsv(result) : renderCalibrationHtml(result, { locale, href });
  if (output === undefined) {
    io.stdout.write(text);
    return 0;
  }
  try {
    mkdirSync(dirname(output), { recursive: true });
    writeFileAtomic(output, text);
  } catch (e) {
    throw new UsageError(tc('cli.error.cannotWrite', { path: v.output!, reason: why(e) }));
  }
  return 0;
}

const display = (cwd: string, abs: string) => slash(relative(cwd, abs)) || abs;

function memo<T>(f: (k: string) => T): (k: string) => T {
  const seen = new Map<string, T>();
  return (k) => {
    if (!seen.has(k)) seen.set(k, f(k));
    return seen.get(k)!;
  };
}
