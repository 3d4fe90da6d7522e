import { type Node, type Pair, isCollection, isMap, isPair, isScalar, isSeq } from 'yaml';
import { type ParsedDoc, toRange } from './parse';
import type { Path, Range } from './syntax';

interface Hit { node: Node | null; pair: Pair | null; exact: boolean; depth: number }

/** Walks the path as far as the document goes. */
function walk(parsed: ParsedDoc, path: Path): Hit {
  let node = parsed.doc.contents as Node | null;
  let pair: Pair | null = null;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (isMap(node) && typeof seg === 'string') {
      const next = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
      if (!next) return { node, pair, exact: false, depth: i };
      pair = next as Pair;
      node = (next.value as Node | null) ?? null;
      if (!node) return { node: null, pair, exact: i === path.length - 1, depth: i + 1 };
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      pair = null;
      node = node.items[seg] as Node;
    } else {
      return { node, pair, exact: false, depth: i };
    }
  }
  return { node, pair, exact: true, depth: path.length };
}

export function has(parsed: ParsedDoc, path: Path): boolean {
  const hit = walk(parsed, path);
  return hit.exact && hit.node !== null;
}

/**
 * The one place that turns a path into a range (rules never compute positions).
 * An existing node: its value (a block collection: its first line), or its key with at='key'.
 * A missing one: the key of the nearest ancestor that exists; at the top level, the `kind` line.
 */
export function locate(parsed: ParsedDoc, path: Path, at: 'key' | 'value' = 'value'): Range {
  const hit = walk(parsed, path);
  if (hit.exact && at === 'key' && hit.pair) return nodeRange(parsed, hit.pair.key as Node);
  if (hit.exact && hit.node) return nodeRange(parsed, hit.node);
  if (hit.pair) return nodeRange(parsed, hit.pair.key as Node);
  if (hit.depth > 0 && hit.node) return nodeRange(parsed, hit.node);
  return kindLine(parsed);
}

function kindLine(parsed: ParsedDoc): Range {
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
