/**
 * Finding the terms of a word list in free text, in English and Simplified Chinese.
 * English terms match whole words, case-insensitively (a space in a term matches spaces or a
 * hyphen; a trailing `*` matches any ending). Chinese has no spaces between words, so Chinese
 * terms match as plain substrings of the text.
 */
import type { Term } from '../lexicon/types';

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
const WORD_CHAR = /[\p{L}\p{N}_]/iuy;
const LETTERS = /\p{L}*/iuy;

/** Whether a word character (as the lookbehind sees it: the code point before) ends at `i`. */
function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  WORD_CHAR.lastIndex = pair ? i - 2 : i - 1;
  return WORD_CHAR.test(text);
}

function wordCharAt(text: string, i: number): boolean {
  WORD_CHAR.lastIndex = i;
  return WORD_CHAR.test(text);
}

/** A term or exception phrase, ready to be matched at a place. */
class Matcher {
  private readonly re: RegExp;
  private readonly english: boolean;
  private readonly prefix: boolean;
  /** The same words as a search, for spans(); made on first use (only exceptions need it). */
  private find?: RegExp;
  constructor(term: string, lang: 'en' | 'zh') {
    this.re = new RegExp(words(term, lang), lang === 'zh' ? 'uy' : 'iuy');
    this.english = lang === 'en';
    this.prefix = term.endsWith('*');
  }

  /** The end of the match that starts at `start`, or -1. */
  at(text: string, start: number): number {
    this.re.lastIndex = start;
    if (!this.re.test(text)) return -1;
    let end = this.re.lastIndex;
    if (!this.english) return end;
    if (wordCharBefore(text, start)) return -1;
    if (this.prefix) {
      LETTERS.lastIndex = end;
      LETTERS.test(text);
      end = LETTERS.lastIndex;
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
 * A word list compiled once: one combined pattern of all its terms' words, in both languages
 * (which finds every place where some term may start, in one pass over the text), and per term a
 * matcher that says whether that term starts at a given place, and its exceptions.
 */
interface Compiled {
  any: RegExp | undefined;
  at: Matcher[];
  /** Per term, its exceptions. */
  except: Matcher[][];
  /** The terms by a character they can start with (both cases), and then those to try at every place. */
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
  // Only the words: this proposes places (a superset, which lets the engine skip ahead to a
  // possible first letter); each term's matcher decides at each. One pattern for both languages
  // (case-insensitive matching changes nothing for Chinese), so that a field with no term at all
  // costs one search.
  const any = terms.length ? new RegExp(terms.map((t) => words(t.term, t.lang)).join('|'), 'giu') : undefined;
  const at = terms.map((t) => new Matcher(t.term, t.lang));
  const except = terms.map((t) => (t.except ?? []).map((e) => new Matcher(e, t.lang)));
  const byLead = new Map<string, number[]>();
  const always: number[] = [];
  terms.forEach((t, i) => {
    const lead = leadOf(t);
    if (!lead) always.push(i);
    else for (const ch of new Set(lead)) byLead.set(ch, [...(byLead.get(ch) ?? []), i]);
  });
  // Each place tries its lead's terms, then those without a simple lead, in the list's order.
  for (const [ch, list] of byLead) byLead.set(ch, [...new Set([...list, ...always])].sort((a, b) => a - b));
  compiled.set(terms, (c = { any, at, except, byLead, always }));
  return c;
}

/**
 * The terms of `terms` found in `text`: the first occurrence of each term, skipping occurrences
 * inside one of the term's exception phrases and hits inside a longer hit.
 *
 * The same result as running each term's own pattern over the text (its occurrences, left to
 * right, each search resuming after the previous occurrence; test/core/match.test.ts checks
 * it), but the text is scanned once for the places where some term may start, and at each place
 * only the terms that can start with its character are tried.
 */
export function findTerms(text: string, terms: readonly Term[]): Hit[] {
  const c = compile(terms);
  const re = c.any;
  if (!re) return [];
  re.lastIndex = 0;
  let m = re.exec(text);
  if (!m) return [];
  const first: (Hit | undefined)[] = [];
  /** Per term, where its search resumes: past an occurrence inside one of its exceptions. */
  const from: number[] = [];
  const exceptions: ([number, number][] | undefined)[] = [];
  for (; m; m = re.exec(text)) {
    const start = m.index;
    for (const t of c.byLead.get(text[start]!) ?? c.always) {
      if (first[t] || start < (from[t] ?? 0)) continue;
      const end = c.at[t]!.at(text, start);
      if (end < 0) continue;
      const skip = (exceptions[t] ??= c.except[t]!.flatMap((e) => e.spans(text)));
      if (skip.some(([a, b]) => a <= start && end <= b)) from[t] = end;
      else first[t] = { term: terms[t]!, matched: text.slice(start, end), index: start, end };
    }
    // On from the next character (not past the match): another term may start inside this one.
    re.lastIndex = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
  }
  const hits = first.filter((h): h is Hit => !!h);
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
