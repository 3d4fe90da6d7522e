import type { ParsedDoc } from './parse';

/** `# review-disable a, b`, `# review-enable a`, `# review-disable-next-line a` (no ids: every rule). */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Empty: every rule. */
  ids: string[];
  /** Where each id stands in the text (offsets of its first character). */
  idOffsets: number[];
  line: number;
  /** The line a `disable-next-line` applies to. */
  target: number;
  offset: number;
}

const DIRECTIVE = /^#\s*review-(disable-next-line|disable|enable)(?=\s|$)(.*)$/;

export function parseDirectives(parsed: ParsedDoc): Directive[] {
  const out: Directive[] = [];
  for (const c of parsed.comments) {
    const m = DIRECTIVE.exec(c.text.trim());
    if (!m) continue;
    const list = m[2]!.split('--')[0]!; // `-- why` explains, like ESLint
    const ids = list.split(/[\s,]+/).filter(Boolean);
    const lead = c.text.length - c.text.trimStart().length;
    const listStart = c.offset + lead + m[0].length - m[2]!.length;
    let from = 0;
    const idOffsets = ids.map((id) => {
      const at = list.indexOf(id, from);
      from = at + id.length;
      return listStart + at;
    });
    const line = parsed.lineCounter.linePos(c.offset).line - 1;
    const kind = m[1] as Directive['kind'];
    out.push({ kind, ids, idOffsets, line, target: kind === 'disable-next-line' ? nextCodeLine(parsed, c.offset) : line, offset: c.offset });
  }
  return out;
}

/** The next line that is neither blank nor only a comment. */
function nextCodeLine(parsed: ParsedDoc, offset: number): number {
  const lines = parsed.text.slice(offset).split('\n');
  const first = parsed.lineCounter.linePos(offset).line - 1;
  for (let i = 1; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t && !t.startsWith('#')) return first + i;
  }
  return first + 1;
}

/** Whether a finding of `rule` starting on `line` is silenced by the file's own comments. */
export function isSilenced(directives: readonly Directive[], rule: string, line: number): boolean {
  let off = false;
  for (const d of directives) {
    const applies = d.ids.length === 0 || d.ids.includes(rule);
    if (!applies) continue;
    if (d.kind === 'disable-next-line') {
      if (d.target === line) return true;
    } else if (d.line <= line) off = d.kind === 'disable';
  }
  return off;
}
