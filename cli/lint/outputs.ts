import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../../node/config';
import { list as joinList } from '../../core/i18n';
import { why } from '../errno';
import { cliLocale, tc, tcn } from '../locale';
import { githubWriter } from '../formatters/github';
import { jsonWriter } from '../formatters/json';
import { junitWriter } from '../formatters/junit';
import { sarifWriter } from '../formatters/sarif';
import { stylishWriter } from '../formatters/stylish';
import type { ReportTail, ReportWriter } from '../formatters/writer';
import type { FileReport, RunReport } from '../report';
import { AtomicFile } from '../../node/atomic';

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

/** How a format is written a file at a time (JSON, GitHub and stylish as each file is linted; JUnit and SARIF at the end). */
export function writerFor(format: Format, color: boolean): ReportWriter {
  switch (format) {
    case 'json':
      return jsonWriter();
    case 'sarif':
      return sarifWriter();
    case 'github':
      return githubWriter();
    case 'junit':
      return junitWriter();
    default:
      return stylishWriter(color);
  }
}

/** Characters gathered before a write: one write per file or per finding would be slow. */
const WRITE_SIZE = 1 << 15;

/** Where one target's text goes, in writes of about WRITE_SIZE characters. */
class Sink {
  private buffer: string[] = [];
  private length = 0;
  constructor(private readonly out: (text: string) => void) {}

  write(text: string): void {
    if (!text) return;
    this.buffer.push(text);
    this.length += text.length;
    if (this.length >= WRITE_SIZE) this.flush();
  }

  flush(): void {
    if (!this.length) return;
    const text = this.buffer.join('');
    this.buffer = [];
    this.length = 0;
    this.out(text);
  }
}

/**
 * The run's reports, written while the files are linted: each target's writer is given every
 * linted file in order, and what it returns is written at once, to standard output or to a
 * temporary file beside the target, which takes the target's place only when the report is whole.
 */
export class ReportOutput {
  private readonly open: { target: Target; writer: ReportWriter; sink: Sink; file?: AtomicFile }[] = [];

  /** Opens every target: a file that cannot be written stops the run here, before anything is written. */
  constructor(targets: Target[], private readonly io: { cwd: string; stdout: NodeJS.WritableStream & { isTTY?: boolean } }) {
    try {
      for (const target of targets) {
        if (target.output === undefined) {
          this.open.push({ target, writer: writerFor(target.format, useColor(io.stdout)), sink: new Sink((text) => void io.stdout.write(text)) });
          continue;
        }
        const file = this.attempt(target, () => {
          const path = resolve(io.cwd, target.output!);
          mkdirSync(dirname(path), { recursive: true });
          return new AtomicFile(path);
        });
        this.open.push({ target, writer: writerFor(target.format, false), file, sink: new Sink((text) => this.attempt(target, () => file.write(text))) });
      }
    } catch (e) {
      this.abort();
      throw e;
    }
  }

  file(report: FileReport): void {
    for (const t of this.open) t.sink.write(t.writer.file(report));
  }

  /** Writes what comes after the files and puts each file in its place. */
  end(tail: ReportTail): void {
    try {
      for (const t of this.open) {
        for (const piece of t.writer.end(tail)) t.sink.write(piece);
        t.sink.flush();
        if (t.file) this.attempt(t.target, () => t.file!.commit());
      }
    } finally {
      this.abort();
    }
  }

  /** Leaves every file target that is not written yet as it was. */
  abort(): void {
    for (const t of this.open) t.file?.abort();
  }

  private attempt<T>(t: Target, f: () => T): T {
    try {
      return f();
    } catch (e) {
      throw new UsageError(tc('cli.error.cannotWrite', { path: String(t.output), reason: why(e) }));
    }
  }
}

/** Writes each target's report; a file that cannot be written stops the run with a clear line. */
export function writeTargets(targets: Target[], report: RunReport, io: { cwd: string; stdout: NodeJS.WritableStream & { isTTY?: boolean } }): void {
  const out = new ReportOutput(targets, io);
  try {
    for (const f of report.files) out.file(f);
  } catch (e) {
    out.abort();
    throw e;
  }
  out.end(report);
}

function useColor(stream: { isTTY?: boolean }): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return !!stream.isTTY;
}
