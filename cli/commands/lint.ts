import { writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lint as lintText } from '../../core/engine';
import { ruleById } from '../../core/rules';
import { didYouMean } from '../../core/suggest';
import type { SeverityOrOff } from '../../core/types';
import { ConfigFinder, UsageError, loadConfig, repoRoot } from '../config';
import { selectFiles } from '../files';
import { formatJson } from '../formatters/json';
import { formatStylish } from '../formatters/stylish';
import { nodeHost, readRegularFile, slash } from '../host';
import { type FileReport, type RunReport, summarize } from '../report';

const FORMATS = ['stylish', 'json'] as const;
type Format = (typeof FORMATS)[number];
const SEVERITIES = ['error', 'warning', 'info', 'off'];

export const LINT_HELP = `Usage: review-yaml lint [paths or globs…] [options]

Lints *.review.yaml files and folders (default: the current folder).

Options:
  --format stylish|json      output format (default: stylish)
  -o, --output FILE          write the report to FILE instead of standard output
  --config FILE              use this .reviewrc.yaml for every file instead of the nearest one
  --rule id=severity         set a rule's severity (error, warning, info, off); repeatable
  --ignore GLOB              skip files matching GLOB (relative to the current folder); repeatable
  --max-warnings N           exit 1 when there are more than N warnings
  --quiet                    report errors only
  -h, --help                 show this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings over the bar,
2 the run itself failed (bad option, unreadable config, no file matched a literal path).`;

export async function lint(argv: string[], io = { cwd: process.cwd(), stdout: process.stdout }): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'stylish' },
      output: { type: 'string', short: 'o' },
      config: { type: 'string' },
      rule: { type: 'string', multiple: true, default: [] },
      ignore: { type: 'string', multiple: true, default: [] },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${LINT_HELP}\n`);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown format "${values.format}". Use one of: ${FORMATS.join(', ')}.`);
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  const overrides = parseRules(values.rule);
  const cwd = io.cwd;
  const configs = new ConfigFinder(values.config ? loadConfig(resolve(cwd, values.config)) : undefined);
  const { files } = selectFiles(positionals, { cwd, ignore: values.ignore, configs });

  const report: RunReport = { files: [], skipped: [], summary: summarize([]) };
  for (const abs of files) {
    const rel = slash(relative(cwd, abs)) || abs;
    const text = readRegularFile(abs);
    if (text === undefined) {
      report.files.push(unreadable(rel));
      continue;
    }
    const cfg = configs.forFile(abs);
    const root = repoRoot(dirname(abs)) ?? (abs.startsWith(cwd) ? cwd : dirname(abs));
    const result = lintText(text, { path: slash(abs), config: cfg?.config, overrides, host: nodeHost(root) });
    if (result.kind === null) {
      report.skipped.push(rel);
      continue;
    }
    const findings = values.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
    report.files.push({ path: rel, kind: result.kind, findings });
  }
  report.summary = summarize(report.files);

  const toFile = values.output !== undefined;
  const out = format === 'json' ? formatJson(report) : formatStylish(report, !toFile && useColor(io.stdout));
  if (toFile) writeFileSync(resolve(cwd, values.output!), out);
  else io.stdout.write(out);

  const { errors, warnings } = report.summary;
  return errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}

function unreadable(path: string): FileReport {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    path,
    kind: 'review',
    findings: [{ rule: 'yaml-syntax', severity: 'error', message: 'The file cannot be read: it is not a regular file, or permission is denied.', range }],
  };
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not "${value}".`);
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

function useColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return !!stream.isTTY;
}
