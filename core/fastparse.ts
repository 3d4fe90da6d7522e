// A fast path for the plain YAML that review files are written in. It reads the text line by line
// and builds the same `yaml` nodes, with the same values and ranges, that yaml's own parser and
// composer build: block maps and sequences, one-line flow collections, plain scalars (also over
// several lines of plain words), one-line quoted scalars, `|` and `>` block scalars, comments and
// blank lines anywhere, with `\n` or `\r\n` line ends. It gives up (returns undefined) on anything
// else — anchors, tags, multi-line quoted scalars, a blank line inside a plain scalar, escapes,
// tabs, document markers, duplicate keys, anything yaml would report —
// and the caller then parses the text with yaml itself. So it never decides what is valid YAML:
// it only answers for texts that yaml parses without a message, and test/core/fastparse.test.ts
// checks that its answer is yaml's.
//
// This file reads the structure: lines, indentation, maps and sequences, and where comments and
// blank lines go, which decides where a node's range ends. yaml has precise rules for that
// (parse/parser.js: atIndentedComment, pop, the empty-value split), mirrored in `settle`,
// `absorb`, `pop` and `finishEmpty`. The values on a line are read by core/fastvalues.ts. Nodes
// carry no `comment`, `commentBefore` or `spaceBefore`: nothing reads them (comments are
// collected separately, for directives).
import { Document, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { Comment } from './syntax';
import { HASH, NOT_SIMPLE, type Node, SPACE, ValueReader, breakAt, no } from './fastvalues';

export interface FastParse { doc: Document.Parsed; comments: Comment[] }

/**
 * The version of `yaml` whose parser and composer this file mirrors. test/core/fastparse.test.ts
 * fails when the installed version differs: re-check the mirrored rules against the new version
 * (its parse/parser.js and compose/ changes), run that test, then update this.
 */
export const MIRRORED_YAML_VERSION = '2.9.1';

/** Characters we never read past: tabs, controls, a CR not ending a line, BOM, NEL and the Unicode line breaks. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029]|\r(?!\n)/;
const OPTIONS = { uniqueKeys: true, prettyErrors: false, logLevel: 'error' } as const;

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

class FastParser {
  private readonly doc = new Document(undefined, OPTIONS) as unknown as Document.Parsed;
  private readonly schema = this.doc.schema;
  private readonly values: ValueReader;
  private readonly stack: Open[] = [];
  private readonly trivia: Trivia[] = [];
  /** The last value whose range may still grow by the comments that follow it. */
  private last: Node | null = null;
  private rootNode: Node | null = null;
  private docStart = -1;

  constructor(
    private readonly text: string,
    readonly comments: Comment[] | null,
  ) {
    this.values = new ValueReader(text, this.doc, (at, lineEnd) => this.comment(at, lineEnd));
  }

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
    const colon = dash ? -1 : this.values.keyEnd(c, lineEnd);
    if (!dash && colon < 0) no();
    const target = this.settle(indent, dash, lineStart + indent, c);
    if (!dash) return this.pair(target, c, colon, lineEnd, next);
    // A sequence item: a value, or a map that starts on the item's line.
    const seq = target.node as YAMLSeq;
    let v = c + 1;
    while (v < lineEnd && text.charCodeAt(v) === SPACE) v++;
    if (v === lineEnd || text.charCodeAt(v) === HASH) no();
    if (text.charCodeAt(v) === 45 && (v + 1 === lineEnd || text.charCodeAt(v + 1) === SPACE)) no();
    const keyColon = this.values.keyEnd(v, lineEnd);
    if (keyColon >= 0) {
      const map = this.open(true, v - lineStart, v);
      seq.items.push(map.node);
      return this.pair(map, v, keyColon, lineEnd, next);
    }
    const node = this.values.value(v, lineEnd, next, target.indent);
    seq.items.push(node);
    target.offset = node.range![2];
    this.last = node;
    return node.range![2];
  }

  /** `key: …` into `map`; returns where the next line starts. */
  private pair(map: Open, c: number, colon: number, lineEnd: number, next: number): number {
    const { text } = this;
    const key = this.values.plain(text.slice(c, colon), c, colon, colon);
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
    if (ch === 124 /* | */ || ch === 62 /* > */) {
      // A block scalar has no trailing comments to take over: `last` stays empty.
      const node = this.values.blockScalar(map.indent, v, lineEnd, next);
      (map.node as YAMLMap).items.push(new Pair(key, node));
      map.offset = node.range![1];
      this.last = null;
      return node.range![1];
    }
    const node = this.values.value(v, lineEnd, next, map.indent);
    (map.node as YAMLMap).items.push(new Pair(key, node));
    map.offset = node.range![2];
    this.last = node;
    return node.range![2];
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
    const node = this.values.plain('', e.pos, e.pos, e.pos);
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

}

/** The document as yaml would build it, or undefined when the text is not in the simple subset. */
export function fastParse(text: string, withComments: boolean): FastParse | undefined {
  if (UNSAFE.test(text)) return undefined;
  const comments: Comment[] | null = withComments ? [] : null;
  try {
    const doc = new FastParser(text, comments).run();
    return { doc, comments: comments ?? [] };
  } catch (e) {
    if (e === NOT_SIMPLE) return undefined;
    throw e;
  }
}
