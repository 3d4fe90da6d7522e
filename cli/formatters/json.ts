import type { FileReport, RunReport } from '../report';
import { ITEMS, withItems } from './chunks';

/** The contract other tools build on (INTERFACES.md): 1-based lines and columns. */
export function formatJson(report: RunReport): string {
  return [...jsonPieces(report)].join('');
}

/** The same JSON in pieces, a file at a time, each file's object made only when it is written. */
export function jsonPieces(report: RunReport): Iterable<string> {
  return withItems({ version: 1, files: ITEMS, skipped: report.skipped, summary: report.summary }, fileObjects(report.files), 1);
}

function* fileObjects(files: FileReport[]): Generator<unknown> {
  for (const f of files)
    yield {
      path: f.path,
      kind: f.kind,
      findings: f.findings.map((x) => ({
        rule: x.rule,
        severity: x.severity,
        message: x.message,
        range: {
          start: { line: x.range.start.line + 1, column: x.range.start.character + 1 },
          end: { line: x.range.end.line + 1, column: x.range.end.character + 1 },
        },
        ...(x.fix ? { fix: x.fix } : {}),
      })),
    };
}
