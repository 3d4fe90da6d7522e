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

const cache = new WeakMap<Term, RegExp>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern for a term or an exception phrase. */
export function termPattern(term: string, lang: 'en' | 'zh'): RegExp {
  if (lang === 'zh') return new RegExp(escape(term), 'gu');
  const prefix = term.endsWith('*');
  const body = (prefix ? term.slice(0, -1) : term)
    .split(/[\s-]+/)
    .map(escape)
    .join('[\\s-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}${prefix ? '\\p{L}*' : '(?![\\p{L}\\p{N}_])'}`, 'giu');
}

function patternOf(term: Term): RegExp {
  let re = cache.get(term);
  if (!re) cache.set(term, (re = termPattern(term.term, term.lang)));
  return re;
}

function spans(re: RegExp, text: string): [number, number][] {
  re.lastIndex = 0;
  const out: [number, number][] = [];
  for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * The terms of `terms` found in `text`: the first occurrence of each term, skipping occurrences
 * inside one of the term's exception phrases and hits inside a longer hit.
 */
export function findTerms(text: string, terms: readonly Term[]): Hit[] {
  const hits: Hit[] = [];
  for (const term of terms) {
    const exceptions = (term.except ?? []).flatMap((e) => spans(termPattern(e, term.lang), text));
    const re = patternOf(term);
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (exceptions.some(([a, b]) => a <= start && end <= b)) continue;
      hits.push({ term, matched: m[0], index: start, end });
      break;
    }
  }
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
