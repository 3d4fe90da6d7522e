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
  const next = nextCodeLines(parsed);
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
    out.push({ kind, ids, idOffsets, line, target: kind === 'disable-next-line' ? next(line) : line, offset: c.offset });
  }
  return out;
}

/**
 * The next line after a given one that is neither blank nor only a comment (the line after it when
 * there is none). Asked in increasing line order, as comments come: a line scanned for one
 * directive is not scanned again for the next, so a file pays once for all of them.
 */
function nextCodeLines(parsed: ParsedDoc): (line: number) => number {
  const { text } = parsed;
  const starts = parsed.lineCounter.lineStarts;
  let found = -1; // the answer to the last question: every line between it and its question is not code
  let asked = -1;
  return (line) => {
    if (line >= asked && found === Infinity) return line + 1;
    if (line >= asked && line < found) return found;
    asked = line;
    for (let l = line + 1; l < starts.length; l++) {
      const end = l + 1 < starts.length ? starts[l + 1]! - 1 : text.length;
      const t = text.slice(starts[l]!, end).trim();
      if (t && !t.startsWith('#')) return (found = l);
    }
    found = Infinity;
    return line + 1;
  };
}

/**
 * Block directives that apply to one rule (or, under '*', to every rule), sorted by line. `winner[i]`
 * is, of the first i + 1 of them, the one latest in the file's order: the one that decides.
 */
interface Switches {
  lines: number[];
  order: number[];
  disable: boolean[];
  winner: number[];
}

/** What a file's directives silence, indexed by line and rule once, so each finding is a look-up. */
interface Silencer {
  nextLine: Map<number, Set<string> | true>;
  blocks: Map<string, Switches>;
}

const indexes = new WeakMap<readonly Directive[], Silencer>();

function indexOf(directives: readonly Directive[]): Silencer {
  let ix = indexes.get(directives);
  if (ix) return ix;
  const nextLine = new Map<number, Set<string> | true>();
  const lists = new Map<string, number[]>(); // rule → places in `directives`
  directives.forEach((d, order) => {
    if (d.kind === 'disable-next-line') {
      const had = nextLine.get(d.target);
      if (had === true) return;
      if (d.ids.length === 0) nextLine.set(d.target, true);
      else if (had) for (const id of d.ids) had.add(id);
      else nextLine.set(d.target, new Set(d.ids));
      return;
    }
    for (const key of d.ids.length ? new Set(d.ids) : ['*']) {
      const list = lists.get(key);
      if (list) list.push(order);
      else lists.set(key, [order]);
    }
  });
  const blocks = new Map<string, Switches>();
  for (const [key, list] of lists) {
    // Stable: directives on one line keep the file's order.
    const sorted = list.sort((a, b) => directives[a]!.line - directives[b]!.line || a - b);
    const winner: number[] = [];
    sorted.forEach((order, i) => winner.push(i > 0 && sorted[winner[i - 1]!]! > order ? winner[i - 1]! : i));
    blocks.set(key, { lines: sorted.map((o) => directives[o]!.line), order: sorted, disable: sorted.map((o) => directives[o]!.kind === 'disable'), winner });
  }
  ix = { nextLine, blocks };
  indexes.set(directives, ix);
  return ix;
}

/** Of the switches at or above `line`, the latest in the file's order. */
function lastSwitch(s: Switches | undefined, line: number): { order: number; disable: boolean } | undefined {
  if (!s) return undefined;
  let lo = 0;
  let hi = s.lines.length; // ends as the first index whose line is below `line`
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.lines[mid]! <= line) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return undefined;
  const w = s.winner[lo - 1]!;
  return { order: s.order[w]!, disable: s.disable[w]! };
}

/** Whether a finding of `rule` starting on `line` is silenced by the file's own comments. */
export function isSilenced(directives: readonly Directive[], rule: string, line: number): boolean {
  if (directives.length === 0) return false;
  const ix = indexOf(directives);
  const next = ix.nextLine.get(line);
  if (next === true || next?.has(rule)) return true;
  const own = lastSwitch(ix.blocks.get(rule), line);
  const all = lastSwitch(ix.blocks.get('*'), line);
  const last = !own ? all : !all ? own : own.order > all.order ? own : all;
  return last?.disable ?? false;
}
