// Where the cursor is, read from the lines above it rather than from the parse tree: the text
// being typed is often not valid YAML yet, and completion must still know its place.
import type { Position, Range } from 'vscode-languageserver';
import type { Path } from '../core/types';

export interface Site {
  /** The mapping or list the entry under the cursor belongs to (list items with their index). */
  container: Path;
  /** Set when the cursor is in the value of `key:`. */
  key?: string;
  /** The word typed so far, which a completion replaces. */
  prefix: string;
  replace: Range;
  /** Column where the entry starts (after `- `), for the indentation of multi-line snippets. */
  column: number;
  /** The line starts a list item: the container is that item. */
  dash: boolean;
  /** Inside `{ … }` or `[ … ]`: only one-line completions fit. */
  flow: boolean;
  /** In a `# review-…` comment: the directive's name, or a rule id after it. */
  directive?: 'name' | 'rule';
}

interface Line {
  blank: boolean;
  indent: number;
  dashCols: number[];
  /** Column where the content starts, after indentation and dashes. */
  col: number;
  key?: string;
  hasValue: boolean;
}

function lineInfo(text: string): Line {
  if (/^\s*(#.*)?$/.test(text)) return { blank: true, indent: 0, dashCols: [], col: 0, hasValue: false };
  const indent = /^ */.exec(text)![0].length;
  const dashCols: number[] = [];
  let col = indent;
  for (let m; (m = /^-(?: +|$)/.exec(text.slice(col))); col += m[0].length) dashCols.push(col);
  const km = /^([\w./-]+|"[^"]*"|'[^']*')\s*:(?:\s+(.*))?$/.exec(text.slice(col));
  const key = km ? km[1]!.replace(/^["']|["']$/g, '') : undefined;
  return { blank: false, indent, dashCols, col, key, hasValue: !!km?.[2] && !km[2].startsWith('#') };
}

class Lines {
  private cache = new Map<number, Line>();
  constructor(private readonly lines: string[]) {}

  at(i: number): Line {
    let hit = this.cache.get(i);
    if (!hit) this.cache.set(i, (hit = lineInfo(this.lines[i] ?? '')));
    return hit;
  }

  /** The list whose items start with a dash at `dashCol`, and the index of the item on line `i`. */
  list(i: number, dashCol: number): { path: Path; index: number } {
    let index = 0;
    for (let j = i - 1; j >= 0; j--) {
      const l = this.at(j);
      if (l.blank) continue;
      if (l.indent === dashCol && l.dashCols.length) index++;
      else if (l.col > dashCol) continue;
      else if (l.key !== undefined && !l.hasValue) return { path: [...this.mapOf(j, l), l.key], index };
      else if (l.dashCols.length) return { path: this.itemOf(j, l), index };
      else return { path: [], index };
    }
    return { path: [], index };
  }

  /** The list item begun by the dashes of line `i`. */
  itemOf(i: number, l: Line): Path {
    const { path, index } = this.list(i, l.dashCols[l.dashCols.length - 1]!);
    return [...path, index];
  }

  /** The mapping that holds the key on line `i`. */
  mapOf(i: number, l: Line): Path {
    return l.dashCols.length ? this.itemOf(i, l) : this.container(i, l.col);
  }

  /** The block collection that holds an entry starting at `col` on line `i`. */
  container(i: number, col: number): Path {
    for (let j = i - 1; j >= 0; j--) {
      const l = this.at(j);
      if (l.blank || l.col > col) continue;
      if (l.col === col) {
        if (l.dashCols.length) return this.itemOf(j, l);
        continue;
      }
      if (l.key !== undefined) return [...this.mapOf(j, l), l.key];
      if (l.dashCols.length) return this.itemOf(j, l);
      return [];
    }
    return [];
  }
}

export function siteAt(text: string, pos: Position): Site | undefined {
  const lines = text.split(/\r?\n/);
  const line = lines[pos.line] ?? '';
  const before = line.slice(0, pos.character);
  // A namespaced rule id (`acme/mentoring-rated`) is one word.
  const word = /[\w./-]*$/.exec(before)![0];
  const replace = { start: { line: pos.line, character: pos.character - word.length }, end: pos };
  const base = { prefix: word, replace, column: 0, dash: false, flow: false };

  const directive = /#\s*review-(?:disable-next-line|disable|enable)\s+[^#]*$/.test(before)
    ? 'rule'
    : /#\s*review[\w-]*$/.test(before) || /^\s*#\s*$/.test(before) ? 'name' : undefined;
  if (directive) {
    const w = /[\w/-]*$/.exec(before)![0];
    return { ...base, container: [], prefix: w, replace: { start: { line: pos.line, character: pos.character - w.length }, end: pos }, directive };
  }
  if (/(^|\s)#/.test(before)) return undefined; // elsewhere in a comment

  const ls = new Lines(lines);
  const cur = lineInfo(before);
  const indent = /^ */.exec(before)![0].length;
  const dashCols: number[] = [];
  let col = indent;
  for (let m; (m = /^- +/.exec(before.slice(col))); col += m[0].length) dashCols.push(col);
  const dash = dashCols.length > 0;
  const entry = dash ? ls.itemOf(pos.line, { ...cur, dashCols }) : ls.container(pos.line, col);
  const rest = before.slice(col);

  const flow = openFlow(rest);
  if (flow === null) return undefined;
  if (flow) {
    const head = /^([\w.-]+)\s*:\s*$/.exec(rest.slice(0, flow.at));
    const container = head ? [...entry, head[1]!] : entry;
    const segment = rest.slice(flow.at + 1);
    const parts = segment.split(',');
    const last = parts[parts.length - 1]!;
    if (flow.bracket === '[') return { ...base, container: [...container, parts.length - 1], column: col, dash, flow: true, key: undefined };
    const kv = /^\s*([\w.-]+)\s*:\s+(.*)$/.exec(last);
    if (kv) return { ...base, container, key: kv[1]!, column: col, dash, flow: true };
    return /^\s*[\w.-]*$/.test(last) ? { ...base, container, column: col, dash, flow: true } : undefined;
  }
  const kv = /^([\w./-]+|"[^"]*"|'[^']*')\s*:\s+(.*)$/.exec(rest);
  if (kv) return { ...base, container: entry, key: kv[1]!.replace(/^["']|["']$/g, ''), column: col, dash };
  if (/^[\w./-]*$/.test(rest)) return { ...base, container: entry, column: col, dash };
  return undefined;
}

/** The one unclosed `{` or `[` on the line (undefined: none; null: nested deeper than we follow). */
function openFlow(text: string): { bracket: '{' | '['; at: number } | undefined | null {
  const stack: { bracket: '{' | '['; at: number }[] = [];
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') stack.push({ bracket: c, at: i });
    else if (c === '}' || c === ']') stack.pop();
  }
  if (stack.length > 1) return null;
  return stack[0];
}
