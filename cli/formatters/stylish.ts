import { createColors } from 'picocolors';
import { tc, tcn } from '../locale';
import type { RunReport } from '../report';

/** ESLint's "stylish": a block per file, `line:col  severity  message  rule`, then a total. */
export function formatStylish(report: RunReport, color: boolean): string {
  const c = createColors(color);
  const lines: string[] = [];
  for (const file of report.files) {
    if (!file.findings.length) continue;
    lines.push(c.underline(file.path));
    const rows = file.findings.map((f) => [
      `${f.range.start.line + 1}:${f.range.start.character + 1}`,
      tc(`cli.severity.${f.severity}`),
      f.message,
      f.rule,
    ]);
    const w0 = Math.max(...rows.map((r) => r[0]!.length));
    const w1 = Math.max(...rows.map((r) => r[1]!.length));
    for (const [pos, sev, msg, rule] of rows) {
      const paint = sev === tc('cli.severity.error') ? c.red : sev === tc('cli.severity.warning') ? c.yellow : c.blue;
      lines.push(`  ${c.dim(pos!.padEnd(w0))}  ${paint(sev!.padEnd(w1))}  ${msg}  ${c.dim(rule!)}`);
    }
    lines.push('');
  }
  const { errors, warnings, infos, files } = report.summary;
  const problems = errors + warnings + infos;
  const count = (what: 'problems' | 'errors' | 'warnings' | 'infos' | 'files', n: number) => tcn(`cli.stylish.${what}`, n);
  if (problems) {
    const mark = errors ? c.red(c.bold('✖')) : c.yellow(c.bold('⚠'));
    lines.push(
      `${mark} ${tc('cli.stylish.total', { problems: count('problems', problems), errors: count('errors', errors), warnings: count('warnings', warnings), infos: count('infos', infos), files: count('files', files) })}`,
    );
  } else {
    lines.push(`${c.green('✔')} ${tc('cli.stylish.clean', { files: count('files', files) })}`);
  }
  const { baseline, fixed } = report.summary;
  if (fixed !== undefined) lines.push(tc(report.dryRun ? 'cli.stylish.wouldFix' : 'cli.stylish.fixed', { problems: count('problems', fixed) }));
  if (baseline) {
    const problems = count('problems', baseline.hidden);
    lines.push(c.dim(baseline.stale ? tcn('cli.stylish.hiddenStale', baseline.stale, { problems }) : tc('cli.stylish.hidden', { problems })));
  }
  if (report.skipped.length) lines.push(c.dim(tc('cli.stylish.skipped', { files: count('files', report.skipped.length), list: report.skipped.join(', ') })));
  return `${lines.join('\n')}\n`;
}
