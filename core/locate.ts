import { type Node, isCollection, isMap, isPair, isScalar } from 'yaml';
import { type ParsedDoc, toRange } from './parse';
import type { Path, Range } from './types';
import { walkPath } from './walk';

export function has(parsed: ParsedDoc, path: Path): boolean {
  const hit = walkPath(parsed.doc.contents as Node | null, path);
  return hit.exact && hit.node !== null;
}

/**
 * The one place that turns a path into a range (rules never compute positions).
 * An existing node: its value (a block collection: its first line), or its key with at='key'.
 * A missing one: the key of the nearest ancestor that exists; at the top level, the `kind` line.
 */
export function locate(parsed: ParsedDoc, path: Path, at: 'key' | 'value' = 'value'): Range {
  const hit = walkPath(parsed.doc.contents as Node | null, path);
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
