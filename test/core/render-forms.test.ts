import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeHost, slash } from '../../node/host';
import { lint } from '../../core/engine';
import { renderHtml } from '../../core/render';
import { labelsFor } from '../../core/render/labels';
import { resolveTemplate } from '../../core/template';

const ROOT = join(__dirname, '../..');

/** Renders an example the way `review-yaml render` does: its template resolved, findings marked. */
function render(rel: string, text = readFileSync(join(ROOT, rel), 'utf8')) {
  const path = slash(join(ROOT, rel));
  const result = lint(text, { path, host: nodeHost(ROOT) });
  const ref = result.parsed.doc.get('template');
  const resolved = typeof ref === 'string' ? resolveTemplate(path, ref, nodeHost(ROOT)) : undefined;
  return { html: renderHtml({ text, result, mode: 'standalone', template: resolved?.ok ? resolved.template : undefined }), result };
}

const cells = (html: string, cls: string) => {
  const section = html.slice(html.indexOf(`section-${cls}`));
  return [...section.slice(0, section.indexOf('</section>')).matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
};

describe('render: the parts of real review forms', () => {
  it('shows the weighted table with both raters combined, the total and its band', () => {
    const { html } = render('examples/reviews/wang-2026-probation.review.yaml');
    const row = cells(html, 'scoring').slice(0, 6);
    // results: 92 × 60 % + 88 × 40 % = 90.4
    assert.deepEqual(row, ['工作业绩', '50%', '92', '92', '88', '90.4']);
    assert.match(html, /<strong class="total">88\.1<\/strong>/);
    assert.match(html, /<strong class="grade">B<\/strong> <span class="muted">75–&lt;90 · 良好（按期转正）<\/span>/);
  });

  it('shows the computed total beside a stated one that differs by rounding, and a band grade that differs', () => {
    const text = readFileSync(join(ROOT, 'examples/reviews/wang-2026-probation.review.yaml'), 'utf8').replace('  grade: B', '  grade: A');
    const { html, result } = render('examples/reviews/wang-2026-probation.review.yaml', text);
    assert.ok(result.findings.some((f) => f.rule === 'grade-band-mismatch'));
    assert.match(html, /<strong class="grade">A<\/strong> <span class="muted">B 75–&lt;90/);
  });

  it('puts self-rating and rating side by side with the gap in levels', () => {
    const { html } = render('examples/reviews/liu-2026-annual.review.yaml');
    const row = cells(html, 'self_vs_reviewer').slice(5, 10);
    assert.equal(row[0], '存量客户扩容收入达成年度目标');
    assert.match(row[1]!, /^4 超出期望/);
    assert.match(row[2]!, /^3 达到期望/);
    assert.equal(row[3], '1');
  });

  it('shows checkpoints as a timeline in date order, with status, and the calibration as proposed → final', () => {
    const pip = render('examples/reviews/okafor-2026-pip.review.yaml').html;
    const timeline = pip.slice(pip.indexOf('<ol class="timeline">'), pip.indexOf('</ol>', pip.indexOf('<ol class="timeline">')));
    assert.deepEqual([...timeline.matchAll(/<div class="when">([^<]*)<\/div>/g)].map((m) => m[1]), ['2026-04-01', '2026-05-01', '2026-05-29']);
    assert.match(timeline, /badge-at-risk/);
    const annual = render('examples/reviews/liu-2026-annual.review.yaml').html;
    assert.match(annual, /<span class="proposed">Proposed: <strong>A<\/strong><\/span> → <span class="final">Final: <strong>B<\/strong><\/span>/);
  });

  it('shows key results with progress, status and confidence', () => {
    const { html } = render('examples/reviews/mehta-2026-q3-okr.review.yaml');
    const row = cells(html, 'okrs').slice(0, 4);
    assert.deepEqual(row, ['Cut p95 checkout latency from 900 ms to 300 ms', '900 → 420 → 300', 'On track', '7/10']);
  });

  it('renders a template\'s bands with their target shares and its competency levels', () => {
    const { html } = render('examples/templates/annual-scored-2026.review.yaml');
    assert.deepEqual(cells(html, 'scoring').slice(-5 * 4, -4 * 4), ['S', '90', '卓越', '10%']);
    assert.match(html, /section-competency_levels/);
  });

  it('leaves a review without these parts as it was (no new section)', () => {
    const { html } = render('examples/reviews/zhang-2026.review.yaml');
    for (const cls of ['scoring', 'self_vs_reviewer', 'checkpoints', 'calibration', 'okrs']) assert.ok(!html.includes(`section-${cls}`), cls);
  });

  it('has every new label in Chinese', () => {
    const en = labelsFor('en');
    const zh = labelsFor('zh-CN');
    for (const k of ['scoring', 'checkpoints', 'selfVsReviewer', 'calibration', 'outcome', 'developmentPlan', 'okrs'] as const) assert.notEqual(zh[k], en[k], k);
  });
});
