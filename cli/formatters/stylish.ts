import { createColors } from 'picocolors';
import { tc, tcn } from '../locale';
import type { FileReport, RunReport } from '../report';
import { SHOWN_PER_FILE, clean, widest } from './clean';
import { type ReportTail, type ReportWriter, whole } from './writer';

/** Messages kept made safe, at most: a run of unique messages must not keep them all. */
const SAFE_KEPT = 10_000;

/** ESLint's "stylish": a block per file, `line:col  severity  message  rule`, then a total. */
export function formatStylish(report: RunReport, color: boolean): string {
  return whole(stylishWriter(color), report);
}

/** The same a file at a time: each file's block is written as soon as the file is linted. */
export function stylishWriter(color: boolean): ReportWriter {
  const c = createColors(color);
  // Each severity's word and colour, looked up once rather than once a finding.
  const label = { error: tc('cli.severity.error'), warning: tc('cli.severity.warning'), info: tc('cli.severity.info') };
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  // A run's findings repeat a few hundred messages and rule ids: each is made safe once.
  const safeText = new Map<string, string>();
  const safe = (s: string) => {
    let t = safeText.get(s);
    if (t === undefined) {
      t = clean(s);
      if (safeText.size < SAFE_KEPT) safeText.set(s, t);
    }
    return t;
  };
  return {
    file(file: FileReport): string {
      if (!file.findings.length) return '';
      const lines: string[] = [c.underline(clean(file.path))];
      const shown = file.findings.length > SHOWN_PER_FILE ? file.findings.slice(0, SHOWN_PER_FILE) : file.findings;
      const positions = shown.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}`);
      const w0 = widest(positions, (p) => p.length);
      const w1 = widest(shown, (f) => label[f.severity].length);
      // Each severity's word, padded and painted once a file rather than once a finding.
      const word = { error: paint.error(label.error.padEnd(w1)), warning: paint.warning(label.warning.padEnd(w1)), info: paint.info(label.info.padEnd(w1)) };
      shown.forEach((f, i) => {
        lines.push(`  ${c.dim(positions[i]!.padEnd(w0))}  ${word[f.severity]}  ${safe(f.message)}  ${c.dim(safe(f.rule))}`);
      });
      if (shown.length < file.findings.length) lines.push(`  ${c.dim(tcn('cli.stylish.more', file.findings.length - shown.length))}`);
      // A blank line after the block; the total always follows.
      lines.push('', '');
      return lines.join('\n');
    },
    *end(report: ReportTail): Generator<string> {
      const lines: string[] = [];
      const { errors, warnings, infos, files, filesWithProblems } = report.summary;
      const problems = errors + warnings + infos;
      const count = (what: 'problems' | 'errors' | 'warnings' | 'infos' | 'files', n: number) => tcn(`cli.stylish.${what}`, n);
      if (problems) {
        const mark = errors ? c.red(c.bold('✖')) : c.yellow(c.bold('⚠'));
        const counts = { problems: count('problems', problems), errors: count('errors', errors), warnings: count('warnings', warnings), infos: count('infos', infos), files: count('files', files) };
        // "in 2 of 5 files linted" when some files are clean; "in 1 file" when every file has problems.
        lines.push(`${mark} ${filesWithProblems < files ? tc('cli.stylish.totalOf', { ...counts, some: filesWithProblems }) : tc('cli.stylish.total', counts)}`);
      } else {
        lines.push(`${c.green('✔')} ${tc('cli.stylish.clean', { files: count('files', files) })}`);
      }
      const { baseline, fixed } = report.summary;
      if (fixed !== undefined) lines.push(tc(report.dryRun ? 'cli.stylish.wouldFix' : 'cli.stylish.fixed', { problems: count('problems', fixed) }));
      if (baseline) {
        const problems = count('problems', baseline.hidden);
        lines.push(c.dim(baseline.stale ? tcn('cli.stylish.hiddenStale', baseline.stale, { problems }) : tc('cli.stylish.hidden', { problems })));
      }
      // Never quietly: a file that was not linted is named on a line of its own.
      for (const path of report.skipped) lines.push(`${c.yellow(c.bold('⚠'))} ${c.yellow(tc('cli.notLinted', { path: clean(path) }))}`);
      yield `${lines.join('\n')}\n`;
    },
  };
}
