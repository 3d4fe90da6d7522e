import { tc } from '../locale';
import type { FileReport, RunReport } from '../report';
import { TextSpool } from './spool';
import { type ReportTail, type ReportWriter, whole } from './writer';

// Characters XML 1.0 cannot hold at all are dropped; the five special ones are escaped.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const xml = (s: string) =>
  s.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * JUnit XML for CI test tabs: one testcase per file, one <failure> per error-level finding;
 * warnings and infos go to the testcase's <system-out>; files that are not ours are skipped.
 */
export function formatJunit(report: RunReport): string {
  return whole(junitWriter(), report);
}

/**
 * The same, each file's testcase made as the file is linted and spooled (compressed): the counts
 * at the top are known only at the end.
 */
export function junitWriter(): ReportWriter {
  const cases = new TextSpool();
  let files = 0;
  let failed = 0;
  return {
    file(file: FileReport): string {
      const at = (f: (typeof file.findings)[number]) => `${file.path}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const errors = file.findings.filter((f) => f.severity === 'error');
      const others = file.findings.filter((f) => f.severity !== 'error');
      files++;
      if (errors.length) failed++;
      const body = [
        ...errors.map((f) => `      <failure message="${xml(f.message)}" type="${xml(f.rule)}">${xml(`${at(f)}: ${f.message} (${f.rule})`)}</failure>`),
        ...(others.length ? [`      <system-out>${xml(others.map((f) => `${at(f)}: ${f.severity}: ${f.message} (${f.rule})`).join('\n'))}</system-out>`] : []),
      ];
      const open = `    <testcase classname="review-yaml" name="${xml(file.path)}" file="${xml(file.path)}"`;
      cases.add(body.length ? `${open}>\n${body.join('\n')}\n    </testcase>\n` : `${open}/>\n`);
      return '';
    },
    *end(report: ReportTail): Generator<string> {
      const counts = `tests="${files + report.skipped.length}" failures="${failed}" errors="0" skipped="${report.skipped.length}"`;
      yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="review-yaml" ${counts}>\n  <testsuite name="review-yaml" ${counts}>\n`;
      yield* cases.pieces();
      for (const path of report.skipped)
        yield `    <testcase classname="review-yaml" name="${xml(path)}" file="${xml(path)}">\n      <skipped message="${xml(tc('cli.notLinted', { path }))}"/>\n    </testcase>\n`;
      yield '  </testsuite>\n</testsuites>\n';
    },
  };
}
