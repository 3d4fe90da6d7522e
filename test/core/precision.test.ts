/**
 * Precision and recall of the language and privacy rules on a fixed set: well-written reviews
 * (test/fixtures/precision/clean) must raise nothing, and every marked passage of the faulty
 * ones (test/fixtures/precision/faulty, `# expect: <id>`) must be caught. Word-list rules are
 * only useful while they stay quiet on good writing, so this set fails below 100%.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, actual, expectations, listFixtures, precisionRecall } from '../support/fixtures';

const RULES = [
  'feedback-without-evidence', 'vague-feedback', 'personality-language', 'absolute-language', 'opinion-as-evidence',
  'evidence-recency', 'sensitive-identifier', 'special-category-data', 'salary-amount',
];
const DIR = join(FIXTURES, 'precision');

describe('precision and recall of the language and privacy rules', () => {
  const clean = listFixtures(join(DIR, 'clean'));
  const faulty = listFixtures(join(DIR, 'faulty'));

  it('has at least 20 clean reviews (6 in Chinese) and 20 faulty passages', () => {
    assert.ok(clean.length >= 20, `${clean.length} clean reviews`);
    assert.ok(clean.filter((f) => /\p{Script=Han}/u.test(readFileSync(f, 'utf8'))).length >= 6, 'at least 6 clean reviews in Chinese');
    const passages = faulty.reduce((n, f) => n + expectations(readFileSync(f, 'utf8')).length, 0);
    assert.ok(passages >= 20, `${passages} faulty passages`);
  });

  it('finds every faulty passage and nothing else', () => {
    const { falsePositives, missed, summary } = precisionRecall([...clean, ...faulty], DIR, (file) => actual(file, RULES));
    console.log(`      ${summary} over ${clean.length} clean reviews and ${faulty.length} faulty files`);
    assert.deepEqual({ falsePositives, missed }, { falsePositives: [], missed: [] });
  });
});
