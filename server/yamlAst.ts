// Positions in the parsed YAML: which node the cursor is on, and the ranges of nodes.
import { type Node, type Pair, type Scalar, isMap, isScalar, isSeq } from 'yaml';
import type { Range } from 'vscode-languageserver';
import { type ParsedDoc, toRange } from '../core/parse';
import type { Path } from '../core/types';
import { nodeAtPath as walkNodeAtPath } from '../core/walk';

export interface NodeAt {
  /** Path of the key or value under the cursor. */
  path: Path;
  /** The value node (null for a key without a value). */
  node: Node | null;
  /** The cursor is on the key of a mapping entry rather than its value. */
  onKey: boolean;
  pair?: Pair;
}

const within = (node: Node | null | undefined, offset: number) =>
  !!node?.range && node.range[0] <= offset && offset <= node.range[1];

/** The innermost key or value holding `offset`. */
export function nodeAt(parsed: ParsedDoc, offset: number): NodeAt | undefined {
  const root = parsed.doc.contents as Node | null;
  if (!within(root, offset)) return undefined;
  let node: Node | null = root;
  let path: (string | number)[] = [];
  let pair: Pair | undefined;
  for (;;) {
    if (isMap(node)) {
      const hit = node.items.find((p) => within(p.key as Node, offset) || within(p.value as Node, offset));
      if (!hit) return { path, node, onKey: false, pair };
      const key = isScalar(hit.key) ? String(hit.key.value) : '';
      if (within(hit.key as Node, offset)) return { path: [...path, key], node: (hit.value as Node) ?? null, onKey: true, pair: hit as Pair };
      path = [...path, key];
      pair = hit as Pair;
      node = hit.value as Node;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((n) => within(n as Node, offset));
      if (i < 0) return { path, node, onKey: false, pair };
      path = [...path, i];
      pair = undefined;
      node = node.items[i] as Node;
    } else return { path, node, onKey: false, pair };
  }
}

/** The node at a path, or undefined (core's one path walker, core/walk.ts). */
export function nodeAtPath(parsed: ParsedDoc, path: Path): Node | undefined {
  return walkNodeAtPath(parsed.doc.contents as Node | null, path)?.node ?? undefined;
}

export function rangeOf(parsed: ParsedDoc, node: Node): Range {
  const [start, end] = node.range ?? [0, 0];
  return toRange(parsed.lineCounter, start, end);
}

/** The text of a scalar without its quotes, which is what an edit of the value replaces. */
export function innerRange(parsed: ParsedDoc, node: Scalar): Range {
  const [start, end] = node.range ?? [0, 0];
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  return toRange(parsed.lineCounter, quoted ? start + 1 : start, quoted ? end - 1 : end);
}
