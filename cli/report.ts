import type { DocKind, Finding } from '../core/types';

/** One linted file as the formatters see it. `path` is relative to the current folder, with '/'. */
export interface FileReport {
  path: string;
  kind: DocKind;
  findings: Finding[];
}

export interface RunReport {
  files: FileReport[];
  skipped: string[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

export function summarize(files: FileReport[]): RunReport['summary'] {
  const s = { files: files.length, errors: 0, warnings: 0, infos: 0 };
  for (const f of files)
    for (const x of f.findings) {
      if (x.severity === 'error') s.errors++;
      else if (x.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  return s;
}
