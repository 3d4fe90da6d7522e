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

const SPACE = /\s/;
/** The length in the text of a double-quoted escape (`\n`, `\x41`, `\u00e9`, `\U0001F600`). */
const escapeLength = (c: string | undefined) => (c === 'x' ? 4 : c === 'u' ? 6 : c === 'U' ? 10 : 2);

/**
 * The text offsets [start, end) of the value's characters [inner.start, inner.end). The value
 * is the text with indentation dropped, line breaks folded, quotes doubled and escapes read, so
 * its characters are matched to the text's in order: a space or line break of the value to one
 * of the text, any other character to the next same character (skipping indentation, folded
 * breaks and doubled quotes), an escape to the whole escape. Undefined when they do not align.
 */
function innerSpan(text: string, node: Scalar, inner: Inner): [number, number] | undefined {
  const value = node.value;
  if (typeof value !== 'string' || !node.range || inner.start < 0 || inner.end > value.length || inner.end <= inner.start) return undefined;
  const limit = node.range[1];
  const double = node.type === 'QUOTE_DOUBLE';
  let si = contentStart(text, node, node.range[0]);
  let start = -1;
  for (let vi = 0; vi < inner.end; vi++) {
    const v = value[vi]!;
    let width = 1;
    if (double && text[si] === '\\') {
      // An escaped line break stands for nothing: step over it and the indentation after it.
      while (text[si] === '\\' && (text[si + 1] === '\n' || text[si + 1] === '\r')) {
        si += 2;
        while (si < limit && SPACE.test(text[si]!)) si++;
      }
      if (text[si] === '\\') width = escapeLength(text[si + 1]);
    } else if (SPACE.test(v)) {
      if (!SPACE.test(text[si] ?? '')) return undefined;
    } else {
      while (si < limit && text[si] !== v) si++;
      if (si >= limit) return undefined;
      if (node.type === 'QUOTE_SINGLE' && v === "'") width = 2;
    }
    if (vi === inner.start) start = si;
    // A character outside the BMP read from an escape is two code units of the value.
    if (width > 2 && value.codePointAt(vi)! > 0xffff) vi++;
    si += width;
  }
  return start < 0 || si > limit ? undefined : [start, si];
}
