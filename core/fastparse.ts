// A fast path for the plain YAML that review files are written in. It reads the text line by line
// and builds the same `yaml` nodes, with the same values and ranges, that yaml's own parser and
// composer build: block maps and sequences, one-line flow collections, plain and one-line quoted
// scalars, `|` and `>` block scalars, comments and blank lines anywhere, with `\n` or `\r\n` line
// ends. It gives up (returns
// undefined) on anything else — anchors, tags, multi-line plain or quoted scalars, escapes, tabs,
// document markers, duplicate keys, anything yaml would report — and the caller then parses the
// text with yaml itself. So it never decides what is valid YAML: it only answers for texts that
// yaml parses without a message, and test/core/fastparse.test.ts checks that its answer is yaml's.
//
// Where comments and blank lines go decides where a node's range ends, and yaml has precise rules
// for it (parse/parser.js: atIndentedComment, pop, the empty-value split). They are mirrored in
// `settle`, `absorb`, `pop` and `finishEmpty`. Nodes carry no `comment`, `commentBefore` or
// `spaceBefore`: nothing reads them (comments are collected separately, for directives).
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, isScalar } from 'yaml';

export interface FastComment { offset: number; text: string }
export interface FastParse { doc: Document.Parsed; comments: FastComment[] }

/** Thrown, without a stack, when the text leaves the subset; caught in fastParse. */
const NOT_SIMPLE = Object.freeze({ notSimple: true });
function no(): never {
  throw NOT_SIMPLE;
}

/** Characters we never read past: tabs, controls, a CR not ending a line, BOM, NEL and the Unicode line breaks. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029]|\r(?!\n)/;
/** A block or flow mapping key: a plain word. */
const KEY = /[A-Za-z0-9_][\w.\/-]*/y;
const OPTIONS = { uniqueKeys: true, prettyErrors: false, logLevel: 'error' } as const;

const SPACE = 32;
const HASH = 35;

/** One blank or comment line waiting to be placed: where its line break starts and ends. */
interface Trivia { brk: number; end: number; indent: number; comment: boolean }

interface Open {
  node: YAMLMap | YAMLSeq;
  isMap: boolean;
  indent: number;
  start: number;
  /** yaml's running offset: the end (range[2]) of the last value. */
  offset: number;
  /** A sequence at its parent map's indentation (`key:\n- a`). */
  flush: boolean;
  keys?: Set<unknown>;
  /** A `key:` whose value has not come yet. */
  empty?: { pair: Pair; pos: number; comment: boolean; lineEnd: number };
}

type Node = Scalar | YAMLMap | YAMLSeq;

interface ScalarTag { default?: boolean | 'key'; test?: RegExp; resolve(s: string, onError: (m: string) => void, o: unknown): unknown; format?: string }

class FastParser {
  private readonly doc = new Document(undefined, OPTIONS) as unknown as Document.Parsed;
  private readonly schema = this.doc.schema;
  private readonly tags = (this.schema.tags as unknown as ScalarTag[]).filter((t) => t.default === true && t.test);
  private readonly stack: Open[] = [];
  private readonly trivia: Trivia[] = [];
  /** The last value whose range may still grow by the comments that follow it. */
  private last: Node | null = null;
  private rootNode: Node | null = null;
  private docStart = -1;

  constructor(
    private readonly text: string,
    readonly comments: FastComment[] | null,
  ) {}

  run(): Document.Parsed {
    const { text } = this;
    const len = text.length;
    let at = 0;
    while (at < len) {
      const nl = text.indexOf('\n', at);
      const lineEnd = breakAt(text, at, nl);
      const next = nl === -1 ? len : nl + 1;
      let c = at;
      while (c < lineEnd && text.charCodeAt(c) === SPACE) c++;
      if (c === lineEnd) this.trivia.push({ brk: lineEnd, end: next, indent: c - at, comment: false });
      else if (text.charCodeAt(c) === HASH) {
        this.comment(c, lineEnd);
        this.trivia.push({ brk: lineEnd, end: next, indent: c - at, comment: true });
      } else {
        at = this.content(at, c, lineEnd, next);
        continue;
      }
      at = next;
    }
    this.finish();
    return this.doc;
  }

  private comment(at: number, lineEnd: number): void {
    this.comments?.push({ offset: at, text: this.text.slice(at, lineEnd) });
  }

  /** One line that holds a node; returns where the next line starts. */
  private content(lineStart: number, c: number, lineEnd: number, next: number): number {
    const { text } = this;
    const indent = c - lineStart;
    const ch = text.charCodeAt(c);
    const dash = ch === 45 /* - */ && (c + 1 === lineEnd || text.charCodeAt(c + 1) === SPACE);
    if (indent === 0 && (text.startsWith('---', c) || text.startsWith('...', c) || ch === 37 /* % */)) no();
    const colon = dash ? -1 : this.keyEnd(c, lineEnd);
    if (!dash && colon < 0) no();
    const target = this.settle(indent, dash, lineStart + indent, c);
    if (!dash) return this.pair(target, c, colon, lineEnd, next);
    // A sequence item: a value, or a map that starts on the item's line.
    const seq = target.node as YAMLSeq;
    let v = c + 1;
    while (v < lineEnd && text.charCodeAt(v) === SPACE) v++;
    if (v === lineEnd || text.charCodeAt(v) === HASH) no();
    if (text.charCodeAt(v) === 45 && (v + 1 === lineEnd || text.charCodeAt(v + 1) === SPACE)) no();
    const keyColon = this.keyEnd(v, lineEnd);
    if (keyColon >= 0) {
      const map = this.open(true, v - lineStart, v);
      seq.items.push(map.node);
      return this.pair(map, v, keyColon, lineEnd, next);
    }
    const node = this.value(v, lineEnd, next);
    seq.items.push(node);
    target.offset = node.range![2];
    this.last = node;
    return next;
  }

  /** `key: …` into `map`; returns where the next line starts. */
  private pair(map: Open, c: number, colon: number, lineEnd: number, next: number): number {
    const { text } = this;
    const key = this.plain(text.slice(c, colon), c, colon, colon);
    const keys = (map.keys ??= new Set());
    if (keys.has(key.value)) no();
    keys.add(key.value);
    let v = colon + 1;
    while (v < lineEnd && text.charCodeAt(v) === SPACE) v++;
    const ch = text.charCodeAt(v);
    if (v === lineEnd || ch === HASH) {
      if (ch === HASH) this.comment(v, lineEnd);
      const pair = new Pair(key);
      (map.node as YAMLMap).items.push(pair);
      map.empty = { pair, pos: v, comment: ch === HASH, lineEnd };
      this.last = null;
      return next;
    }
    if (ch === 124 /* | */ || ch === 62 /* > */) return this.blockScalar(map, key, v, lineEnd, next);
    const node = this.value(v, lineEnd, next);
    (map.node as YAMLMap).items.push(new Pair(key, node));
    map.offset = node.range![2];
    this.last = node;
    return next;
  }

  /** The offset of the `:` after a plain key at `c`, or -1 when the line does not start with one. */
  private keyEnd(c: number, lineEnd: number): number {
    KEY.lastIndex = c;
    if (!KEY.test(this.text)) return -1;
    const colon = KEY.lastIndex;
    // yaml refuses an implicit key longer than 1,024 characters.
    if (colon - c > 1000 || this.text.charCodeAt(colon) !== 58 /* : */) return -1;
    if (colon + 1 < lineEnd && this.text.charCodeAt(colon + 1) !== SPACE) return -1;
    return colon;
  }

  /**
   * Places the blank and comment lines seen since the last node, closes the collections the line
   * at `indent` leaves, and returns the collection the line belongs to.
   */
  private settle(indent: number, dash: boolean, nextAt: number, c: number): Open {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      this.docStart = nextAt - indent;
      this.trivia.length = 0;
      return this.open(!dash, indent, c);
    }
    if (top.empty) {
      if (indent > top.indent || (indent === top.indent && dash)) {
        // The line starts the value of `key:`: a nested block collection.
        const child = this.open(!dash, indent, c);
        top.empty.pair.value = child.node;
        child.flush = indent === top.indent;
        top.empty = undefined;
        this.trivia.length = 0;
        return child;
      }
      this.finishEmpty(top, indent === top.indent ? 'same' : 'dedent', nextAt);
    } else if (this.last) {
      this.absorb(top);
    }
    this.last = null;
    for (;;) {
      const t = this.stack[this.stack.length - 1];
      if (!t) no();
      if (t.indent > indent || (t.flush && t.indent === indent && !dash)) this.pop(nextAt);
      else break;
    }
    const t = this.stack[this.stack.length - 1]!;
    if (t.indent !== indent || t.isMap === dash) no();
    this.trivia.length = 0;
    return t;
  }

  /** yaml's atIndentedComment: comment lines indented past the collection join the last value's end. */
  private absorb(c: Open): void {
    const { trivia } = this;
    let k = -1;
    for (let i = 0; i < trivia.length; i++) {
      const t = trivia[i]!;
      if (!t.comment) continue;
      if (t.indent > c.indent) k = i;
      else break;
    }
    if (k < 0) return;
    const end = trivia[k]!.end;
    this.last!.range![2] = end;
    c.offset = end;
    trivia.splice(0, k + 1);
  }

  /**
   * Closes the innermost collection. What is left of the blank and comment lines (and the next
   * line's indentation) moves on to its parent unless a comment in it is indented at least as far
   * as the collection, in which case the collection's range runs to the next line's content.
   */
  private pop(nextAt: number): void {
    const x = this.stack.pop()!;
    let end = x.offset;
    if (x.indent !== 0 && this.trivia.some((t) => t.comment && t.indent >= x.indent)) {
      end = nextAt >= 0 ? nextAt : this.text.length;
      this.trivia.length = 0;
    }
    x.node.range = [x.start, x.offset, end];
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.offset = end;
  }

  /**
   * `key:` with nothing after it: an empty (null) value. yaml places it after the colon and its
   * spaces; its range reaches over the comment lines that followed only when there were some.
   */
  private finishEmpty(map: Open, mode: 'same' | 'dedent' | 'eof', nextAt: number): void {
    const e = map.empty!;
    map.empty = undefined;
    let end = nextAt;
    let comment = e.comment;
    if (mode === 'same') {
      // The newlines after the last reset (the colon, or a comment indented past the map): from
      // the second of them on, the lines belong to the next key.
      let first = -1;
      let second = -1;
      const lines = this.trivia;
      // The key line's own newline.
      if (e.lineEnd < this.text.length) first = e.lineEnd;
      for (const t of lines) {
        const nlAt = t.brk;
        if (t.comment && t.indent > map.indent) {
          first = -1;
          second = -1;
        }
        if (first < 0) first = nlAt;
        else if (second < 0) second = nlAt;
      }
      if (second >= 0) end = second;
      if (!comment) for (const t of lines) if (t.comment && t.brk <= end) comment = true;
    } else if (!comment) {
      comment = this.trivia.some((t) => t.comment);
    }
    const node = this.plain('', e.pos, e.pos, e.pos);
    if (comment) node.range![2] = end;
    e.pair.value = node;
    map.offset = node.range![2];
    this.trivia.length = 0;
    this.last = null;
  }

  private finish(): void {
    if (!this.stack.length) no();
    const top = this.stack[this.stack.length - 1]!;
    if (top.empty) this.finishEmpty(top, 'eof', this.text.length);
    else if (this.last) this.absorb(top);
    while (this.stack.length) this.pop(-1);
    const root = this.rootNode!;
    this.doc.contents = root as Document.Parsed["contents"];
    // Blank and comment lines left over at the end are the document's; an empty value took them.
    this.doc.range = [this.docStart, root.range![2], this.trivia.length ? this.text.length : root.range![2]];
  }

  private open(isMap: boolean, indent: number, start: number): Open {
    const node = isMap ? new YAMLMap(this.schema) : new YAMLSeq(this.schema);
    const o: Open = { node, isMap, indent, start, offset: start, flush: false };
    if (!this.stack.length) this.rootNode = node;
    this.stack.push(o);
    return o;
  }

  /** A value that starts at `v` in block context and ends with its line. */
  private value(v: number, lineEnd: number, next: number): Node {
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
      let end = v;
      while (end < lineEnd && !(text.charCodeAt(end) === HASH && text.charCodeAt(end - 1) === SPACE)) end++;
      if (end < lineEnd) this.comment(end, lineEnd);
      while (end > v && text.charCodeAt(end - 1) === SPACE) end--;
      const s = text.slice(v, end);
      if (!plainStart(s) || s.includes(': ') || s.endsWith(':')) no();
      node = this.plain(s, v, end, end);
    }
    node.range![2] = next;
    return node;
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
  private plain(s: string, start: number, end: number, end2: number): Scalar {
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

  private skip(i: number, lineEnd: number): number {
    while (i < lineEnd && this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /**
   * `key: |` or `key: >` (with an optional `-`): the indented lines that follow. Gives up on
   * indentation indicators, `+`, a comment on the header, more-indented folded lines and
   * whitespace-only lines longer than the indentation.
   */
  private blockScalar(map: Open, key: Scalar, h: number, lineEnd: number, next: number): number {
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
        if (indent <= map.indent) no();
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
    (map.node as YAMLMap).items.push(new Pair(key, node));
    map.offset = lastContentEnd;
    this.last = null;
    return lastContentEnd;
  }
}

/** Where the line from `at` ends: before its `\n` (at `nl`, -1 for none) or its `\r\n`. */
function breakAt(text: string, at: number, nl: number): number {
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

/** The document as yaml would build it, or undefined when the text is not in the simple subset. */
export function fastParse(text: string, withComments: boolean): FastParse | undefined {
  if (UNSAFE.test(text)) return undefined;
  const comments: FastComment[] | null = withComments ? [] : null;
  try {
    const doc = new FastParser(text, comments).run();
    return { doc, comments: comments ?? [] };
  } catch (e) {
    if (e === NOT_SIMPLE) return undefined;
    throw e;
  }
}
