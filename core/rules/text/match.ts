/**
 * Finding the terms of a word list in free text, in English and Simplified Chinese.
 * English terms match whole words, case-insensitively (a space in a term matches spaces or a
 * hyphen; a trailing `*` matches any ending). Chinese has no spaces between words, so Chinese
 * terms match as plain substrings of the text.
 */
import { lazily } from '../../lazily';
import type { Term } from '../lexicon/types';
import { type Trees, plant, plantable, propose } from './trie';

export interface Hit {
  term: Term;
  /** What the text actually says, e.g. "Abrasive". */
  matched: string;
  index: number;
  end: number;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A term's words as a pattern: a space in a term matches a run of spaces or hyphens. */
function words(term: string, lang: 'en' | 'zh'): string {
  if (lang === 'zh') return escape(term);
  return (term.endsWith('*') ? term.slice(0, -1) : term)
    .split(/[\s-]+/)
    .map(escape)
    .join('[\\s-]+');
}

/** The body of a term's pattern, without the word boundary in front of English terms. */
function termBody(term: string, lang: 'en' | 'zh'): string {
  if (lang === 'zh') return words(term, lang);
  return `${words(term, lang)}${term.endsWith('*') ? '\\p{L}*' : '(?![\\p{L}\\p{N}_])'}`;
}

const EN_START = '(?<![\\p{L}\\p{N}_])';

/**
 * The pattern for a term or an exception phrase: what a match means. findTerms gives the same
 * results without running it (test/core/match.test.ts compares the two).
 */
export function termPattern(term: string, lang: 'en' | 'zh'): RegExp {
  return lang === 'zh' ? new RegExp(termBody(term, lang), 'gu') : new RegExp(`${EN_START}${termBody(term, lang)}`, 'giu');
}

/*
 * Compiling `\p{L}` case-insensitively is slow: each pattern above costs V8 about 0.3 ms, which
 * for the ~350 terms and exceptions was 120 ms at the start of every process and worker. So a
 * term is matched with a pattern of its words only, and the word boundaries and the `*` ending
 * are three shared patterns, compiled once, applied where the words matched. The words of a term
 * can match in only one way at a given place (each run of separators is followed by a letter),
 * so checking the boundary afterwards accepts exactly what the lookarounds would.
 */
const WORD_CHAR = lazily(() => /[\p{L}\p{N}_]/iuy);
const LETTERS = lazily(() => /\p{L}*/iuy);

/** Whether a word character (as the lookbehind sees it: the code point before) ends at `i`. */
function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  const word = WORD_CHAR();
  word.lastIndex = pair ? i - 2 : i - 1;
  return word.test(text);
}

function wordCharAt(text: string, i: number): boolean {
  const word = WORD_CHAR();
  word.lastIndex = i;
  return word.test(text);
}

/**
 * A term or exception phrase, ready to be matched at a place. Its pattern is made the first time
 * the term is tried: a lint tries only the few terms the trees propose, and making the patterns
 * of every term of every list was a good part of a one-file run.
 */
class Matcher {
  private pattern?: RegExp;
  private readonly english: boolean;
  private readonly prefix: boolean;
  /** The same words as a search, for spans(); made on first use (only exceptions need it). */
  private find?: RegExp;
  constructor(
    private readonly term: string,
    private readonly lang: 'en' | 'zh',
  ) {
    this.english = lang === 'en';
    this.prefix = term.endsWith('*');
  }

  private get re(): RegExp {
    return (this.pattern ??= new RegExp(words(this.term, this.lang), this.lang === 'zh' ? 'uy' : 'iuy'));
  }

  /** The end of the match that starts at `start`, or -1. */
  at(text: string, start: number): number {
    const re = this.re;
    re.lastIndex = start;
    if (!re.test(text)) return -1;
    let end = re.lastIndex;
    if (!this.english) return end;
    if (wordCharBefore(text, start)) return -1;
    if (this.prefix) {
      const letters = LETTERS();
      letters.lastIndex = end;
      letters.test(text);
      end = letters.lastIndex;
    } else if (wordCharAt(text, end)) return -1;
    return end;
  }

  /** Every match, left to right, each search resuming after the previous match (as matchAll). */
  spans(text: string): [number, number][] {
    const find = (this.find ??= new RegExp(this.re.source, this.re.flags.replace('y', 'g')));
    const out: [number, number][] = [];
    find.lastIndex = 0;
    for (let m = find.exec(text); m; m = find.exec(text)) {
      const end = this.at(text, m.index);
      if (end > m.index) out.push([m.index, end]);
      find.lastIndex = end > m.index ? end : m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    }
    return out;
  }
}

/**
 * A word list compiled once: per term a matcher that says whether that term starts at a given
 * place, and its exceptions; the trees that propose the places; or, for a list with a term the
 * trees cannot hold, one combined pattern of all its terms' words that proposes them instead.
 */
interface Compiled {
  terms: readonly Term[];
  at: Matcher[];
  /** Per term, its exceptions. */
  except: Matcher[][];
  /** Every term's exception phrases in one list, as terms of the term's language; per term, where its own start in it. */
  exceptions: Term[];
  exceptFrom: number[];
  /** Whether the trees can hold every term; the list's own trees, planted the first time the list is read on its own (findTerms). */
  plantable: boolean;
  trees: Trees | undefined;
  /** Without trees: the pattern, the terms by a character they can start with (both cases), and then those to try at every place. */
  any: RegExp | undefined;
  byLead: Map<string, number[]>;
  always: number[];
}

/**
 * The characters a term's pattern can match first, or null when that is not simple to say (the
 * term is then tried at every place): an English term's first ASCII letter in either case (and,
 * for k and s, the Kelvin sign and long s that Unicode case folding maps to them); any term's
 * first character when it has no case (Chinese), as itself.
 */
function leadOf(term: Term): string[] | null {
  const ch = term.term[0]!;
  if (/^[a-z]$/i.test(ch)) {
    if (term.lang === 'zh') return [ch];
    const lower = ch.toLowerCase();
    return [lower, ch.toUpperCase(), ...(lower === 'k' ? ['\u212A'] : []), ...(lower === 's' ? ['\u017F'] : [])];
  }
  const code = ch.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return null;
  return ch.toLowerCase() === ch && ch.toUpperCase() === ch && /^\p{L}$/u.test(ch) ? [ch] : null;
}

// A Map, not a WeakMap: the lists are module constants, and this lookup runs for every field.
const compiled = new Map<readonly Term[], Compiled>();

function compile(terms: readonly Term[]): Compiled {
  let c = compiled.get(terms);
  if (c) return c;
  const at = terms.map((t) => new Matcher(t.term, t.lang));
  const except = terms.map((t) => (t.except ?? []).map((e) => new Matcher(e, t.lang)));
  const holds = plantable(terms);
  const exceptions: Term[] = [];
  const exceptFrom = terms.map((t) => {
    const from = exceptions.length;
    for (const e of t.except ?? []) exceptions.push({ term: e, lang: t.lang, why: t.why });
    return from;
  });
  c = { terms, at, except, exceptions, exceptFrom, plantable: holds, trees: undefined, any: undefined, byLead: new Map(), always: [] };
  if (!holds && terms.length) {
    // Only the words: this proposes places (a superset, which lets the engine skip ahead to a
    // possible first letter); each term's matcher decides at each.
    c.any = new RegExp(terms.map((t) => words(t.term, t.lang)).join('|'), 'giu');
    terms.forEach((t, i) => {
      const lead = leadOf(t);
      if (!lead) c!.always.push(i);
      else for (const ch of new Set(lead)) c!.byLead.set(ch, [...(c!.byLead.get(ch) ?? []), i]);
    });
    // Each place tries its lead's terms, then those without a simple lead, in the list's order.
    for (const [ch, list] of c.byLead) c.byLead.set(ch, [...new Set([...list, ...c.always])].sort((a, b) => a - b));
  }
  compiled.set(terms, c);
  return c;
}

/** What a search keeps while it reads one text for one list: per term its first hit, where its search resumes, its exception spans. */
class Scan {
  first: (Hit | undefined)[] = [];
  from: number[] = [];
  exceptions: ([number, number][] | undefined)[] = [];
  constructor(
    readonly text: string,
    readonly c: Compiled,
    /**
     * Per exception of the list (in the order of c.exceptions), 1 when the tree proposed it
     * somewhere in the text; undefined when not known. An exception never proposed has no match
     * (the tree proposes every place its words match, where a match may start), so its spans
     * need not be looked for.
     */
    readonly proposed?: Uint8Array,
  ) {}

  /** Tries term `t` at `start`, as a search of its own pattern reaching `start` would. */
  try(t: number, start: number): void {
    if (this.first[t] || start < (this.from[t] ?? 0)) return;
    const { text } = this;
    const end = this.c.at[t]!.at(text, start);
    if (end < 0) return;
    const skip = (this.exceptions[t] ??= this.c.except[t]!.flatMap((e, j) => (!this.proposed || this.proposed[this.c.exceptFrom[t]! + j] ? e.spans(text) : [])));
    if (skip.some(([a, b]) => a <= start && end <= b)) this.from[t] = end;
    else this.first[t] = { term: this.c.terms[t]!, matched: text.slice(start, end), index: start, end };
  }
}

/**
 * The terms of `terms` found in `text`: the first occurrence of each term, skipping occurrences
 * inside one of the term's exception phrases and hits inside a longer hit.
 *
 * The same result as running each term's own pattern over the text (its occurrences, left to
 * right, each search resuming after the previous occurrence; test/core/match.test.ts checks
 * it), but the text is read once, and at each place only the terms whose words the text follows
 * there (by the prefix trees) are tried.
 */
export function findTerms(text: string, terms: readonly Term[]): Hit[] {
  const c = compile(terms);
  if (!terms.length) return [];
  const scan = new Scan(text, c);
  if (c.plantable) propose(text, (c.trees ??= plant(terms.entries())!), (t, start) => scan.try(t, start));
  else proposeByPattern(scan, c.any!);
  return settle(scan.first);
}

/** Every place where the list's combined pattern matches, with the terms that can start with its character. */
function proposeByPattern(scan: Scan, re: RegExp): void {
  const { text, c } = scan;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    for (const t of c.byLead.get(text[start]!) ?? c.always) scan.try(t, start);
    // On from the next character (not past the match): another term may start inside this one.
    re.lastIndex = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
  }
}

/**
 * The lists read together by fieldTerms: one tree holds all their terms and exception phrases
 * (an id is the list's number << 16, then EXCEPTION for an exception phrase, then the index of
 * the term or phrase), so that a field is read once for every list, not once per list. A list
 * joins the first time it is asked for; the tree is planted again only when a field is next read
 * with it (`trees` undefined until then): in the first lint of a process the lists join one by
 * one while most fields have already been read, and planting the tree at every join was most of
 * a one-file run's work. `exceptional`: per list, whether its exception phrases are in the tree
 * (not when one begins with a character the tree cannot hold).
 */
const shared: { lists: Compiled[]; trees: Trees | undefined; exceptional: boolean[] } = { lists: [], trees: undefined, exceptional: [] };
const EXCEPTION = 0x8000;

/**
 * The lists the rules will read by field (fieldTerms), named when their rules are defined, before
 * any field is read: the first read then reads every one of them, from one tree planted once.
 * Without it, in a process's first lint, each list joined when its rule first asked, after the
 * earlier rules had read the fields, and was searched for field by field on its own, with a tree
 * of its own, while the shared tree was planted again for each new field.
 */
const named: (readonly Term[])[] = [];

/** Names a word list its rule reads by field (fieldTerms); call it where the rule is defined. */
export function readTogether(terms: readonly Term[]): void {
  named.push(terms);
}

function joinNamed(): void {
  for (const terms of named.splice(0)) {
    const c = compile(terms);
    if (c.plantable && terms.length < EXCEPTION) join(c);
  }
}

function join(c: Compiled): number {
  let k = shared.lists.indexOf(c);
  if (k >= 0) return k;
  k = shared.lists.push(c) - 1;
  shared.exceptional[k] = c.exceptions.length < EXCEPTION && plantable(c.exceptions);
  shared.trees = undefined;
  return k;
}

/** How many times the shared tree has been planted: a step count for tests (test/core/word-list-trees.test.ts). */
export const sharedStats = { planted: 0 };

/** The tree of every list joined so far, planted when a field is read with it. */
function sharedTrees(): Trees {
  if (shared.trees) return shared.trees;
  sharedStats.planted++;
  return (shared.trees = plant(
    shared.lists.flatMap((l, li) => [
      ...l.terms.map((t, ti) => [(li << 16) | ti, t] as [number, Term]),
      ...(shared.exceptional[li] ? l.exceptions.map((e, ei) => [(li << 16) | EXCEPTION | ei, e] as [number, Term]) : []),
    ]),
  )!);
}

/** The proposals of one read, as pairs of id and place (kept between reads to spare the allocation). */
let visits = new Int32Array(1024);

/** What fieldTerms keeps on a field: the hits of each shared list; `lists`: how many lists the read covered. */
export interface FieldHits {
  lists: number;
  hits: (readonly Hit[] | undefined)[];
}

/**
 * findTerms for a field of the document: the same hits, but the field's text is read once for
 * every word list the rules ask for (the first rule to ask reads it for all), and the hits are
 * kept on the field object, which the rules of one lint share (core/rules/text/freetext.ts).
 */
export function fieldTerms(field: { readonly text: string; found?: FieldHits }, terms: readonly Term[]): readonly Hit[] {
  const c = compile(terms);
  if (!c.plantable || terms.length >= EXCEPTION) return findTerms(field.text, terms);
  if (named.length) joinNamed();
  const k = join(c);
  let read = field.found;
  if (!read) {
    const text = field.text;
    let n = 0;
    propose(text, sharedTrees(), (id, start) => {
      if (n + 2 > visits.length) visits = Int32Array.from({ length: visits.length * 2 }, (_, i) => visits[i] ?? 0);
      visits[n++] = id;
      visits[n++] = start;
    });
    // First which exception phrases occur at all, then each term where it was proposed, in order.
    const lists = shared.lists;
    const proposed: (Uint8Array | undefined)[] = [];
    for (let i = 0; i < n; i += 2) {
      const id = visits[i]!;
      if (id & EXCEPTION) (proposed[id >>> 16] ??= new Uint8Array(lists[id >>> 16]!.exceptions.length))[id & (EXCEPTION - 1)] = 1;
    }
    const scans: (Scan | undefined)[] = [];
    for (let i = 0; i < n; i += 2) {
      const id = visits[i]!;
      if (id & EXCEPTION) continue;
      const li = id >>> 16;
      (scans[li] ??= new Scan(text, lists[li]!, shared.exceptional[li] ? (proposed[li] ?? NONE_PROPOSED) : undefined)).try(id & 0xffff, visits[i + 1]!);
    }
    const hits: (readonly Hit[] | undefined)[] = [];
    for (let i = 0; i < scans.length; i++) if (scans[i]) hits[i] = settle(scans[i]!.first);
    field.found = read = { lists: lists.length, hits };
  }
  // A list that joined after this field was read (the first lint of a process) is read on its own.
  if (k >= read.lists) return (read.hits[k] ??= findTerms(field.text, terms));
  return read.hits[k] ?? NONE;
}

const NONE: readonly Hit[] = Object.freeze([]);
const NONE_PROPOSED = new Uint8Array(0);

/** The hits kept: none inside a longer one, one per place, in the text's order. */
function settle(first: (Hit | undefined)[]): Hit[] {
  const hits = first.filter((h): h is Hit => !!h);
  if (hits.length < 2) return hits;
  const kept = hits.filter((h) => !hits.some((o) => o !== h && o.index <= h.index && h.end <= o.end && o.end - o.index > h.end - h.index));
  // One finding per wording: "态度差" and "态度" both matching the same place count once.
  const seen = new Set<string>();
  return kept
    .sort((a, b) => a.index - b.index)
    .filter((h) => {
      const key = `${h.index}:${h.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Quotes a matched term for a message. */
export function quote(s: string): string {
  return `"${s.replace(/\s+/g, ' ').trim()}"`;
}
