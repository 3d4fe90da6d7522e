import { strict as assert } from 'node:assert';
import { CalibrationAggregator, type ReviewFacts, reportCsv, reviewFacts } from '../../core/calibration';
import { calibrationLabels } from '../../core/calibration/labels';
import { betaRegularized, emptyMoments, addTo, fCdf, halfWidth95, narrower, studentTwoSided, welch } from '../../core/calibration/stats';
import { lint } from '../../core/engine';

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) < tol, `${a} ≠ ${b}`);
const moments = (xs: number[]) => {
  const m = emptyMoments();
  for (const x of xs) addTo(m, x);
  return m;
};

describe('calibration statistics', () => {
  it('match reference values (SciPy: t.sf, f.cdf, beta.cdf, t.ppf)', () => {
    close(studentTwoSided(2, 10), 0.07338803477074037);
    close(studentTwoSided(-3.5, 4.3), 0.022127097432049728);
    close(fCdf(0.5, 10, 20), 0.1298396258304001);
    close(fCdf(2, 5, 100), 0.9149201497254085);
    close(betaRegularized(0.3, 2, 5), 0.579825);
    close(halfWidth95({ n: 10, sum: 30, sumSq: 99 })!, 0.7153569059706647, 1e-8);
  });

  it("Welch's t-test from running sums equals the textbook formula on the values", () => {
    // scipy.stats.ttest_ind([4,5,5,4,5,4], [3,3,2,4,3,3,2,3], equal_var=False): t=5.104632, df=11.716234, p=0.000280095
    const t = welch(moments([4, 5, 5, 4, 5, 4]), moments([3, 3, 2, 4, 3, 3, 2, 3]))!;
    close(t.t, 5.104632084927077, 1e-9);
    close(t.df, 11.716233686084207, 1e-9);
    close(t.p, 0.000280094963397029, 1e-9);
    assert.equal(welch(moments([3]), moments([3, 4])), undefined, 'one value has no variance');
    assert.equal(welch(moments([3, 3]), moments([3, 3])), undefined, 'no spread on either side');
  });

  it('the F-test says a narrower spread is narrower', () => {
    const f = narrower(moments([3, 3, 3, 4, 3, 3, 3, 3]), moments([1, 2, 3, 4, 5, 2, 3, 4, 5, 1]))!;
    assert.ok(f.f < 0.1 && f.p < 0.001, JSON.stringify(f));
    assert.ok(narrower(moments([1, 5, 1, 5]), moments([2, 3, 4, 3]))!.p > 0.9);
  });
});

const facts = (over: Partial<ReviewFacts>): ReviewFacts => ({ reviewerKey: 'M1', signed: true, appealOpen: false, supportPending: 0, rules: [], actions: [], status: 'final', ...over });

describe('calibration privacy', () => {
  it('never lets the threshold below 3', () => {
    const agg = new CalibrationAggregator({ minGroup: 1 });
    for (let i = 0; i < 3; i++) agg.add(facts({ reviewerKey: 'A', rating: 3 }), `a${i}`);
    for (let i = 0; i < 2; i++) agg.add(facts({ reviewerKey: 'B', rating: 4 }), `b${i}`);
    const r = agg.report();
    assert.equal(r.minGroup, 3);
    assert.deepEqual(r.reviewers.map((g) => [g.label, g.reviews]), [['other', 5]], 'B (2) joins A (3) so that B cannot be worked out as overall minus A');
    assert.deepEqual(r.privacy, [{ dimension: 'reviewer', groups: 1, reviews: 5, outcome: 'merged', complement: 1 }]);
  });

  it('shows nothing at all for a cycle smaller than the threshold', () => {
    const agg = new CalibrationAggregator();
    for (let i = 0; i < 4; i++) agg.add(facts({ rating: 3 + (i % 2), department: 'Legal' }), `x${i}`);
    const r = agg.report();
    assert.equal(r.suppressed, true);
    assert.equal(r.overall.rating.n, 0);
    assert.deepEqual([r.reviewers, r.departments, r.templates], [[], [], []]);
    assert.ok(!reportCsv(r).includes('Legal'));
  });

  it('keeps no text of the review in its facts', () => {
    const text = `kind: review
type: appraisal
status: final
period: { start: 2026-01-01, end: 2026-12-31 }
employee: { name: Zhang Wei, department: East sales }
reviewer: { name: Liu Yang, id: M7 }
meeting: { at: 2026-12-15T14:30, notified_on: 2026-12-10, minutes: 60, location: MARK-LOC, setting: private-room }
strengths: [{ text: MARK-STRENGTH, evidence: MARK-EVIDENCE }]
score: { value: 4, rationale: MARK-RATIONALE }
self_assessment: { summary: MARK-SELF, rating: 5 }
calibration: { proposed: 5, final: 4, reason: MARK-REASON }
employee_response: { agreement: disagree, comment: MARK-COMMENT }
support_requests: [{ request: MARK-REQUEST, response: pending }]
signoffs: [{ role: reviewer, name: Liu Yang, on: 2026-12-15 }]
`;
    const result = lint(text);
    const f = reviewFacts(result.review!, result.template, result.findings, result.parsed);
    assert.doesNotMatch(JSON.stringify(f), /MARK-/);
    assert.equal(f.rating, 4);
    assert.equal(f.selfRating, 5);
    assert.equal(f.noticeDays, 5);
    assert.equal(f.signed, false);
    assert.deepEqual(f.actions.map((a) => a.kind).sort(), ['disagreement', 'signoff-missing', 'support-pending']);
    const lines = text.split('\n');
    const at = (kind: string) => lines[f.actions.find((a) => a.kind === kind)!.line]!;
    assert.match(at('disagreement'), /^employee_response:/);
    assert.match(at('support-pending'), /^support_requests:/);
    assert.match(at('signoff-missing'), /^signoffs:|^kind:/);
  });

  it('defuses spreadsheet formulas in CSV fields', () => {
    const agg = new CalibrationAggregator({ minGroup: 3 });
    for (let i = 0; i < 3; i++) agg.add(facts({ department: '=HYPERLINK("x")', rating: 3 }), `d${i}`);
    const csv = reportCsv(agg.report());
    assert.ok(csv.includes(`"'=HYPERLINK(""x"")"`), csv.slice(0, 400));
    assert.ok(!/(^|,)=HYPERLINK/m.test(csv));
  });
});

describe('calibration labels', () => {
  it('English and Chinese have the same keys and placeholders', () => {
    const en = calibrationLabels.en;
    const zh = calibrationLabels['zh-CN'];
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      assert.deepEqual(holes(zh[k]), holes(en[k]), k);
    }
  });
});
