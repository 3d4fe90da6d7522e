// The outline (sections and their items) and folding ranges, both from the YAML tree.
import { type DocumentSymbol, type FoldingRange, SymbolKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Node, type Pair, isMap, isScalar, isSeq } from 'yaml';
import type { ParsedDoc } from '../core/parse';
import type { Documents } from './documents';
import { rangeOf } from './yamlAst';
import { toRange } from '../core/parse';

/** The key an item of a list is known by, in order of preference. */
const NAME_KEYS = ['id', 'topic', 'request', 'addresses', 'role', 'text', 'title', 'action', 'value', 'name'];
const MAX_DEPTH = 3;

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

export function documentSymbols(doc: TextDocument, documents: Documents): DocumentSymbol[] | null {
  if (!documents.kind(doc)) return null;
  const parsed = documents.parsed(doc);
  const root = parsed.doc.contents as Node | null;
  return isMap(root) ? root.items.map((p) => pairSymbol(parsed, p as Pair, 1)) : [];
}

function pairSymbol(parsed: ParsedDoc, pair: Pair, depth: number): DocumentSymbol {
  const key = pair.key as Node;
  const value = pair.value as Node | null;
  const name = isScalar(key) ? String(key.value) : '?';
  const start = key.range?.[0] ?? 0;
  const end = trimEnd(parsed, value?.range?.[1] ?? key.range?.[1] ?? start);
  return {
    name,
    detail: isScalar(value) && value.value !== null ? short(String(value.value)) : undefined,
    kind: kindOf(value),
    range: toRange(parsed.lineCounter, start, end),
    selectionRange: rangeOf(parsed, key),
    children: depth < MAX_DEPTH ? childrenOf(parsed, value, depth + 1) : undefined,
  };
}

function childrenOf(parsed: ParsedDoc, node: Node | null, depth: number): DocumentSymbol[] | undefined {
  if (isMap(node)) return node.items.map((p) => pairSymbol(parsed, p as Pair, depth));
  if (isSeq(node))
    return node.items.map((item, i) => {
      const n = item as Node;
      const range = toRange(parsed.lineCounter, n.range?.[0] ?? 0, trimEnd(parsed, n.range?.[1] ?? 0));
      return {
        name: itemName(n, i),
        kind: isMap(n) ? SymbolKind.Object : SymbolKind.String,
        range,
        selectionRange: range,
        children: depth < MAX_DEPTH && isMap(n) ? childrenOf(parsed, n, depth + 1) : undefined,
      };
    });
  return undefined;
}

/** A block collection's range runs past its last line break; the outline should not. */
function trimEnd(parsed: ParsedDoc, end: number): number {
  while (end > 0 && /\s/.test(parsed.text[end - 1] ?? '')) end--;
  return end;
}

function itemName(node: Node, i: number): string {
  if (isScalar(node)) return short(String(node.value));
  if (isMap(node))
    for (const key of NAME_KEYS) {
      const v = node.get(key);
      if (typeof v === 'string' || typeof v === 'number') return short(String(v));
    }
  return `[${i}]`;
}

function kindOf(value: Node | null): SymbolKind {
  if (isMap(value)) return SymbolKind.Module;
  if (isSeq(value)) return SymbolKind.Array;
  if (isScalar(value)) {
    if (typeof value.value === 'number') return SymbolKind.Number;
    if (typeof value.value === 'boolean') return SymbolKind.Boolean;
  }
  return SymbolKind.Property;
}

/** Every block mapping or list that spans lines folds, from its key's line to its last line. */
export function foldingRanges(doc: TextDocument, documents: Documents): FoldingRange[] | null {
  if (!documents.kind(doc)) return null;
  const parsed = documents.parsed(doc);
  const out: FoldingRange[] = [];
  const lineOf = (offset: number) => parsed.lineCounter.linePos(offset).line - 1;
  const visit = (node: Node | null, startLine: number) => {
    if (!node?.range || !(isMap(node) || isSeq(node))) return;
    // The range ends after the collection's last newline: fold up to the last character before it.
    const endLine = lineOf(Math.max(node.range[0], node.range[1] - 1));
    if (endLine > startLine) out.push({ startLine, endLine });
    if (isMap(node)) for (const p of node.items) visit(p.value as Node, lineOf((p.key as Node)?.range?.[0] ?? 0));
    else for (const item of node.items) visit(item as Node, lineOf((item as Node).range?.[0] ?? 0));
  };
  visit(parsed.doc.contents as Node | null, -1);
  return out.filter((r) => r.startLine >= 0);
}
