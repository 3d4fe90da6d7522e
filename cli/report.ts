import type { RuleDescriptor } from '../core/rule';
import type { DocKind, Finding } from '../core/types';

/** A finding as the CLI carries it: with the fingerprint baselines and SARIF use to recognise it across edits. */
export interface ReportedFinding extends Finding {
  fingerprint?: string;
  /** For a rule of a plugin, a template or .reviewrc.yaml: what SARIF and `rules` say about it. */
  descriptor?: RuleDescriptor;
}

/** One linted file as the formatters see it. `path` is relative to the current folder, with '/'. */
export interface FileReport {
  path: string;
  kind: DocKind;
  findings: ReportedFinding[];
  /** Relative to the repository root (or the current folder outside one), with '/': for SARIF and GitHub annotations. */
  repoPath?: string;
}

export interface Summary {
  /** Files linted. */
  files: number;
  /** Files linted that have at least one finding (after --quiet and the baseline). */
  filesWithProblems: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Only with --baseline: findings hidden by it, and its entries no longer found. */
  baseline?: { hidden: number; stale: number };
  /** Only with --fix or --fix-dry-run: findings fixed (or, in a dry run, that would be). */
  fixed?: number;
}

export interface RunReport {
  files: FileReport[];
  skipped: string[];
  summary: Summary;
  /** --fix-dry-run: `summary.fixed` counts what would be fixed. */
  dryRun?: boolean;
}

export function summarize(files: FileReport[]): Summary {
  // New fields go last, so that the JSON contract's existing order holds.
  const s = { files: files.length, errors: 0, warnings: 0, infos: 0, filesWithProblems: 0 };
  for (const f of files) {
    if (f.findings.length) s.filesWithProblems++;
    for (const x of f.findings) {
      if (x.severity === 'error') s.errors++;
      else if (x.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  }
  return s;
}

/** A summary counted as the files come, so that the files need not be kept for it. */
export class Tally {
  private readonly s = summarize([]);
  add(file: FileReport): void {
    const s = this.s;
    s.files++;
    if (file.findings.length) s.filesWithProblems++;
    for (const x of file.findings) {
      if (x.severity === 'error') s.errors++;
      else if (x.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  }
  get summary(): Summary {
    return { ...this.s };
  }
}
