import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../../node/config';
import { list as joinList } from '../../core/i18n';
import { why } from '../errno';
import { cliLocale, tc, tcn } from '../locale';
import { formatGithub } from '../formatters/github';
import { jsonPieces } from '../formatters/json';
import { formatJunit } from '../formatters/junit';
import { sarifPieces } from '../formatters/sarif';
import { batched } from '../formatters/chunks';
import { formatStylish } from '../formatters/stylish';
import type { RunReport } from '../report';
import { writeFileAtomic } from '../../node/atomic';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

/** Where one format goes: a file, or standard output when `output` is undefined. */
export interface Target { format: Format; output?: string }

/**
 * Pairs `--format` and `-o` in the order given: the first -o is the first format's file, and so
 * on. Formats left without an -o go to standard output; only one may. More -o than formats is
 * an error (with no --format at all, the one format is stylish).
 */
export function pairTargets(formats: string[], outputs: string[]): Target[] {
  const list = formats.length ? formats : ['stylish'];
  for (const f of list) if (!FORMATS.includes(f as Format)) throw new UsageError(tc('cli.error.unknownFormat', { format: f, formats: FORMATS.join(', ') }));
  if (outputs.length > list.length)
    throw new UsageError(tcn('cli.error.tooManyOutputs', list.length, { outputs: outputs.length }));
  const targets = list.map((format, i) => ({ format: format as Format, output: outputs[i] }));
  const toStdout = targets.filter((t) => t.output === undefined);
  if (toStdout.length > 1)
    throw new UsageError(tc('cli.error.oneStdout', { formats: joinList(cliLocale(), toStdout.map((t) => t.format), 'and') }));
  return targets;
}

/** A report in pieces (JSON and SARIF a file at a time; the text formats, whose output is small, whole). */
export function render(format: Format, report: RunReport, color: boolean): Iterable<string> {
  switch (format) {
    case 'json':
      return batched(jsonPieces(report));
    case 'sarif':
      return batched(sarifPieces(report));
    case 'github':
      return [formatGithub(report)];
    case 'junit':
      return [formatJunit(report)];
    default:
      return [formatStylish(report, color)];
  }
}

/** Writes each target's report; a file that cannot be written stops the run with a clear line. */
export function writeTargets(targets: Target[], report: RunReport, io: { cwd: string; stdout: NodeJS.WritableStream & { isTTY?: boolean } }): void {
  for (const t of targets) {
    if (t.output === undefined) {
      for (const piece of render(t.format, report, useColor(io.stdout))) io.stdout.write(piece);
      continue;
    }
    const path = resolve(io.cwd, t.output);
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileAtomic(path, render(t.format, report, false));
    } catch (e) {
      throw new UsageError(tc('cli.error.cannotWrite', { path: String(t.output), reason: why(e) }));
    }
  }
}

function useColor(stream: { isTTY?: boolean }): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return !!stream.isTTY;
}
