import type { FileReport, RunReport } from '../report';
import { ITEMS, nested } from './chunks';
import { type ReportTail, type ReportWriter, whole } from './writer';

/** The contract other tools build on (INTERFACES.md): 1-based lines and columns. */
export function formatJson(report: RunReport): string {
  return whole(jsonWriter(), report);
}

/**
 * The same JSON a file at a time: the `files` array comes first, so each file's object is made
 * and written as the file is linted; `skipped` and `summary` follow at the end.
 */
export function jsonWriter(): ReportWriter {
  let first = true;
  return {
    file(f: FileReport): string {
      // The report's start (`{ "version": 1, "files": `) goes with its first file.
      const before = first ? `${head()}[` : ',';
      first = false;
      return `${before}\n    ${nested(fileObject(f), 2)}`;
    },
    *end(report: ReportTail): Generator<string> {
      const text = layout(report);
      // The first marker: `files` comes before anything a path could be written in.
      const at = text.indexOf(MARK);
      yield first ? `${text.slice(0, at)}[]` : '\n  ]';
      yield text.slice(at + MARK.length);
    },
  };
}

/** The marker where the files go, as JSON writes it. */
const MARK = JSON.stringify(ITEMS);
const layout = (tail: ReportTail) => `${JSON.stringify({ version: 1, files: ITEMS, skipped: tail.skipped, summary: tail.summary }, null, 2)}\n`;
const head = () => {
  const text = layout({ skipped: [], summary: { files: 0, filesWithProblems: 0, errors: 0, warnings: 0, infos: 0 } });
  return text.slice(0, text.indexOf(MARK));
};

function fileObject(f: FileReport): unknown {
  return {
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
