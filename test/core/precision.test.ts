/**
 * Precision and recall of the language and privacy rules on a fixed set: well-written reviews
 * (test/fixtures/precision/clean) must raise nothing, and every marked passage of the faulty
 * ones (test/fixtures/precision/faulty, `# expect: <id>`) must be caught. Word-list rules are
 * only useful while they stay quiet on good writing, so this set fails below 100%.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, actual, expectations, listFixtures } from '../support/fixtures';

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
    let tp = 0;
    const falsePositives: string[] = [];
    const missed: string[] = [];
    for (const file of [...clean, ...faulty]) {
      const expected = expectations(readFileSync(file, 'utf8'));
      const found = actual(file, RULES);
      const rest = [...expected];
      for (const f of found) {
        const i = rest.indexOf(f);
        if (i >= 0) {
          rest.splice(i, 1);
          tp++;
        } else falsePositives.push(`${file.slice(DIR.length + 1)}:${f}`);
      }
      missed.push(...rest.map((e) => `${file.slice(DIR.length + 1)}:${e}`));
    }
    const precision = tp + falsePositives.length ? tp / (tp + falsePositives.length) : 1;
    const recall = tp + missed.length ? tp / (tp + missed.length) : 1;
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(
      `      precision ${pct(precision)} (${tp}/${tp + falsePositives.length}), recall ${pct(recall)} (${tp}/${tp + missed.length}) over ${clean.length} clean reviews and ${faulty.length} faulty files`,
    );
    assert.deepEqual({ falsePositives, missed }, { falsePositives: [], missed: [] });
  });
});
