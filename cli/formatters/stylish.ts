import { createColors } from 'picocolors';
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
      f.severity,
      f.message,
      f.rule,
    ]);
    const w0 = Math.max(...rows.map((r) => r[0]!.length));
    const w1 = Math.max(...rows.map((r) => r[1]!.length));
    for (const [pos, sev, msg, rule] of rows) {
      const paint = sev === 'error' ? c.red : sev === 'warning' ? c.yellow : c.blue;
      lines.push(`  ${c.dim(pos!.padEnd(w0))}  ${paint(sev!.padEnd(w1))}  ${msg}  ${c.dim(rule!)}`);
    }
    lines.push('');
  }
  const { errors, warnings, infos, files } = report.summary;
  const problems = errors + warnings + infos;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (problems) {
    const mark = errors ? c.red(c.bold('✖')) : c.yellow(c.bold('⚠'));
    lines.push(`${mark} ${plural(problems, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}) in ${plural(files, 'file')}`);
  } else {
    lines.push(`${c.green('✔')} ${plural(files, 'file')} linted, no problems`);
  }
  const { baseline, fixed } = report.summary;
  if (fixed !== undefined) lines.push(`${plural(fixed, 'problem')} ${report.dryRun ? 'would be fixed (dry run: nothing written)' : 'fixed'}`);
  if (baseline) {
    const stale = baseline.stale ? `; ${plural(baseline.stale, 'baseline entry').replace(/entrys$/, 'entries')} stale (no longer found: run --update-baseline to drop ${baseline.stale === 1 ? 'it' : 'them'})` : '';
    lines.push(c.dim(`${plural(baseline.hidden, 'problem')} hidden by the baseline${stale}`));
  }
  if (report.skipped.length) lines.push(c.dim(`${plural(report.skipped.length, 'file')} skipped (no \`kind: review\` or \`kind: template\`): ${report.skipped.join(', ')}`));
  return `${lines.join('\n')}\n`;
}
