/**
 * The real-style set (test/fixtures/precision/real): reviews modelled on public forms — NHS and
 * university appraisals, school and hospital 年度考核, 转正 forms, PIP meetings, OKR check-ins —
 * written as a manager or an HR team writes them, in English and in Chinese. Well-written ones
 * must lint clean at warning level with every rule on; in the faulty ones every marked fault must
 * be found on its line and nothing else. Precision and recall are measured per finding (rule and
 * line), and the test fails below 100%.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, expectations, lintFixture, listFixtures, precisionRecall } from '../support/fixtures';

/** The rules that read what the reviewer wrote: language and privacy. */
const RULES = new Set([
  'feedback-without-evidence', 'vague-feedback', 'personality-language', 'absolute-language', 'opinion-as-evidence',
  'evidence-recency', 'sensitive-identifier', 'special-category-data', 'salary-amount',
]);
const DIR = join(FIXTURES, 'precision', 'real');
const han = (file: string) => /\p{Script=Han}/u.test(readFileSync(file, 'utf8').replace(/^#.*$/gm, ''));

describe('precision and recall on reviews modelled on real forms', () => {
  const clean = listFixtures(join(DIR, 'clean'));
  const faulty = listFixtures(join(DIR, 'faulty'));

  it('has at least 40 reviews: 20 well written, 20 with faults, 15 in Chinese', () => {
    assert.ok(clean.length >= 20, `${clean.length} clean reviews`);
    assert.ok(faulty.length >= 20, `${faulty.length} faulty reviews`);
    assert.ok([...clean, ...faulty].filter(han).length >= 15, 'at least 15 reviews in Chinese');
    for (const f of faulty) assert.ok(expectations(readFileSync(f, 'utf8')).length > 0, `${f} marks no fault`);
  });

  it('lints every well-written review clean at warning level, with every rule on', () => {
    const loud = clean.flatMap((file) =>
      lintFixture(file)
        .findings.filter((f) => f.severity !== 'info' || RULES.has(f.rule))
        .map((f) => `${file.slice(DIR.length + 1)}:${f.range.start.line + 1} ${f.rule} ${f.message}`),
    );
    assert.deepEqual(loud, []);
  });

  it('finds every marked fault on its line and nothing else (100% precision and recall)', () => {
    const found = (file: string) =>
      lintFixture(file)
        .findings.filter((f) => RULES.has(f.rule))
        .map((f) => `${f.range.start.line + 1} ${f.rule}`);
    const { falsePositives, missed, summary } = precisionRecall([...clean, ...faulty], DIR, found);
    console.log(`      ${summary} over ${clean.length} clean and ${faulty.length} faulty reviews`);
    assert.deepEqual({ falsePositives, missed }, { falsePositives: [], missed: [] });
  });
});
