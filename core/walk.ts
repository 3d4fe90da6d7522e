// The one path→node walker: ranges (locate.ts), fixes (edits.ts), the rendered page
// (render/slots.ts) and the language server all find a node by its path through it.
// It needs nothing but yaml's nodes, so any module may import it without a cycle.
import { type Node, type Pair, isMap, isScalar, isSeq } from 'yaml';

/** A path into the document, as rules report it: keys of mappings, indexes of lists. */
type Segments = readonly (string | number)[];

/**
 * How far a path leads: the last node reached (null for a key without a value), the mapping
 * entry holding it (null for a list item or the root), whether the whole path exists, and how
 * many segments were followed.
 */
export interface PathHit { node: Node | null; pair: Pair | null; exact: boolean; depth: number }

/** Walks `path` from `root` (the document's contents) as far as the document goes. */
export function walkPath(root: Node | null, path: Segments): PathHit {
  let node = root;
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

/** The node at `path` and the mapping entry holding it; undefined when the path does not exist. */
export function nodeAtPath(root: Node | null, path: Segments): { node: Node | null; pair: Pair | null } | undefined {
  const hit = walkPath(root, path);
  return hit.exact ? { node: hit.node, pair: hit.pair } : undefined;
}
