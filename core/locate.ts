import { type Node, type Scalar, isCollection, isMap, isPair, isScalar } from 'yaml';
import { type ParsedDoc, toRange } from './parse';
import type { Path, Range } from './syntax';
import { walkPath } from './walk';

export function has(parsed: ParsedDoc, path: Path): boolean {
  const hit = walkPath(parsed.doc.contents as Node | null, path);
  return hit.exact && hit.node !== null;
}

/** Offsets [start, end) inside a scalar's value: the string a rule read, not the text of the file. */
export interface Inner { start: number; end: number }

/**
 * The one place that turns a path into a range (rules never compute positions).
 * An existing node: its value (a block collection: its first line), or its key with at='key'.
 * With `inner`, a string value's words at those offsets, in whatever style the scalar is written.
 * A missing one: the key of the nearest ancestor that exists (the parent key of where it belongs);
 * at the top level, the first line of the file.
 */
export function locate(parsed: ParsedDoc, path: Path, at: 'key' | 'value' = 'value', inner?: Inner): Range {
  const hit = walkPath(parsed.doc.contents as Node | null, path);
  if (hit.exact && at === 'key' && hit.pair) return nodeRange(parsed, hit.pair.key as Node);
  if (hit.exact && inner && isScalar(hit.node)) {
    const span = innerSpan(parsed.text, hit.node, inner);
    if (span) return toRange(parsed.lineCounter, span[0], span[1]);
  }
  if (hit.exact && hit.node) return nodeRange(parsed, hit.node);
  if (hit.pair) return nodeRange(parsed, hit.pair.key as Node);
  if (hit.depth > 0 && hit.node) return nodeRange(parsed, hit.node);
  return topLine(parsed);
}

/**
 * The `kind:` line (else the first line): where a missing top-level section was reported before
 * it moved to the top of the file. Baseline fingerprints of such findings are still taken here,
 * so that baselines recorded then keep hiding them, and a comment added at the top does not
 * change them.
 */
export function kindLine(parsed: ParsedDoc): Range {
  const contents = parsed.doc.contents;
  if (isMap(contents)) {
    const kind = contents.items.find((p) => isScalar(p.key) && p.key.value === 'kind');
    if (kind && isPair(kind)) {
      const start = (kind.key as Node).range![0];
      const end = ((kind.value as Node | null) ?? (kind.key as Node)).range![1];
      return toRange(parsed.lineCounter, start, end);
    }
  }
  return toRange(parsed.lineCounter, 0, Math.max(0, parsed.text.indexOf('\n')));
}

/**
 * Where a missing top-level section is reported: the first line of the file, which is where a
 * reader starts and where a file-wide `# review-disable` comment goes. Not the `kind:` line: the
 * section is missing from the file, not from `kind`.
 */
function topLine(parsed: ParsedDoc): Range {
  const nl = parsed.text.indexOf('\n');
  let end = nl === -1 ? parsed.text.length : nl;
  while (end > 0 && /\s/.test(parsed.text[end - 1]!)) end--;
  return toRange(parsed.lineCounter, 0, end);
}

function nodeRange(parsed: ParsedDoc, node: Node): Range {
  const [start, end] = node.range ?? [0, 0];
  if (isCollection(node) && !node.flow) {
    // A multi-line block would underline half the file; its first line says which one is meant.
    const nl = parsed.text.indexOf('\n', start);
    let lineEnd = nl === -1 || nl > end ? end : nl;
    while (lineEnd > start && /\s/.test(parsed.text[lineEnd - 1]!)) lineEnd--;
    return toRange(parsed.lineCounter, start, lineEnd);
  }
  return toRange(parsed.lineCounter, start, end);
}

/** Where a scalar's content starts in the text: after a quote, or on the line after a block header. */
function contentStart(text: string, node: Scalar, start: number): number {
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return start + 1;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const nl = text.indexOf('\n', start);
    return nl === -1 ? start : nl + 1;
  }
  return start;
}

/**
 * `\s` of one UTF-16 code unit (NaN past the end: not a space) without a regular expression:
 * ECMAScript's white space and line terminators (test/core/locate.test.ts checks every unit).
 */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0x1680) return code === 0xa0;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
/** The length in the text of a double-quoted escape (`\n`, `\x41`, `\u00e9`, `\U0001F600`). */
const escapeLength = (c: string | undefined) => (c === 'x' ? 4 : c === 'u' ? 6 : c === 'U' ? 10 : 2);

/**
 * Where the characters of a scalar's value are in the text, worked out once per scalar: a long
 * answer with many flagged words is read once, not once for every word (that made a document's
 * lint grow with findings × scalar length). Stored as pieces, each a run of characters written
 * as is (one text character each) or one character read from an escape or a doubled quote.
 */
interface Alignment {
  /** The first value character of each piece, ascending. */
  v: number[];
  /** Where each piece starts in the text. */
  s: number[];
  /** The text width of each character of the piece: 1 for a run, an escape's or doubled quote's length for one character. */
  w: number[];
  /** Pieces of two value characters read from one escape (a character outside the BMP): the second has no place of its own. */
  pair: Set<number>;
  /** The first value character that does not align with the text (value.length when all do). */
  stop: number;
}

const alignments = new WeakMap<Scalar, Alignment>();

/**
 * The value is the text with indentation dropped, line breaks folded, quotes doubled and escapes
 * read, so its characters are matched to the text's in order: a space or line break of the value
 * to one of the text, any other character to the next same character (skipping indentation,
 * folded breaks and doubled quotes), an escape to the whole escape. Where the rest of a line is
 * written as is, it is taken in one comparison.
 */
function align(text: string, node: Scalar, value: string, limit: number): Alignment {
  const out: Alignment = { v: [], s: [], w: [], pair: new Set(), stop: value.length };
  const double = node.type === 'QUOTE_DOUBLE';
  const single = node.type === 'QUOTE_SINGLE';
  const special = double ? '\\' : single ? "'" : undefined;
  const place = (vi: number, si: number, width: number) => {
    const k = out.v.length - 1;
    // A character right after a run, one text character wide, extends it.
    if (width === 1 && k >= 0 && out.w[k] === 1 && !out.pair.has(k) && out.s[k]! + (vi - out.v[k]!) === si) return;
    out.v.push(vi);
    out.s.push(si);
    out.w.push(width);
  };
  let si = contentStart(text, node, node.range![0]);
  let stepsUntil = -1;
  for (let vi = 0; vi < value.length; vi++) {
    const v = value.charCodeAt(vi);
    if (si >= stepsUntil && text.charCodeAt(si) === v && v !== LF) {
      // The rest of this line, as far as nothing is escaped, doubled or folded: one comparison.
      const lineEnd = text.indexOf('\n', si);
      let end = Math.min(value.length, vi + ((lineEnd === -1 ? limit : Math.min(lineEnd, limit)) - si));
      const nl = value.indexOf('\n', vi);
      if (nl !== -1 && nl < end) end = nl;
      const sp = special === undefined ? -1 : value.indexOf(special, vi);
      if (sp !== -1 && sp < end) end = sp;
      if (end - vi > 1 && text.startsWith(value.slice(vi, end), si)) {
        place(vi, si, 1);
        si += end - vi;
        vi = end - 1;
        continue;
      }
      // Not as is up to the line's end: go character by character to the end of this text line.
      stepsUntil = lineEnd === -1 ? limit : lineEnd;
    }
    let width = 1;
    if (double && text.charCodeAt(si) === BACKSLASH) {
      // An escaped line break stands for nothing: step over it and the indentation after it.
      while (text.charCodeAt(si) === BACKSLASH && (text.charCodeAt(si + 1) === LF || text.charCodeAt(si + 1) === CR)) {
        si += 2;
        while (si < limit && isSpace(text.charCodeAt(si))) si++;
      }
      if (text.charCodeAt(si) === BACKSLASH) width = escapeLength(text[si + 1]);
    } else if (isSpace(v)) {
      if (!isSpace(text.charCodeAt(si))) return { ...out, stop: vi };
    } else {
      while (si < limit && text.charCodeAt(si) !== v) si++;
      if (si >= limit) return { ...out, stop: vi };
      if (single && v === QUOTE) width = 2;
    }
    place(vi, si, width);
    si += width;
    // A character outside the BMP read from an escape is two code units of the value.
    if (width > 2 && value.codePointAt(vi)! > 0xffff && vi + 1 < value.length) {
      out.pair.add(out.v.length - 1);
      vi++;
    }
  }
  return out;
}

/** The text offsets of value character i: where it starts (-1: it has no place of its own) and where it ends. */
function placeOf(a: Alignment, i: number): [number, number] {
  let lo = 0;
  let hi = a.v.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.v[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  const s = a.s[lo]!;
  const w = a.w[lo]!;
  if (a.pair.has(lo)) return [i === a.v[lo] ? s : -1, s + w];
  const at = s + (i - a.v[lo]!) * w;
  return [at, at + w];
}

const BACKSLASH = 92;
const LF = 10;
const CR = 13;
const QUOTE = 39;

/** The text offsets [start, end) of the value's characters [inner.start, inner.end); undefined when they do not align. */
function innerSpan(text: string, node: Scalar, inner: Inner): [number, number] | undefined {
  const value = node.value;
  if (typeof value !== 'string' || !node.range || inner.start < 0 || inner.end > value.length || inner.end <= inner.start) return undefined;
  const limit = node.range[1];
  // Most values are their text as written (one line, no escape, no doubled quote): no alignment needed.
  const from = contentStart(text, node, node.range[0]);
  if (verbatim(node, value) && from + value.length <= limit && text.startsWith(value, from)) return [from + inner.start, from + inner.end];
  let a = alignments.get(node);
  if (!a) alignments.set(node, (a = align(text, node, value, limit)));
  if (a.stop < inner.end) return undefined;
  const start = placeOf(a, inner.start)[0];
  const end = placeOf(a, inner.end - 1)[1];
  return start < 0 || end > limit ? undefined : [start, end];
}

/** Whether a value found as is in the text maps character for character (no escape or doubled quote can be among them). */
function verbatim(node: Scalar, value: string): boolean {
  if (node.type === 'QUOTE_DOUBLE') return !value.includes('\\');
  if (node.type === 'QUOTE_SINGLE') return !value.includes("'");
  return true;
}
