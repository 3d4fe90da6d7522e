/**
 * A prefix tree of word-list terms, for proposing the places in a text where some term may start:
 * one pass over the text, and at a place only a few steps through the tree. It only proposes;
 * each term's own matcher (core/rules/text/match.ts) decides.
 *
 * A text character steps by its case-folded form (an ASCII capital as its small letter, the
 * Kelvin sign as k and the long s as s, as case-insensitive Unicode patterns fold them), and a
 * run of spaces and hyphens steps once, as a term's `[\s-]+` matches it. A term's path stops
 * before a character with case outside ASCII (é, Σ: folding may match it in ways the tree does not
 * know), so the tree proposes that term wherever its path so far is followed. English terms are
 * proposed only where no ASCII word character comes before (a term's matcher wants a word
 * boundary there), Chinese terms anywhere.
 */
import { isSpace } from '../../locate';
import type { Term } from '../lexicon/types';

const SEP = 0x20;
const HYPHEN = 0x2d;

/** A character as the tree reads it: folded to one code, a space or hyphen as SEP. */
function fold(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c === HYPHEN || isSpace(c) ? SEP : c;
  if (c === 0x212a) return 107; // KELVIN SIGN folds to k
  if (c === 0x17f) return 115; // LATIN SMALL LETTER LONG S folds to s
  return isSpace(c) ? SEP : c;
}

/** fold() of each ASCII code, as a table. */
const LOWER = Uint8Array.from({ length: 128 }, (_, c) => fold(c));

/** The ASCII characters that are word characters: an English term never starts right after one. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (/\w/.test(String.fromCharCode(c)) ? 1 : 0));

/** Whether a term character (a UTF-16 code) has case that folding may map in ways fold() does not (é, Σ), or is half of a pair. */
function uncertain(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return true;
  // CJK radicals, punctuation, kana and ideographs have no case: the common non-ASCII characters of terms, answered without two case mappings each.
  if (c < 128 || (c >= 0x2e80 && c <= 0x9fff)) return false;
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch || ch.toUpperCase() !== ch;
}

/**
 * The tree, flat: node 0 is the root of English terms, node 1 that of Chinese terms. A step by a
 * folded ASCII code goes through `next` (the codes the terms use, numbered by `sym`), any other
 * through the node's `wide` map; 0 is no step.
 */
export interface Trees {
  sym: Uint8Array;
  width: number;
  next: Int32Array;
  wide: (Map<number, number> | undefined)[];
  /** Per node, the ids of the terms proposed when a text reaches it. */
  ids: (number[] | undefined)[];
  /** Per UTF-16 code, 1 when an English term's path can start with it, 2 a Chinese one's, 3 both. */
  lead: Uint8Array;
}

/** What of a term the tree reads: an English term without its trailing `*`. */
function body(t: Term): string {
  return t.lang === 'en' && t.term.endsWith('*') ? t.term.slice(0, -1) : t.term;
}

/** Whether plant() can hold every one of `terms` (without planting them): each has a first character, and it is certain. */
export function plantable(terms: readonly Term[]): boolean {
  return terms.every((t) => {
    const b = body(t);
    return b.length > 0 && !uncertain(b.charCodeAt(0));
  });
}

/** The tree of terms by id; undefined when a term's first character is uncertain (or it has none). */
export function plant(terms: Iterable<[id: number, term: Term]>): Trees | undefined {
  // Every path's codes in one list, `starts[p]` where path p begins; the ASCII codes numbered in
  // the order they first occur. One pass, by plain loops: planting is part of a one-file run.
  const codes: number[] = [];
  const starts: number[] = [];
  const roots: number[] = [];
  const termIds: number[] = [];
  const sym = new Uint8Array(128);
  let width = 1;
  for (const [id, t] of terms) {
    const start = codes.length;
    // By UTF-16 code, not by character: a pair stops the path at its first half, as any character outside the plane would.
    const b = body(t);
    for (let i = 0, last = -1; i < b.length; i++) {
      const c = b.charCodeAt(i);
      let s: number;
      if (c < 128) s = LOWER[c]!;
      else if (uncertain(c)) break;
      else s = fold(c);
      if (s === SEP && last === SEP) continue;
      codes.push((last = s));
      if (s < 128 && sym[s] === 0) sym[s] = width++;
    }
    if (codes.length === start) return undefined;
    starts.push(start);
    roots.push(t.lang === 'en' ? 0 : 1);
    termIds.push(id);
  }
  starts.push(codes.length);
  // Laid out flat as it grows: a node's ASCII steps are its row of `next`, its others its `wide` map.
  // At most a node per code of every path, besides the two roots; trimmed to those made at the end.
  let next = new Int32Array((2 + codes.length) * width);
  let nodes = 2;
  const wide: (Map<number, number> | undefined)[] = [];
  const ids: (number[] | undefined)[] = [undefined, undefined];
  for (let p = 0; p < termIds.length; p++) {
    let node = roots[p]!;
    for (let j = starts[p]!; j < starts[p + 1]!; j++) {
      const s = codes[j]!;
      const at = s < 128 ? node * width + sym[s]! : -1;
      let child = at >= 0 ? next[at]! : (wide[node]?.get(s) ?? 0);
      if (child === 0) {
        child = nodes++;
        ids.push(undefined);
        if (at >= 0) next[at] = child;
        else (wide[node] ??= new Map()).set(s, child);
      }
      node = child;
    }
    (ids[node] ??= []).push(termIds[p]!);
  }
  next = next.slice(0, nodes * width);
  const trees: Trees = { sym, width, next, wide, ids, lead: new Uint8Array(0x10000) };
  // The codes that can begin a path: ASCII, the two that fold to ASCII letters, and the others the roots step by.
  const lead = (c: number) => {
    const s = c < 128 ? LOWER[c]! : fold(c);
    trees.lead[c] = (step(trees, 0, s) ? 1 : 0) | (step(trees, 1, s) ? 2 : 0);
  };
  for (let c = 0; c < 128; c++) lead(c);
  lead(0x212a);
  lead(0x17f);
  for (const root of [0, 1]) if (wide[root]) for (const c of wide[root].keys()) lead(c);
  return trees;
}

/** How many characters propose() has read since the count was last reset: a step count for tests (test/core/scan-once.test.ts). */
export const scanStats = { chars: 0 };

/** Where the tree sends what it proposes: a term's id and the place it may start at. */
export type Visit = (id: number, start: number) => void;

function step(trees: Trees, node: number, s: number): number {
  if (s < 128) {
    const k = trees.sym[s]!;
    return k ? trees.next[node * trees.width + k]! : 0;
  }
  return trees.wide[node]?.get(s) ?? 0;
}

/** Every place of `text`, in order, with the terms the tree proposes there. */
export function propose(text: string, trees: Trees, visit: Visit): void {
  const n = text.length;
  scanStats.chars += n;
  const lead = trees.lead;
  let afterWord = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const roots = lead[code]!;
    if (roots !== 0) {
      const s = code < 128 ? LOWER[code]! : fold(code);
      if ((roots & 1) !== 0 && !afterWord) walk(text, trees, step(trees, 0, s), s, i, visit);
      if ((roots & 2) !== 0) walk(text, trees, step(trees, 1, s), s, i, visit);
    }
    afterWord = code < 128 && ASCII_WORD[code] === 1;
  }
}

/** Proposes the terms whose paths the text follows from `start` (`node`: the step of its first character, `s`). */
function walk(text: string, trees: Trees, node: number, s: number, start: number, visit: Visit): void {
  const n = text.length;
  let j = start + 1;
  for (;;) {
    const ids = trees.ids[node];
    if (ids) for (const id of ids) visit(id, start);
    // A run of spaces and hyphens is one step.
    if (s === SEP) while (j < n && fold(text.charCodeAt(j)) === SEP) j++;
    if (j >= n) return;
    const code = text.charCodeAt(j++);
    s = code < 128 ? LOWER[code]! : fold(code);
    node = step(trees, node, s);
    if (!node) return;
  }
}
