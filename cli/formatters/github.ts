import type { Severity } from '../../core/types';
import { tc } from '../locale';
import type { RunReport } from '../report';
import { clean } from './clean';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** The message of a workflow command: %, CR and LF are escaped, and other control characters made visible. */
export const escapeData = (s: string) => clean(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
/** A property value: also ':' and ',', which would end it. */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per finding, on the file and lines of the pull request. */
export function formatGithub(report: RunReport): string {
  const lines: string[] = [];
  for (const file of report.files)
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
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
    }
  for (const path of report.skipped) lines.push(`::warning file=${escapeProperty(path)},title=not-linted::${escapeData(tc('cli.notLinted', { path }))}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}
