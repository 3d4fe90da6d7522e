import type { Severity } from '../../core/types';
import { tc } from '../locale';
import type { FileReport, RunReport } from '../report';
import { clean } from './clean';
import { type ReportTail, type ReportWriter, whole } from './writer';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** The message of a workflow command: %, CR and LF are escaped, and other control characters made visible. */
export const escapeData = (s: string) => clean(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
/** A property value: also ':' and ',', which would end it. */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per finding, on the file and lines of the pull request. */
export function formatGithub(report: RunReport): string {
  return whole(githubWriter(), report);
}

/** The same a file at a time: each line ends with a line break, so a file's lines are written as it is linted. */
export function githubWriter(): ReportWriter {
  return {
    file(file: FileReport): string {
      let out = '';
      for (const f of file.findings) {
        const { start, end } = f.range;
        const props = [
          ['file', file.repoPath ?? file.path],
          ['line', start.line + 1],
          ['col', start.character + 1],
          ['endLine', end.line + 1],
          ['endColumn', end.character + 1],
          ['title', f.rule],
        ].map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
        out += `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`;
      }
      return out;
    },
    *end(report: ReportTail): Generator<string> {
      for (const path of report.skipped) yield `::warning file=${escapeProperty(path)},title=not-linted::${escapeData(tc('cli.notLinted', { path }))}\n`;
    },
  };
}
