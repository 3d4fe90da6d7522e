/**
 * The parts of real review forms, shown as a form shows them: the weighted total as a small table,
 * checkpoints as a timeline, self-rating beside the reviewer's rating. One function per section,
 * each rendering only what the document holds, so a review without these parts renders as before.
 */
import { bandFor, bandRange, bandsOf, computeScoring } from '../scoring';
import type { LooseReview, Path } from '../types';
import { escapeHtml } from './escape';
import { type Ctx, type Obj, asList, asObj, empty, enumText, fields, isObj, items, present, scaleText, section, table, text } from './html';

export const FORM_REVIEW_KEYS = [
  'second_rater', 'approvers', 'self_assessment', 'development_plan', 'scoring', 'calibration', 'checkpoints', 'consequence',
  'outcome', 'rater_feedback', 'okrs', 'pay_progression', 'attachments',
];
export const FORM_TEMPLATE_KEYS = ['scoring', 'checkpoints', 'outcomes'];

const id = (v: unknown) => `<code class="id">${text(v)}</code>`;
const num = (v: unknown) => (typeof v === 'number' ? escapeHtml(String(Math.round(v * 100) / 100)) : text(v));

/** Review sections, in the order a form has them: people, self-assessment, scores, outcome, plans, files. */
export function formReviewSections(ctx: Ctx): { people: string; beforeGoals: string[]; afterCompetencies: string[]; afterPlans: string[]; end: string[] } {
  return {
    people: people(ctx),
    beforeGoals: [selfAssessment(ctx), feedback360(ctx), okrs(ctx)],
    afterCompetencies: [selfVsReviewer(ctx), scoring(ctx), calibration(ctx)],
    afterPlans: [development(ctx), checkpoints(ctx), consequence(ctx), outcome(ctx), pay(ctx)],
    end: [attachments(ctx)],
  };
}

function people(ctx: Ctx): string {
  const L = ctx.labels;
  const one = (key: string, v: unknown, title: string, path: Path) => {
    if (!present(v)) return '';
    const s = ctx.slots.open(path);
    const p = asObj(v);
    const body = isObj(v) ? `<div class="person-name">${text(p.name)}</div>${fields(ctx, path, p, [[L.role, 'role'], [L.department, 'department'], [L.id, 'id']])}` : `<p>${text(v)}</p>`;
    return `<div ${s.attrs(`person person-${key}`)}><h3>${escapeHtml(title)}</h3>${body}${s.list}</div>`;
  };
  const approvers = asList(ctx.data.approvers).map((a, i) => one('approver', a, L.approver, ['approvers', i]));
  return one('second_rater', ctx.data.second_rater, L.secondRater, ['second_rater']) + approvers.join('');
}

function selfAssessment(ctx: Ctx): string {
  const v = ctx.data.self_assessment;
  if (!present(v)) return '';
  const L = ctx.labels;
  const body = isObj(v)
    ? fields(ctx, ['self_assessment'], v, [
        [L.summary, 'summary', (x) => `<blockquote>${text(x)}</blockquote>`],
        [L.selfRating, 'rating', (x) => scaleText(ctx, x)],
        [L.selfScore, 'score', num],
        [L.submittedOn, 'submitted_on'],
      ])
    : `<p>${text(v)}</p>`;
  return section(ctx, ['self_assessment'], L.selfAssessment, body);
}

/** Every goal and competency with both ratings, side by side, with the gap in levels. */
function selfVsReviewer(ctx: Ctx): string {
  const L = ctx.labels;
  const rows: string[] = [];
  const titles = new Map<string, string>();
  for (const c of ctx.template?.competencies ?? []) if (c?.id && c.title) titles.set(c.id, c.title);
  const values = ctx.scale.map((l) => l.value);
  for (const list of ['goals', 'competencies'] as const) {
    asList(ctx.data[list]).forEach((item, i) => {
      if (!isObj(item) || !present(item.self_rating)) return;
      const s = ctx.slots.open([list, i, 'self_rating']);
      const name = typeof item.title === 'string' ? text(item.title) : typeof item.id === 'string' && titles.has(item.id) ? escapeHtml(titles.get(item.id)!) : id(item.id);
      const a = values.indexOf(item.self_rating as number);
      const b = values.indexOf(item.rating as number);
      const gap = a >= 0 && b >= 0 ? Math.abs(a - b) : undefined;
      const gapCell = gap === undefined ? '' : `<span class="gap gap-${Math.min(gap, 3)}">${gap}</span>`;
      rows.push(`<tr ${s.attrs('item')}><td>${name}</td><td>${scaleText(ctx, item.self_rating)}</td><td>${scaleText(ctx, item.rating)}</td><td>${gapCell}</td><td>${text(item.discussion)}${s.list}</td></tr>`);
    });
  }
  if (!rows.length) return '';
  const head = [L.item, L.selfRating, L.rating, L.gap, L.discussion].map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  return `<section class="section section-self_vs_reviewer"><h2>${escapeHtml(L.selfVsReviewer)}</h2><table class="side-by-side"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** The weighted table: per row weight, self, reviewer, second rater, combined; the total and its band below. */
function scoring(ctx: Ctx): string {
  const v = ctx.data.scoring;
  if (!present(v)) return '';
  const L = ctx.labels;
  if (!isObj(v)) return section(ctx, ['scoring'], L.scoring, `<p>${text(v)}</p>`);
  const result = computeScoring(ctx.data as LooseReview, ctx.template);
  const rows = result?.rows ?? [];
  const second = rows.some((r) => r.second !== undefined);
  const self = rows.some((r) => r.self !== undefined);
  const head = [L.item, L.weight, ...(self ? [L.selfScore] : []), L.reviewerScore, ...(second ? [L.secondScore, L.combined] : [])];
  const tableHtml = Array.isArray(v.items)
    ? table(ctx, ['scoring', 'items'], v.items, head, (item) => {
        const r = rows[(v.items as unknown[]).indexOf(item)];
        return [
          typeof item.title === 'string' ? text(item.title) : r?.title ? escapeHtml(r.title) : id(item.id),
          r?.weight !== undefined ? `${num(r.weight)}%` : '',
          ...(self ? [num(item.self_score)] : []),
          num(item.score),
          ...(second ? [num(item.second_score), r?.combined !== undefined ? num(r.combined) : ''] : []),
        ];
      })
    : present(v.items) ? `<p>${text(v.items)}</p>` : '';
  const weights = result?.raterWeights ? `<p class="muted">${escapeHtml(L.raterWeights)}: ${result.raterWeights.reviewer} / ${result.raterWeights.second_rater}</p>` : '';
  const bands = bandsOf(ctx.template);
  const stated = typeof v.total === 'number' ? v.total : undefined;
  const total = stated ?? result?.total;
  const band = total !== undefined ? bandFor(bands, total) : undefined;
  const computed = result?.total !== undefined && result.total !== stated ? ` <span class="muted">(${escapeHtml(L.computed)} ${num(result.total)})</span>` : '';
  const totals = fields(ctx, ['scoring'], { total: total, grade: v.grade }, [
    [L.total, 'total', (x) => `<strong class="total">${num(x)}</strong>${computed}`],
    [L.grade, 'grade', (g) => `<strong class="grade">${text(g)}</strong>${band ? ` <span class="muted">${band.grade !== g ? `${escapeHtml(band.grade)} ` : ''}${escapeHtml(bandRange(bands, band))}${band.label ? ` · ${escapeHtml(band.label)}` : ''}</span>` : ''}`],
  ]);
  return section(ctx, ['scoring'], L.scoring, tableHtml + weights + totals, 'scoring');
}

function calibration(ctx: Ctx): string {
  const v = ctx.data.calibration;
  if (!present(v)) return '';
  const L = ctx.labels;
  const body = isObj(v)
    ? `<p class="calibration"><span class="proposed">${escapeHtml(L.proposed)}: <strong>${text(v.proposed)}</strong></span> → <span class="final">${escapeHtml(L.final)}: <strong>${text(v.final)}</strong></span></p>` +
      fields(ctx, ['calibration'], v, [[L.reason, 'reason'], [L.moderatedBy, 'by'], [L.date, 'on']])
    : `<p>${text(v)}</p>`;
  return section(ctx, ['calibration'], L.calibration, body);
}

/** Checkpoints as a timeline: due date, held date, status, what was reviewed and said. */
function checkpoints(ctx: Ctx): string {
  const v = ctx.data.checkpoints;
  if (!present(v)) return '';
  const L = ctx.labels;
  const body = Array.isArray(v)
    ? v.length
      ? `<ol class="timeline">${items(ctx, ['checkpoints'], v, (c, i) =>
          `<div class="when">${text(c.on)}</div><div class="card-title">${text(c.title ?? c.id)}${present(c.status) ? ` ${enumText(ctx, c.status)}` : ''}</div>` +
          fields(ctx, ['checkpoints', i], c, [[L.heldOn, 'held_on'], [L.reviewed, 'reviewed'], [L.note, 'notes']]),
        )}</ol>`
      : empty(ctx)
    : `<p>${text(v)}</p>`;
  return section(ctx, ['checkpoints'], L.checkpoints, body);
}

function consequence(ctx: Ctx): string {
  const v = ctx.data.consequence;
  return present(v) ? section(ctx, ['consequence'], ctx.labels.consequence, `<p>${text(v)}</p>`) : '';
}

function outcome(ctx: Ctx): string {
  const v = ctx.data.outcome;
  if (!present(v)) return '';
  const L = ctx.labels;
  const body = isObj(v)
    ? fields(ctx, ['outcome'], v, [
        [L.decision, 'decision', (x) => enumText(ctx, x)],
        [L.date, 'on'],
        [L.effectiveOn, 'effective_on'],
        [L.extendedTo, 'extended_to'],
        [L.reason, 'reason'],
      ])
    : `<p>${text(v)}</p>`;
  return section(ctx, ['outcome'], L.outcome, body);
}

function development(ctx: Ctx): string {
  const v = ctx.data.development_plan;
  if (!present(v)) return '';
  const L = ctx.labels;
  const body = Array.isArray(v)
    ? table(ctx, ['development_plan'], v, [L.skill, L.activity, L.support, L.due, L.status], (d) => [text(d.skill), text(d.activity), text(d.support), text(d.due), present(d.status) ? enumText(ctx, d.status) : ''])
    : `<p>${text(v)}</p>`;
  return section(ctx, ['development_plan'], L.developmentPlan, body);
}

function feedback360(ctx: Ctx): string {
  const v = ctx.data.rater_feedback;
  if (!present(v)) return '';
  const L = ctx.labels;
  const body = Array.isArray(v)
    ? table(ctx, ['rater_feedback'], v, [L.relationship, L.raters, L.rating, L.summary], (r) => [enumText(ctx, r.relationship), text(r.raters), scaleText(ctx, r.rating), text(r.summary)])
    : `<p>${text(v)}</p>`;
  return section(ctx, ['rater_feedback'], L.raterFeedback, body);
}

function okrs(ctx: Ctx): string {
  const v = ctx.data.okrs;
  if (!present(v)) return '';
  const L = ctx.labels;
  const progress = (k: Obj) => [k.start, k.current, k.target].some(present) ? `${text(k.start)} → <strong>${text(k.current)}</strong> → ${text(k.target)}` : '';
  const body = Array.isArray(v)
    ? `<ul class="cards">${items(ctx, ['okrs'], v, (o, i) =>
        `<div class="card-title">${text(o.objective)}</div>` +
        (Array.isArray(o.key_results)
          ? table(ctx, ['okrs', i, 'key_results'], o.key_results, [L.keyResults, L.progress, L.status, L.confidence], (k) => [
              text(k.title),
              progress(k),
              present(k.status) ? enumText(ctx, k.status) : '',
              typeof k.confidence === 'number' ? `${num(k.confidence)}/10` : text(k.confidence),
            ])
          : text(o.key_results)),
      )}</ul>`
    : `<p>${text(v)}</p>`;
  return section(ctx, ['okrs'], L.okrs, body);
}

function pay(ctx: Ctx): string {
  const v = ctx.data.pay_progression;
  if (!present(v)) return '';
  const L = ctx.labels;
  const body = isObj(v)
    ? fields(ctx, ['pay_progression'], v, [[L.recommendation, 'recommendation', (x) => enumText(ctx, x)], [L.effectiveOn, 'effective_on'], [L.note, 'note']])
    : `<p>${text(v)}</p>`;
  return section(ctx, ['pay_progression'], L.payProgression, body);
}

function attachments(ctx: Ctx): string {
  const v = ctx.data.attachments;
  if (!present(v)) return '';
  const L = ctx.labels;
  const body = Array.isArray(v)
    ? table(ctx, ['attachments'], v, [L.title, L.path, L.type], (a) => [text(a.title), id(a.path), present(a.kind) ? enumText(ctx, a.kind) : ''])
    : `<p>${text(v)}</p>`;
  return section(ctx, ['attachments'], L.attachments, body);
}

// ---- template ----

export function formTemplateSections(ctx: Ctx): string[] {
  return [competencyLevels(ctx), templateScoring(ctx), templateCheckpoints(ctx), outcomes(ctx)];
}

function competencyLevels(ctx: Ctx): string {
  const L = ctx.labels;
  const blocks = asList(ctx.data.competencies).flatMap((c, i) => {
    if (!isObj(c) || !Array.isArray(c.levels) || !c.levels.length) return [];
    return [`<h3>${text(c.title ?? c.id)}</h3>` + table(ctx, ['competencies', i, 'levels'], c.levels, [L.value, L.label, L.description], (l) => [`<span class="scale-value">${text(l.value)}</span>`, text(l.label), text(l.description)])];
  });
  return blocks.length ? `<section class="section section-competency_levels"><h2>${escapeHtml(L.competencyLevels)}</h2>${blocks.join('')}</section>` : '';
}

function templateScoring(ctx: Ctx): string {
  const v = ctx.data.scoring;
  if (!present(v)) return '';
  const L = ctx.labels;
  if (!isObj(v)) return section(ctx, ['scoring'], L.scoring, `<p>${text(v)}</p>`);
  const head = fields(ctx, ['scoring'], v, [[L.method, 'method'], [L.scoringMax, 'max']]);
  const itemsHtml = Array.isArray(v.items)
    ? table(ctx, ['scoring', 'items'], v.items, [L.id, L.title, L.weight, L.description], (it) => [id(it.id), text(it.title), present(it.weight) ? `${text(it.weight)}%` : '', text(it.description)])
    : '';
  const rw = asObj(v.rater_weights);
  const weights = present(v.rater_weights) ? `<p class="muted">${escapeHtml(L.raterWeights)}: ${text(rw.reviewer)} / ${text(rw.second_rater)}</p>` : '';
  const bands = Array.isArray(v.bands)
    ? `<h3>${escapeHtml(L.bands)}</h3>` + table(ctx, ['scoring', 'bands'], v.bands, [L.grade, L.minTotal, L.label, L.targetShare], (b) => [`<strong class="grade">${text(b.grade)}</strong>`, text(b.min), text(b.label), present(b.target_share) ? `${text(b.target_share)}%` : ''])
    : '';
  return section(ctx, ['scoring'], L.scoring, head + itemsHtml + weights + bands, 'scoring');
}

function templateCheckpoints(ctx: Ctx): string {
  const v = ctx.data.checkpoints;
  if (!present(v)) return '';
  const L = ctx.labels;
  const body = Array.isArray(v) ? table(ctx, ['checkpoints'], v, [L.id, L.title, L.afterDays], (c) => [id(c.id), text(c.title), text(c.after_days)]) : `<p>${text(v)}</p>`;
  return section(ctx, ['checkpoints'], L.checkpoints, body);
}

function outcomes(ctx: Ctx): string {
  const v = ctx.data.outcomes;
  if (!present(v)) return '';
  const body = Array.isArray(v) ? `<p>${v.map((o) => enumText(ctx, o)).join(' ')}</p>` : `<p>${text(v)}</p>`;
  return section(ctx, ['outcomes'], ctx.labels.outcomes, body);
}
