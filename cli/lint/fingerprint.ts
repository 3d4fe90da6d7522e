import { createHash } from 'node:crypto';
import type { Finding, Range } from '../../core/types';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

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
export function fingerprints(text: string, findings: Finding[]): string[] {
  const lines = text.split(/\r?\n/);
  return findings.map((f) => {
    const line = (lines[f.range.start.line] ?? '').replace(/\s+/g, ' ').trim();
    return sha256(`${f.rule}\0${textOf(lines, f.range)}\0${line}`).slice(0, 20);
  });
}
