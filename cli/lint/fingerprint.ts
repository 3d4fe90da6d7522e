import type { Finding, Range } from '../../core/types';

// node:crypto is loaded on the first hash: a run without --cache, SARIF or a baseline (a
// pre-commit hook on one file) never needs it.
let crypto: typeof import('node:crypto') | undefined;
export const sha256 = (s: string) => (crypto ??= require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(s).digest('hex');

/** The text a range covers, whitespace runs folded to one space so re-indenting does not count as a change. */
function textOf(lines: string[], r: Range): string {
  const parts: string[] = [];
  for (let l = r.start.line; l <= r.end.line && l < lines.length; l++) {
    const line = lines[l]!;
    parts.push(line.slice(l === r.start.line ? r.start.character : 0, l === r.end.line ? r.end.character : line.length));
  }
  return parts.join('\n').replace(/\s+/g, ' ').trim();
}

/**
 * What recognises a finding across edits: its rule, the text of the node it points at and the
 * text of that node's line — never a line number, so edits above or below it do not change it.
 */
export function fingerprints(text: string, findings: Finding[], anchor: (f: Finding) => Range | undefined = () => undefined): string[] {
  const lines = text.split(/\r?\n/);
  // Many findings on one huge line (a 1 MB flow list) must not fold and hash that line each time:
  // each line is folded once, one longer than LONG_LINE stands in by its own hash, and findings
  // alike in rule, text and line share one fingerprint.
  const folded = new Map<number, string>();
  const lineOf = (n: number) => {
    let s = folded.get(n);
    if (s === undefined) {
      s = (lines[n] ?? '').replace(/\s+/g, ' ').trim();
      if (s.length > LONG_LINE) s = sha256(s);
      folded.set(n, s);
    }
    return s;
  };
  const seen = new Map<string, string>();
  return findings.map((f) => {
    // A finding may be recognised by another place than the one it is shown at (see core's kindLine).
    const range = anchor(f) ?? f.range;
    const key = `${f.rule}\0${textOf(lines, range)}\0${range.start.line}`;
    let fp = seen.get(key);
    if (fp === undefined) {
      fp = sha256(`${f.rule}\0${textOf(lines, range)}\0${lineOf(range.start.line)}`).slice(0, 20);
      seen.set(key, fp);
    }
    return fp;
  });
}

const LONG_LINE = 4096;
