import type { FileReport, RunReport, Summary } from '../report';

/** What a report says after its files: known only once every file is linted. */
export interface ReportTail {
  skipped: string[];
  summary: Summary;
  /** --fix-dry-run: `summary.fixed` counts what would be fixed. */
  dryRun?: boolean;
}

/**
 * A report written while the run goes on: `file` is given each linted file in order and returns
 * the text to write now, `end` the rest once the run is over. A format whose beginning depends on
 * its end (JUnit's counts, SARIF's rules) keeps each file in a Spool until then; the others keep
 * nothing of a file once its text is written.
 */
export interface ReportWriter {
  file(file: FileReport): string;
  end(tail: ReportTail): Iterable<string>;
}

/** The whole report as one string (the examples in the docs, tests). */
export function whole(writer: ReportWriter, report: RunReport): string {
  const parts = report.files.map((f) => writer.file(f));
  for (const piece of writer.end(report)) parts.push(piece);
  return parts.join('');
}
