// findTerms against its definition: for each term, its own pattern run over the text left to
// right, occurrences inside one of the term's exception phrases skipped, the first other one
// kept; then hits inside a longer hit dropped, one hit per place. The fast version (one scan for
// the places where some term may start, each term tried only where it can start) must give the
// same hits on every word list, for random and adversarial texts.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { absoluteTerms } from '../../core/rules/lexicon/absolute-language';
import { openAreaTerms } from '../../core/rules/lexicon/open-areas';
import { opinionTerms } from '../../core/rules/lexicon/opinion-as-evidence';
import { personalityTerms } from '../../core/rules/lexicon/personality-language';
import { payTerms } from '../../core/rules/lexicon/salary-amount';
import { specialCategoryTerms } from '../../core/rules/lexicon/special-category-data';
import type { Term } from '../../core/rules/lexicon/types';
import { vagueTerms } from '../../core/rules/lexicon/vague-feedback';
import { type Hit, fieldTerms, findTerms, termPattern } from '../../core/rules/text/match';

const LISTS: Record<string, readonly Term[]> = {
  absolute: absoluteTerms,
  openAreas: openAreaTerms,
  opinion: opinionTerms,
  personality: personalityTerms,
  pay: payTerms,
  specialCategory: specialCategoryTerms,
  vague: vagueTerms,
};

function reference(text: string, terms: readonly Term[]): Hit[] {
  const hits: Hit[] = [];
  for (const term of terms) {
    const exceptions = (term.except ?? []).flatMap((e) => [...text.matchAll(termPattern(e, term.lang))].map((m) => [m.index, m.index + m[0].length]));
    for (const m of text.matchAll(termPattern(term.term, term.lang))) {
      const end = m.index + m[0].length;
      if (exceptions.some(([a, b]) => a! <= m.index && end <= b!)) continue;
      hits.push({ term, matched: m[0], index: m.index, end });
      break;
    }
  }
  const kept = hits.filter((h) => !hits.some((o) => o !== h && o.index <= h.index && h.end <= o.end && o.end - o.index > h.end - h.index));
  const seen = new Set<string>();
  return kept
    .sort((a, b) => a.index - b.index)
    .filter((h) => !seen.has(`${h.index}:${h.end}`) && !!seen.add(`${h.index}:${h.end}`));
}

const show = (hits: Hit[]) => hits.map((h) => `${h.index}-${h.end} ${h.term.term} "${h.matched}"`);

/** Texts made of pieces of the lists' own terms and exceptions, mixed case, glue and odd letters. */
function texts(terms: readonly Term[]): fc.Arbitrary<string> {
  const words = terms.flatMap((t) => [t.term.replace(/\*$/, ''), t.term.replace(/\*$/, 'ing'), ...(t.except ?? [])]);
  const piece = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).map((w) => w.toUpperCase()),
    fc.constantFrom(...words).map((w) => w.slice(0, Math.max(1, w.length - 2))),
    // Letters that Unicode case folding maps to k and s.
    fc.constantFrom(...words).map((w) => w.replace(/^k/i, '\u212A').replace(/^s/i, '\u017F')),
    // The same inside a word, where a scan of ASCII words must not lose the term.
    fc.constantFrom(...words).map((w) => w.replace(/(?<=.)k/i, '\u212A').replace(/(?<=.)s/i, '\u017F')),
    fc.constantFrom(' ', '  ', '-', ' - ', '_', '.', ',', '\n', 'a', 'x1', '9', 'é', '\u212A', '\u017F', 'ſ', '😀', '𝐀', '\u0345', 'Ⅻ', '\uD800', '的', '很'),
    fc.string({ maxLength: 4 }),
  );
  return fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
}

describe('findTerms', () => {
  for (const [name, terms] of Object.entries(LISTS))
    it(`finds what each term's own pattern finds: ${name}`, () => {
      fc.assert(
        fc.property(texts(terms), (text) => {
          assert.deepEqual(show(findTerms(text, terms)), show(reference(text, terms)), JSON.stringify(text));
        }),
        { seed: Number(process.env.FC_SEED ?? 20_261_123), numRuns: Number(process.env.MATCH_RUNS ?? 1500) },
      );
    });

  it('finds the same in a field read once for every list as in the text read for one list', () => {
    const all = Object.values(LISTS);
    fc.assert(
      fc.property(texts(all.flat()), (text) => {
        // A new field each time, as each lint has its own; every list asked of the same field.
        const field = { text };
        for (const terms of all) assert.deepEqual(show([...fieldTerms(field, terms)]), show(reference(text, terms)), JSON.stringify(text));
      }),
      { seed: Number(process.env.FC_SEED ?? 20_261_207), numRuns: Number(process.env.MATCH_RUNS ?? 1500) },
    );
  });

  it('finds terms whose first letter has case beyond ASCII by the combined pattern, as before', () => {
    const terms: Term[] = [
      { term: 'Élan', lang: 'en', why: 'test' },
      { term: '𝐀lpha', lang: 'en', why: 'test' },
      { term: 'always', lang: 'en', why: 'test', except: ['always-on'] },
    ];
    for (const text of ['élan and ÉLAN, 𝐀lpha, always-on but always', 'xélan', 'ÉLANs always'])
      assert.deepEqual(show(findTerms(text, terms)), show(reference(text, terms)), text);
  });

  it('matches across case folding (Kelvin sign, long s) and hyphens as the patterns do', () => {
    for (const [text, terms] of [
      ['Always \u212Anow it: \u017Fick leave, mental-health, MENTAL  HEALTH', [...absoluteTerms, ...specialCategoryTerms]],
      ['a \u212Anow-it-all, \u017Ftubborn', personalityTerms],
      // Word characters as case-insensitive Unicode patterns see them: U+0345 folds to a letter,
      // an astral letter is one code point.
      ['\u0345always, always\u0345, 𝐀always, always𝐀, Ⅻalways, hospitalised\u0345x', [...absoluteTerms, ...specialCategoryTerms]],
      ['always-on pager, but always late', absoluteTerms],
      ['他的态度差，很懒', personalityTerms],
    ] as const)
      assert.deepEqual(show(findTerms(text, terms)), show(reference(text, terms)), text);
  });
});
