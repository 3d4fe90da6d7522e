import type { RunReport } from '../report';

/** The contract other tools build on (INTERFACES.md): 1-based lines and columns. */
export function formatJson(report: RunReport): string {
  const out = {
    version: 1,
    files: report.files.map((f) => ({
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
    })),
    skipped: report.skipped,
    summary: report.summary,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
