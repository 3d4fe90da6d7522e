import { strict as assert } from 'node:assert';
import { lint } from '../../core/engine';
import { computeScoring, bandFor, bandsOf } from '../../core/scoring';
import { validate } from '../../core/validate';

const HEAD = 'kind: review\nstatus: draft\nperiod: { start: 2026-01-01, end: 2026-12-31 }\nemployee: { name: Zhang Wei }\nreviewer: { name: Liu Yang }\n';
const schemaMessages = (text: string) => lint(text, { only: ['schema'] }).findings.map((f) => f.message);

describe('format: the parts of real review forms', () => {
  it('takes numbers where people write numbers: a goal result, a staff id', () => {
    assert.deepEqual(schemaMessages(`${HEAD}type: appraisal\ngoals:\n  - { id: revenue, result: 78, score: 85 }\n`), []);
    assert.deepEqual(schemaMessages(HEAD.replace('{ name: Zhang Wei }', '{ name: Zhang Wei, id: 1024 }') + 'type: appraisal\n'), []);
    assert.deepEqual(schemaMessages(`${HEAD}type: appraisal\ngoals:\n  - { id: revenue, result: +12% (CRM) }\n`), []);
  });

  it('knows the probation and pip interview types, and still refuses others', () => {
    for (const type of ['probation', 'pip']) assert.deepEqual(schemaMessages(`${HEAD}type: ${type}\n`), []);
    assert.match(schemaMessages(`${HEAD}type: probaton\n`)[0]!, /Did you mean "probation"\?/);
  });

  it('refuses an unknown key inside a new part with a suggestion', () => {
    const [m] = schemaMessages(`${HEAD}type: pip\ncheckpoints:\n  - { id: day-30, hled_on: 2026-04-01 }\n`);
    assert.match(m!, /Unknown key "hled_on" in "checkpoints\[0\]"\. Did you mean "held_on"\?/);
  });

  it('refuses a confidence outside 0..10 and a grade band without a minimum', () => {
    assert.equal(schemaMessages(`${HEAD}type: coaching\nokrs:\n  - key_results: [{ confidence: 11 }]\n`).length, 1);
    const t = validate('template', { kind: 'template', name: 'x', type: 'appraisal', scoring: { bands: [{ grade: 'S' }] } });
    assert.equal(t.issues.length, 1);
  });

  it('computes a weighted total with two raters and finds its band, minimums inclusive', () => {
    const template = {
      scoring: {
        rater_weights: { reviewer: 60, second_rater: 40 },
        bands: [{ grade: 'B', min: 70 }, { grade: 'S', min: 90 }, { grade: 'A', min: 80 }],
      },
    };
    const review = { scoring: { items: [{ weight: 50, score: 92, second_score: 88 }, { weight: 50, score: 90 }] } };
    const r = computeScoring(review as never, template as never)!;
    assert.equal(r.rows[0]!.combined, 90.4);
    assert.equal(r.total, 90.2);
    const bands = bandsOf(template as never);
    assert.deepEqual(bands.map((b) => b.grade), ['S', 'A', 'B']);
    assert.equal(bandFor(bands, 90)!.grade, 'S');
    assert.equal(bandFor(bands, 89.99)!.grade, 'A');
    assert.equal(bandFor(bands, 69.99), undefined);
  });

  it('has no total when a row has no score, and averages with method: average', () => {
    assert.equal(computeScoring({ scoring: { items: [{ weight: 50, score: 80 }, { weight: 50 }] } } as never, undefined)!.total, undefined);
    assert.equal(computeScoring({ scoring: { items: [{ score: 80 }, { score: 91 }] } } as never, { scoring: { method: 'average' } } as never)!.total, 85.5);
  });
});
