// The word-list rules read each field's text once for all their lists (core/rules/text/match.ts
// fieldTerms), not once per list and not again for every hit: counted in characters read by the
// prefix tree (a step count, not a time), on a review whose answers hit every list many times.
import { strict as assert } from 'node:assert';
import { stringify } from 'yaml';
import { lint } from '../../core/engine';
import { scanStats } from '../../core/rules/text/trie';

/** What a manager might write, with words from every list: absolute, personality, vague, opinion, health data, pay. */
const EN = [
  'She is always late to the Monday stand-up and never updates the sprint board before it starts.',
  'In design reviews he can be abrasive and emotional when a colleague questions his estimate.',
  'Good job on the checkout launch; keep up the good work.',
  'I feel the team thinks he is not committed to the migration.',
  'She was on sick leave in March after surgery, which delayed the audit by three weeks.',
  'His salary of $85,000 sits below the band for a senior analyst, so the bonus was raised by 10%.',
];
const ZH = [
  '他总是在周会上迟到，从不提前更新看板。',
  '评审时他态度差，同事提出疑问就很情绪化。',
  '她三月因病请假做了手术，审计推迟了三周。',
  '他的工资是每月2万元，年终奖另算。',
];

/** A review with `items` strengths, improvements and competencies, and the characters of all its answers. */
function review(items: number): { text: string; chars: number } {
  let chars = 0;
  const answer = (i: number) => {
    const s = Array.from({ length: 6 }, (_, k) => ((i + k) % 4 === 0 ? ZH[(i + k) % ZH.length] : EN[(i + k) % EN.length])).join(' ');
    chars += s.length;
    return s;
  };
  const text = stringify({
    kind: 'review',
    type: 'appraisal',
    status: 'draft',
    period: { start: '2026-01-01', end: '2026-12-31' },
    employee: { name: 'Wang Fang' },
    reviewer: { name: 'Liu Yang' },
    strengths: Array.from({ length: items }, (_, i) => ({ text: answer(i), evidence: answer(i + 1) })),
    improvements: Array.from({ length: items }, (_, i) => ({ text: answer(i + 2) })),
    competencies: Array.from({ length: items }, (_, i) => ({ id: `c${i}`, comment: answer(i + 3) })),
  });
  return { text, chars };
}

describe('core: word lists read each field once', () => {
  it('reads each character of the answers at most twice, whatever the number of lists and hits', () => {
    // The lists join the shared read the first time a rule asks for them: a first lint lets every list join.
    lint(review(2).text);
    const { text, chars } = review(150);
    scanStats.chars = 0;
    const result = lint(text);
    const read = scanStats.chars;
    const rules = new Set(result.findings.map((f) => f.rule));
    for (const id of ['absolute-language', 'personality-language', 'opinion-as-evidence', 'special-category-data', 'salary-amount'])
      assert.ok(rules.has(id), `${id} found something (${[...rules].join(', ')})`);
    assert.ok(result.findings.length > 1000, `${result.findings.length} findings`);
    // Once by the shared read; the pay search reads again only the clauses of fields with a pay word.
    // A read per list would read each character at least six times.
    assert.ok(read <= 2 * chars, `${read} characters read for ${chars} characters of answers (${(read / chars).toFixed(2)}×)`);
  });
});
