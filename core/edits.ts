import { Document, type Node, type Pair, Scalar, isCollection, isMap, isScalar, isSeq, stringify, visit } from 'yaml';
import type { ParsedDoc } from './parse';
import type { Path } from './syntax';
import { nodeAtPath } from './walk';

/** A change to the text: replace [start, end) with newText (offsets into the original). */
export interface TextEdit { start: number; end: number; newText: string }

/** Marks text the author must replace; rules treat a value starting with it as missing. */
export const PLACEHOLDER = 'TODO';
export const isPlaceholder = (s: unknown): boolean => typeof s === 'string' && /^\s*TODO\b/.test(s);

/**
 * Builds minimal edits from the parsed document: new values are serialized by `yaml` and placed
 * in the document's own indentation and line endings; nothing outside the edit is rewritten,
 * so comments, key order, quoting and formatting elsewhere stay byte-identical.
 */
export class EditBuilder {
  readonly eol: string;
  private readonly indentSeq: boolean;

  constructor(private readonly parsed: ParsedDoc) {
    this.eol = parsed.text.includes('\r\n') ? '\r\n' : '\n';
    this.indentSeq = detectIndentSeq(parsed);
  }

  node(path: Path): { node: Node | null; pair: Pair | null } | undefined {
    return nodeAtPath(this.parsed.doc.contents as Node | null, path);
  }

  /** Replaces a scalar value, keeping its quoting style where the new value allows it. */
  replaceScalar(path: Path, value: string | number): TextEdit | undefined {
    const hit = this.node(path);
    if (!hit || !isScalar(hit.node) || !hit.node.range) return undefined;
    const type = (hit.node as Scalar).type;
    const newText = stringify(value, { defaultStringType: type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE' ? type : 'PLAIN', lineWidth: 0 }).trimEnd(); // one line: a folded value would need the node's indentation
    const [start, end] = hit.node.range;
    // An empty value (`key:`) starts right after the colon: keep a space between them.
    return { start, end, newText: start === end && this.parsed.text[start - 1] === ':' ? ` ${newText}` : newText };
  }

  /**
   * Replaces the `occurrence`-th appearance of `find` inside the scalar at `path`, in its source:
   * the scalar's quoting, folding and the rest of its text stay as written. Whitespace in `find`
   * matches any run of whitespace (a folded line). Undefined when it is not written literally
   * (e.g. through escapes) or `replacement` could not be written in the scalar's style.
   */
  replaceInScalar(path: Path, find: string, replacement: string, occurrence = 0): TextEdit | undefined {
    const hit = this.node(path);
    if (!hit || !isScalar(hit.node) || !hit.node.range || !find.trim()) return undefined;
    const [start, end] = hit.node.range;
    const source = this.parsed.text.slice(start, end);
    const pattern = new RegExp(find.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
    const m = [...source.matchAll(pattern)][occurrence];
    if (!m) return undefined;
    const type = (hit.node as Scalar).type;
    let newText = replacement;
    if (type === 'QUOTE_DOUBLE') newText = replacement.replace(/[\\"]/g, '\\$&');
    else if (type === 'QUOTE_SINGLE') newText = replacement.replace(/'/g, "''");
    else if (/[\r\n]/.test(replacement)) return undefined;
    else if (type === 'PLAIN' && (/: |:$| #|[,[\]{}]/.test(replacement) || (m.index === 0 && /^[-?:,[\]{}#&*!|>'"%@`]/.test(replacement)))) return undefined;
    return { start: start + m.index!, end: start + m.index! + m[0].length, newText };
  }

  /** Replaces the node at `path` with `value` written in flow style on one line (e.g. `3` → `{ value: 3, … }`). */
  replaceNode(path: Path, value: unknown): TextEdit | undefined {
    const node = this.node(path)?.node;
    if (!node?.range) return undefined;
    return { start: node.range[0], end: node.range[1], newText: flow(value) };
  }

  /** Gives an empty value (`key:`, `key: {}`, `key: []`) a block value on the following lines. */
  setEmpty(path: Path, value: unknown): TextEdit | undefined {
    const hit = this.node(path);
    const v = hit?.node;
    const empty = v === null || (isScalar(v) && v.value === null) || (isCollection(v) && v.flow && v.items.length === 0);
    return hit?.pair && empty ? this.replaceEmptyValue(hit.pair, value) : undefined;
  }

  /**
   * Gives each key of the mapping at `path` a value: an existing scalar is replaced (quoting kept),
   * missing keys are added after the last entry. A key whose value is a collection is left alone.
   */
  fill(path: Path, entries: Record<string, unknown>): (TextEdit | undefined)[] {
    const edits: (TextEdit | undefined)[] = [];
    const add: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(entries)) {
      const hit = this.node([...path, key]);
      if (!hit) add[key] = value;
      else if (isScalar(hit.node) || hit.node === null) edits.push(this.replaceScalar([...path, key], value as string));
    }
    if (Object.keys(add).length) edits.push(this.addKeys(path, add));
    return edits;
  }

  /** Replaces raw text: only for what is not a YAML node, such as a rule id inside a comment. */
  replaceText(start: number, end: number, newText: string): TextEdit {
    return { start, end, newText };
  }

  /** Renames the key at `path` (its value and everything around it untouched). */
  renameKey(path: Path, newKey: string): TextEdit | undefined {
    const hit = this.node(path);
    const key = hit?.pair?.key as Node | undefined;
    if (!key?.range) return undefined;
    return { start: key.range[0], end: key.range[1], newText: stringify(newKey).trimEnd() };
  }

  /** Appends items to the list at `path`, creating the key at the top level when it is missing or empty. */
  appendItems(path: Path, items: unknown[]): TextEdit | undefined {
    const hit = this.node(path);
    const seq = hit?.node;
    if (isSeq(seq) && !seq.flow && seq.items.length) {
      const first = seq.items[0] as Node;
      const col = this.column(first.range![0]) - 2;
      const last = seq.items[seq.items.length - 1] as Node;
      return this.linesAt(this.lineEndAfter(last.range![1]), this.block(items, col));
    }
    if (isSeq(seq) && seq.flow && seq.items.length) {
      // `[a, b]` → `[a, b, c]`: after the last item, before any trailing comma, comment or bracket.
      const last = seq.items[seq.items.length - 1] as Node;
      return { start: last.range![1], end: last.range![1], newText: `, ${flow(items).slice(1, -1).trim()}` };
    }
    if (isSeq(seq) && seq.flow && seq.items.length === 0 && hit?.pair) {
      // `[]` stays a flow list for plain values; items with structure move to block lines.
      if (items.every((i) => i === null || typeof i !== 'object') && seq.range) {
        const close = this.parsed.text.lastIndexOf(']', seq.range[1]);
        return { start: seq.range[0] + 1, end: close, newText: flow(items).slice(1, -1).trim() };
      }
      return this.replaceEmptyValue(hit.pair, items);
    }
    if (hit?.pair && (seq === null || (isScalar(seq) && (seq as Scalar).value === null))) return this.replaceEmptyValue(hit.pair, items);
    if (!hit && path.length === 1) return this.addTopLevel(String(path[0]), items);
    return undefined;
  }

  /** Adds keys to the mapping at `path` (block or flow), after its last entry. */
  addKeys(path: Path, entries: Record<string, unknown>): TextEdit | undefined {
    const hit = this.node(path);
    const map = hit?.node;
    if (!isMap(map) || !map.range || !map.items.length) return undefined;
    if (map.flow) {
      const close = this.parsed.text.lastIndexOf('}', map.range[1]);
      let at = close;
      while (at > 0 && /[ \t\r\n]/.test(this.parsed.text[at - 1]!)) at--; // YAML white space only: a no-break space is text
      return { start: at, end: at, newText: `, ${flow(entries).slice(1, -1).trim()}` };
    }
    const firstKey = map.items[0]!.key as Node;
    const col = this.column(firstKey.range![0]);
    const lastPair = map.items[map.items.length - 1]!;
    const lastNode = ((lastPair.value as Node | null) ?? (lastPair.key as Node))!;
    return this.linesAt(this.lineEndAfter(lastNode.range![1]), this.block(entries, col));
  }

  /** A new top-level section: after the section `after` when there is one, else at the end of the document. */
  addTopLevel(key: string, value: unknown, after?: string): TextEdit | undefined {
    const text = this.parsed.text;
    // A key already there (its value rejected by the schema) would become a duplicate; a root that
    // is not a mapping has no end to append a section to; a flow root takes the key inside its braces.
    const root = this.parsed.doc.contents;
    if (!isMap(root) || root.items.some((p) => isScalar(p.key) && String(p.key.value) === key)) return undefined;
    if (root.flow) return this.addKeys([], { [key]: value });
    const prev = after === undefined ? undefined : this.node([after])?.pair;
    if (prev) {
      const end = ((prev.value as Node | null) ?? (prev.key as Node)).range![1];
      const at = this.lineEndAfter(end);
      // The section is the last line of a file without a final line break.
      if (at === text.length && !text.endsWith('\n')) return { start: at, end: at, newText: this.eol + this.block({ [key]: value }, 0).replace(new RegExp(`${this.eol}$`), '') };
      return { start: at, end: at, newText: this.block({ [key]: value }, 0) };
    }
    const sep = text.length === 0 || text.endsWith('\n') ? '' : this.eol;
    return { start: text.length, end: text.length, newText: sep + this.block({ [key]: value }, 0) };
  }

  private replaceEmptyValue(pair: Pair, value: unknown): TextEdit {
    const key = pair.key as Node;
    const col = this.column(key.range![0]);
    const valueNode = pair.value as Node | null;
    const start = key.range![1];
    const end = valueNode?.range ? valueNode.range[1] : start;
    const body = this.block(value, col + (this.indentSeq || !Array.isArray(value) ? 2 : 0));
    // Keep the colon; the value moves to the following lines.
    const colon = this.parsed.text.indexOf(':', start);
    // Inside a flow collection (`{ strengths: [] }`) block lines would break it: stay in flow style.
    if (this.inFlow(key.range![0])) return { start: colon + 1, end: Math.max(end, colon + 1), newText: ` ${flow(value)}` };
    return { start: colon + 1, end: Math.max(end, colon + 1), newText: `${this.eol}${body.replace(new RegExp(`${this.eol}$`), '')}` };
  }

  /** Whole lines inserted at a line start; at the end of a file with no final line break, one goes first. */
  private linesAt(at: number, lines: string): TextEdit {
    const text = this.parsed.text;
    if (at < text.length || text.length === 0 || text.endsWith('\n')) return { start: at, end: at, newText: lines };
    return { start: at, end: at, newText: this.eol + lines.slice(0, lines.length - this.eol.length) };
  }

  /** Whether `offset` lies inside a flow mapping or sequence. */
  private inFlow(offset: number): boolean {
    let found = false;
    visit(this.parsed.doc, {
      Collection(_, node) {
        if (!node.flow || !node.range || offset <= node.range[0] || offset >= node.range[1]) return undefined;
        found = true;
        return visit.BREAK;
      },
    });
    return found;
  }

  /** Serializes `value` as block YAML indented by `col` columns, ending with a line break. */
  block(value: unknown, col: number): string {
    const yaml = stringify(value, { indent: 2, indentSeq: this.indentSeq, lineWidth: 0 });
    const pad = ' '.repeat(col);
    return yaml
      .replace(/\n$/, '')
      .split('\n')
      .map((l) => pad + l)
      .join(this.eol)
      .concat(this.eol);
  }

  private column(offset: number): number {
    return this.parsed.lineCounter.linePos(offset).col - 1;
  }

  /** The offset just past the line break that ends the line containing `offset - 1` (the node's end). */
  private lineEndAfter(offset: number): number {
    const text = this.parsed.text;
    // A node's range may stop before a trailing comment on its last line: keep that comment.
    let i = Math.max(0, offset - 1);
    const nl = text.indexOf('\n', i);
    i = nl === -1 ? text.length : nl + 1;
    return i;
  }
}

/** `value` in flow style on one line: `{ a: 1, b: "x, y" }`, `[a, b]`. */
/** Flow style for text going inside `{ … }` or `[ … ]`: a `#` comment there would swallow the rest of the line. */
function flow(value: unknown): string {
  const doc = new Document(value);
  visit(doc, {
    Node(_, node) {
      node.comment = undefined;
      node.commentBefore = undefined;
    },
  });
  doc.comment = null;
  return doc.toString({ collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
}

/**
 * Where the first placeholder of the inserted text lands in the text after the edits: the
 * placeholder's text, without its quotes, so that typing replaces it. Undefined when none.
 */
export function firstPlaceholder(edits: readonly TextEdit[]): { start: number; end: number } | undefined {
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const i = e.newText.indexOf(PLACEHOLDER);
    if (i >= 0) {
      const rest = e.newText.slice(i).split(/\r?\n/)[0]!;
      const quote = e.newText[i - 1];
      const inComment = /(^|\s)#/.test(e.newText.slice(e.newText.lastIndexOf('\n', i) + 1, i));
      const len =
        inComment ? rest.trimEnd().length
        : quote === '"' ? /^(?:[^"\\]|\\.)*/.exec(rest)![0].length
        : quote === "'" ? /^(?:[^']|'')*/.exec(rest)![0].length
        : /^.*?(?=\s+#|[,}\]]|\s*$)/.exec(rest)![0].length;
      return { start: e.start + shift + i, end: e.start + shift + i + len };
    }
    shift += e.newText.length - (e.end - e.start);
  }
  return undefined;
}

/** Whether lists under a key are indented (`key:\n  - x`) in this document; yes when unknown. */
function detectIndentSeq(parsed: ParsedDoc): boolean {
  const contents = parsed.doc.contents;
  if (!isMap(contents)) return true;
  for (const pair of contents.items) {
    const v = pair.value as Node | null;
    if (isSeq(v) && !v.flow && v.items.length && isCollection(contents) && pair.key) {
      const keyCol = parsed.lineCounter.linePos((pair.key as Node).range![0]).col;
      const dashCol = parsed.lineCounter.linePos((v.items[0] as Node).range![0]).col - 2;
      return dashCol > keyCol;
    }
  }
  return true;
}

/** Applies non-overlapping edits (sorted by start; overlapping later ones are dropped). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}
