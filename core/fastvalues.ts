// The values for core/fastparse.ts: plain scalars (over several lines of plain words too),
// one-line quoted scalars, one-line flow collections, and the lines of a `|` or `>` block scalar. Each is built as yaml builds it
// (same node class, value, type, source, format and range); anything else throws NOT_SIMPLE
// (no()), and core/fastparse.ts then leaves the whole text to yaml.
import { type Document, Pair, Scalar, YAMLMap, YAMLSeq, isScalar } from 'yaml';

/** Thrown, without a stack, when the text leaves the subset; caught in fastParse. */
export const NOT_SIMPLE = Object.freeze({ notSimple: true });
export function no(): never {
  throw NOT_SIMPLE;
}

export const SPACE = 32;
export const HASH = 35;
/** A block or flow mapping key: a plain word. */
const KEY = /[A-Za-z0-9_][\w.\/-]*/y;

export type Node = Scalar | YAMLMap | YAMLSeq;

interface ScalarTag { default?: boolean | 'key'; test?: RegExp; resolve(s: string, onError: (m: string) => void, o: unknown): unknown; format?: string }

export class ValueReader {
  private readonly schema: Document.Parsed['schema'];
  private readonly tags: ScalarTag[];

  constructor(
    private readonly text: string,
    private readonly doc: Document.Parsed,
    /** Records a comment from `at` to the end of its line. */
    private readonly comment: (at: number, lineEnd: number) => void,
  ) {
    this.schema = doc.schema;
    this.tags = (this.schema.tags as unknown as ScalarTag[]).filter((t) => t.default === true && t.test);
  }

  /** The offset of the `:` after a plain key at `c`, or -1 when the line does not start with one. */
  keyEnd(c: number, lineEnd: number): number {
    KEY.lastIndex = c;
    if (!KEY.test(this.text)) return -1;
    const colon = KEY.lastIndex;
    // yaml refuses an implicit key longer than 1,024 characters.
    if (colon - c > 1000 || this.text.charCodeAt(colon) !== 58 /* : */) return -1;
    if (colon + 1 < lineEnd && this.text.charCodeAt(colon + 1) !== SPACE) return -1;
    return colon;
  }

  /**
   * A value that starts at `v` in block context. A plain scalar goes on over the lines after it
   * that are indented more than `parentIndent` (the key's or the dash's column); anything else
   * ends with its line. Its range[2] is where the line after it starts.
   */
  value(v: number, lineEnd: number, next: number, parentIndent: number): Node {
    const { text } = this;
    const ch = text.charCodeAt(v);
    let node: Node;
    if (ch === 123 /* { */ || ch === 91 /* [ */) {
      node = this.flow(v, lineEnd)[0];
      this.lineRest(node.range![1], lineEnd);
    } else if (ch === 34 /* " */ || ch === 39 /* ' */) {
      const close = this.quoteEnd(v, lineEnd);
      node = this.quoted(v, close);
      this.lineRest(close + 1, lineEnd);
    } else {
      // A plain scalar: up to a comment or the end of the line.
      let end = this.commentAt(v, lineEnd);
      while (end > v && text.charCodeAt(end - 1) === SPACE) end--;
      const s = text.slice(v, end);
      if (!plainStart(s) || s.includes(': ') || s.endsWith(':')) no();
      if (end === lineEnd) {
        const more = this.plainLines(next, parentIndent);
        if (more) {
          node = this.plain(`${s} ${more.parts.join(' ')}`, v, more.end, more.end);
          node.range![2] = more.next;
          return node;
        }
      }
      node = this.plain(s, v, end, end);
    }
    node.range![2] = next;
    return node;
  }

  /**
   * The lines that carry on a plain scalar from the line starting at `at`: each indented more
   * than `parentIndent`, folded into the value with one space; a comment ends the last one. A
   * blank or comment line ends the scalar; a line of it that yaml might read otherwise (an
   * indicator first, `: `) makes the fast path decline, and so does any line after the
   * scalar that is still indented more (yaml folds a blank line into it, or reports an error):
   * core/fastparse.ts meets it as a line that is neither a key nor an item.
   */
  private plainLines(at: number, parentIndent: number): { parts: string[]; end: number; next: number } | undefined {
    const { text } = this;
    // Most values are followed by a line that is not indented past them: seen in a few characters.
    let k = at;
    while (k <= at + parentIndent && text.charCodeAt(k) === SPACE) k++;
    if (k <= at + parentIndent) return undefined;
    const parts: string[] = [];
    let end = -1;
    while (at < text.length) {
      const nl = text.indexOf('\n', at);
      const lineEnd = breakAt(text, at, nl);
      let c = at;
      while (c < lineEnd && text.charCodeAt(c) === SPACE) c++;
      if (c === lineEnd || c - at <= parentIndent || text.charCodeAt(c) === HASH) break;
      const hash = this.commentAt(c, lineEnd);
      let e = hash;
      while (e > c && text.charCodeAt(e - 1) === SPACE) e--;
      const part = text.slice(c, e);
      if (INDICATORS.includes(part.charCodeAt(0)) || part.includes(': ') || part.endsWith(':')) no();
      parts.push(part);
      end = e;
      at = nl === -1 ? text.length : nl + 1;
      if (hash < lineEnd) break; // a comment ends the scalar
    }
    return parts.length ? { parts, end, next: at } : undefined;
  }

  /**
   * Where a comment (` #`) starts in a plain scalar's line from `from`, recording it; else the
   * line's end. Searched within the line only.
   */
  private commentAt(from: number, lineEnd: number): number {
    const { text } = this;
    let i = from;
    while (i < lineEnd && !(text.charCodeAt(i) === HASH && text.charCodeAt(i - 1) === SPACE)) i++;
    if (i < lineEnd) this.comment(i, lineEnd);
    return i;
  }

  /** After a flow collection or a quoted scalar: only spaces and a comment may follow on the line. */
  private lineRest(at: number, lineEnd: number): void {
    const i = this.skip(at, lineEnd);
    if (i === lineEnd) return;
    if (this.text.charCodeAt(i) !== HASH || i === at) no();
    this.comment(i, lineEnd);
  }

  /** The closing quote of a one-line quoted scalar at `v`. */
  private quoteEnd(v: number, lineEnd: number): number {
    const { text } = this;
    const q = text[v]!;
    let i = v + 1;
    for (;;) {
      const close = text.indexOf(q, i);
      if (close === -1 || close >= lineEnd) no();
      if (q === "'" && text.charCodeAt(close + 1) === 39) {
        i = close + 2;
        continue;
      }
      if (q === '"' && text.slice(v + 1, close).includes('\\')) no();
      return close;
    }
  }

  private quoted(v: number, close: number): Scalar {
    const double = this.text.charCodeAt(v) === 34;
    const raw = this.text.slice(v + 1, close);
    const value = double ? raw : raw.replaceAll("''", "'");
    const node = new Scalar(value);
    node.range = [v, close + 1, close + 1];
    node.source = value;
    node.type = double ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    return node;
  }

  /** A plain scalar, resolved by the schema's own tags exactly as yaml's composer does. */
  plain(s: string, start: number, end: number, end2: number): Scalar {
    const c = s.charCodeAt(0);
    let node: Scalar;
    // A word starting with a letter other than n, t, f (null, true, false) is always a string.
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      const l = c | 32;
      node = l === 110 || l === 116 || l === 102 ? this.resolve(s) : new Scalar(s);
    } else node = this.resolve(s);
    node.range = [start, end, end2];
    node.source = s;
    node.type = 'PLAIN';
    return node;
  }

  private resolve(s: string): Scalar {
    for (const tag of this.tags) {
      if (!tag.test!.test(s)) continue;
      const res = tag.resolve(s, no, this.doc.options);
      const node = isScalar(res) ? (res as Scalar) : new Scalar(res);
      if (tag.format) node.format = tag.format;
      return node;
    }
    return new Scalar(s);
  }

  /** A flow collection that opens at `v` and closes on the same line. Returns it and where it ends. */
  private flow(v: number, lineEnd: number, depth = 0): [Node, number] {
    const { text } = this;
    // Deep nesting is left to yaml, which reports it in words rather than overflowing the stack.
    if (depth > 32) no();
    const isMap = text.charCodeAt(v) === 123;
    const close = isMap ? 125 : 93;
    const node = isMap ? new YAMLMap(this.schema) : new YAMLSeq(this.schema);
    node.flow = true;
    const keys = isMap ? new Set<unknown>() : null;
    let i = this.skip(v + 1, lineEnd);
    if (text.charCodeAt(i) !== close) {
      for (;;) {
        if (isMap) {
          const colon = this.keyEnd(i, lineEnd);
          if (colon < 0 || text.charCodeAt(colon + 1) !== SPACE) no();
          const key = this.plain(text.slice(i, colon), i, colon, colon);
          if (keys!.has(key.value)) no();
          keys!.add(key.value);
          const [value, after] = this.flowItem(this.skip(colon + 1, lineEnd), lineEnd, depth);
          (node as YAMLMap).items.push(new Pair(key, value));
          i = after;
        } else {
          const [value, after] = this.flowItem(i, lineEnd, depth);
          (node as YAMLSeq).items.push(value);
          i = after;
        }
        const ch = text.charCodeAt(i);
        if (ch === 44 /* , */) {
          i = this.skip(i + 1, lineEnd);
          if (text.charCodeAt(i) === close || i >= lineEnd) no();
          continue;
        }
        if (ch === close) break;
        no();
      }
    }
    node.range = [v, i + 1, i + 1];
    return [node, i + 1];
  }

  /** An item inside a flow collection; returns it and the offset after it and its spaces. */
  private flowItem(i: number, lineEnd: number, depth: number): [Node, number] {
    const { text } = this;
    if (i >= lineEnd) no();
    const ch = text.charCodeAt(i);
    if (ch === 123 || ch === 91) {
      const [node, after] = this.flow(i, lineEnd, depth + 1);
      const next = this.skip(after, lineEnd);
      node.range![2] = next;
      return [node, next];
    }
    if (ch === 34 || ch === 39) {
      const close = this.quoteEnd(i, lineEnd);
      const node = this.quoted(i, close);
      const next = this.skip(close + 1, lineEnd);
      node.range![2] = next;
      return [node, next];
    }
    let end = i;
    while (end < lineEnd) {
      const c = text.charCodeAt(end);
      if (c === 44 || c === 123 || c === 125 || c === 91 || c === 93) break;
      end++;
    }
    const stop = end;
    while (end > i && text.charCodeAt(end - 1) === SPACE) end--;
    const s = text.slice(i, end);
    // A ':' inside is fine (14:30) unless a space or the item's end follows it: that would be a key.
    if (!s || !plainStart(s) || s.includes(': ') || s.endsWith(':') || s.includes('#')) no();
    return [this.plain(s, i, end, stop), stop];
  }

  skip(i: number, lineEnd: number): number {
    while (i < lineEnd && this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /**
   * A `|` or `>` block scalar (with an optional `-`) whose header is at `h`, after a key of a map
   * at `parentIndent`: the indented lines that follow. Its range ends after its last line. Gives up on
   * indentation indicators, `+`, a comment on the header, more-indented folded lines and
   * whitespace-only lines longer than the indentation.
   */
  blockScalar(parentIndent: number, h: number, lineEnd: number, next: number): Scalar {
    const { text } = this;
    const folded = text.charCodeAt(h) === 62;
    let i = h + 1;
    const strip = text.charCodeAt(i) === 45;
    if (strip) i++;
    if (this.skip(i, lineEnd) !== lineEnd) no();
    if (next >= text.length) no();
    const lines: string[] = [];
    let indent = -1;
    let at = next;
    let lastContentEnd = -1;
    let blankRun = 0;
    while (at < text.length) {
      const nl = text.indexOf('\n', at);
      const end = breakAt(text, at, nl);
      let c = at;
      while (c < end && text.charCodeAt(c) === SPACE) c++;
      if (c === end) {
        if (indent >= 0 ? c - at > indent : false) no();
        if (nl === -1) break;
        blankRun++;
        at = nl + 1;
        continue;
      }
      if (indent < 0) {
        indent = c - at;
        if (indent <= parentIndent) no();
        // Leading blank lines longer than the indentation are an error in yaml.
        let p = next;
        while (p < at) {
          const q = text.indexOf('\n', p);
          if (breakAt(text, p, q) - p > indent) no();
          p = q + 1;
        }
      } else if (c - at < indent) break;
      if (nl === -1) no();
      for (; blankRun > 0; blankRun--) lines.push('');
      const line = text.slice(at + indent, end);
      if (folded && line.charCodeAt(0) === SPACE) no();
      lines.push(line);
      lastContentEnd = nl + 1;
      at = nl + 1;
    }
    if (indent < 0) no();
    let value: string;
    if (folded) {
      value = '';
      // Each empty line is a line break; a break between two lines of text is a space.
      for (let k = 0; k < lines.length; k++) {
        const line = lines[k]!;
        if (line === '') value += '\n';
        else value += k > 0 && lines[k - 1] !== '' ? ` ${line}` : line;
      }
    } else value = lines.join('\n');
    if (!strip) value += '\n';
    const node = new Scalar(value);
    node.range = [h, lastContentEnd, lastContentEnd];
    node.source = value;
    node.type = folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
    return node;
  }
}

/** Where the line from `at` ends: before its `\n` (at `nl`, -1 for none) or its `\r\n`. */
export function breakAt(text: string, at: number, nl: number): number {
  if (nl === -1) return text.length;
  return nl > at && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
}

/** Whether a plain scalar may start with this text: not with an indicator (`-` only before a word). */
function plainStart(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c === 45 /* - */) {
    const d = s.charCodeAt(1);
    return s.length > 1 && d !== SPACE && !FLOW_INDICATORS.includes(d);
  }
  return !INDICATORS.includes(c);
}
const INDICATORS = [...'-?:,[]{}#&*!|>\'"%@`'].map((ch) => ch.charCodeAt(0));
const FLOW_INDICATORS = [...',[]{}'].map((ch) => ch.charCodeAt(0));
