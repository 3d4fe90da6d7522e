import { MATERIAL_IDS } from '../defaults';
import { FORM_REVIEW_KEYS, formReviewSections } from './forms';
import { escapeHtml } from './escape';
import {
  type Ctx, type Obj, asList, asObj, empty, enumText, fields, isObj, items, minutes, present, scaleText, section, table, text,
} from './html';

/** The keys a review may have; anything else is shown at the end so nothing the document says is hidden. */
export const REVIEW_KEYS = [
  'kind', 'template', 'type', 'status', 'period', 'employee', 'reviewer', 'approver', 'meeting', 'materials', 'goals',
  'competencies', 'strengths', 'improvements', 'improvement_plan', 'next_goals', 'support_requests', 'score',
  'employee_response', 'follow_up', 'signoffs', ...FORM_REVIEW_KEYS,
];

export function reviewSections(ctx: Ctx): string[] {
  const forms = formReviewSections(ctx);
  return [
    header(ctx, forms.people), meeting(ctx), materials(ctx), ...forms.beforeGoals, goals(ctx), competencies(ctx), ...forms.afterCompetencies,
    strengths(ctx), improvements(ctx), ...forms.afterPlans, nextGoals(ctx), support(ctx), score(ctx), response(ctx), followUp(ctx), signoffs(ctx),
    ...forms.end,
  ];
}

function person(ctx: Ctx, key: string, title: string): string {
  const v = ctx.data[key];
  if (!present(v)) return '';
  const s = ctx.slots.open([key]);
  const p = asObj(v);
  const L = ctx.labels;
  const extra = isObj(v)
    ? fields(ctx, [key], p, [[L.role, 'role'], [L.department, 'department'], [L.id, 'id']])
    : `<p>${text(v)}</p>`;
  const name = isObj(v) ? `<div class="person-name">${text(p.name)}</div>` : '';
  return `<div ${s.attrs(`person person-${key}`)}><h3>${escapeHtml(title)}</h3>${name}${extra}${s.list}</div>`;
}

function header(ctx: Ctx, morePeople = ''): string {
  const L = ctx.labels;
  const d = ctx.data;
  const period = (v: unknown) => (isObj(v) ? `${text(v.start)} – ${text(v.end)}` : text(v));
  const facts = fields(ctx, [], d, [
    [L.type, 'type', (v) => enumText(ctx, v)],
    [L.status, 'status', (v) => enumText(ctx, v)],
    [L.period, 'period', period],
    // The template by the name HR gave it, its path beside it.
    [L.template, 'template', (v) => (typeof ctx.template?.name === 'string' && ctx.template.name ? `${text(ctx.template.name)} <span class="muted">(${text(v)})</span>` : text(v))],
  ]);
  const people = [person(ctx, 'employee', L.employee), person(ctx, 'reviewer', L.reviewer), person(ctx, 'approver', L.approver), morePeople].join('');
  return `<header class="record-header"><div class="people">${people}</div>${facts}</header>`;
}

function meeting(ctx: Ctx): string {
  const L = ctx.labels;
  const m = asObj(ctx.data.meeting);
  if (!present(ctx.data.meeting)) return '';
  const notice = (v: unknown) => {
    const days = daysBetween(v, m.at);
    return days === undefined ? text(v) : `${text(v)} <span class="muted">(${escapeHtml(L.noticeDays(days))})</span>`;
  };
  const body = isObj(ctx.data.meeting)
    ? fields(ctx, ['meeting'], m, [
        [L.at, 'at', (v) => text(typeof v === 'string' ? v.replace('T', ' ') : v)],
        [L.minutes, 'minutes', (v) => minutes(ctx, v)],
        [L.notifiedOn, 'notified_on', notice],
        [L.location, 'location'],
        [L.setting, 'setting', (v) => enumText(ctx, v)],
      ]) + agenda(ctx, ['meeting', 'agenda'], m.agenda)
    : `<p>${text(ctx.data.meeting)}</p>`;
  return section(ctx, ['meeting'], L.meeting, body);
}

export function agendaList(ctx: Ctx, path: (string | number)[], v: unknown): string {
  if (!Array.isArray(v)) return `<p>${text(v)}</p>`;
  if (!v.length) return empty(ctx);
  const one = (a: Obj) => `<span class="topic">${text(a.topic)}</span>${present(a.minutes) ? ` <span class="muted">${minutes(ctx, a.minutes)}</span>` : ''}`;
  return `<ol class="agenda">${items(ctx, path, v, one)}</ol>`;
}

function agenda(ctx: Ctx, path: (string | number)[], v: unknown): string {
  if (!present(v)) return '';
  const s = ctx.slots.open(path);
  return `<div ${s.attrs('subsection agenda-block')}><h3>${escapeHtml(ctx.labels.agenda)}</h3>${s.list}${agendaList(ctx, path, v)}</div>`;
}

/** Calendar days between a date and a date-time, as written (no time zones), as the rules count them. */
function daysBetween(from: unknown, to: unknown): number | undefined {
  if (typeof from !== 'string' || typeof to !== 'string') return undefined;
  const a = Date.parse(from.slice(0, 10));
  const b = Date.parse(to.slice(0, 10));
  return Number.isNaN(a) || Number.isNaN(b) ? undefined : Math.round((b - a) / 86_400_000);
}

export function materialList(ctx: Ctx, path: (string | number)[], v: unknown): string {
  if (!Array.isArray(v)) return `<p>${text(v)}</p>`;
  if (!v.length) return empty(ctx);
  return `<ul class="materials">${v
    .map((m, i) => {
        const s = ctx.slots.open([...path, i]);
        const known = typeof m === 'string' && (MATERIAL_IDS as readonly string[]).includes(m) && Object.hasOwn(ctx.labels.values, m);
        const label = known ? `${escapeHtml(ctx.labels.values[m as string]!)} <code class="id">${escapeHtml(m)}</code>` : text(m);
        return `<li ${s.attrs('item')}>${label}${s.list}</li>`;
      })
      .join('')}</ul>`;
}

function materials(ctx: Ctx): string {
  if (!present(ctx.data.materials)) return ctx.slots.missing('materials') ? section(ctx, ['materials'], ctx.labels.materials, empty(ctx)) : '';
  return section(ctx, ['materials'], ctx.labels.materials, materialList(ctx, ['materials'], ctx.data.materials));
}

function listSection(ctx: Ctx, key: string, title: string, render: (item: Obj, i: number) => string, always = false): string {
  const v = ctx.data[key];
  if (!present(v) && !always && !ctx.slots.missing(key)) return '';
  const body = v === undefined || v === null ? empty(ctx) : !Array.isArray(v) ? `<p>${text(v)}</p>` : v.length ? `<ul class="cards">${items(ctx, [key], v, render)}</ul>` : empty(ctx);
  return section(ctx, [key], title, body);
}

function goals(ctx: Ctx): string {
  const L = ctx.labels;
  return listSection(ctx, 'goals', L.goals, (g, i) =>
    `<div class="card-title">${text(g.title)}${present(g.status) ? ` ${enumText(ctx, g.status)}` : ''}${present(g.weight) ? ` <span class="weight">${text(g.weight)}%</span>` : ''}</div>` +
    fields(ctx, ['goals', i], g, [[L.id, 'id', (v) => `<code class="id">${text(v)}</code>`], [L.measure, 'measure'], [L.result, 'result']]),
  );
}

function competencies(ctx: Ctx): string {
  const L = ctx.labels;
  const v = ctx.data.competencies;
  if (!present(v)) return '';
  const titles = new Map<string, string>();
  for (const c of ctx.template?.competencies ?? []) if (c?.id && c.title) titles.set(c.id, c.title);
  const body = Array.isArray(v)
    ? table(ctx, ['competencies'], v, [L.title, L.rating, L.comment], (c) => [
        typeof c.id === 'string' && titles.has(c.id) ? `${escapeHtml(titles.get(c.id)!)} <code class="id">${text(c.id)}</code>` : `<code class="id">${text(c.id)}</code>`,
        scaleText(ctx, c.rating),
        text(c.comment),
      ])
    : `<p>${text(v)}</p>`;
  return section(ctx, ['competencies'], L.competencies, body);
}

function strengths(ctx: Ctx): string {
  const L = ctx.labels;
  const goalTitles = new Map<string, unknown>();
  for (const g of asList(ctx.data.goals)) if (isObj(g) && typeof g.id === 'string') goalTitles.set(g.id, g.title);
  return listSection(
    ctx,
    'strengths',
    L.strengths,
    (s, i) =>
      `<div class="card-title">${text(s.text)}</div>` +
      fields(ctx, ['strengths', i], s, [
        [L.evidence, 'evidence'],
        [L.date, 'date'],
        [L.relatesTo, 'goal', (v) => (typeof v === 'string' && goalTitles.has(v) ? `${text(goalTitles.get(v))} <code class="id">${text(v)}</code>` : `<code class="id">${text(v)}</code>`)],
      ]),
    true,
  );
}

function planItem(ctx: Ctx, p: Obj, i: number): string {
  const L = ctx.labels;
  return (
    `<div class="card-title">${text(p.action)}</div>` +
    fields(ctx, ['improvement_plan', i], p, [[L.owner, 'owner'], [L.due, 'due'], [L.measure, 'measure'], [L.support, 'support']])
  );
}

/** Each area to improve side by side with the plan items that address it. */
function improvements(ctx: Ctx): string {
  const L = ctx.labels;
  const list = ctx.data.improvements;
  const plan = asList(ctx.data.improvement_plan);
  if (!present(list) && !present(ctx.data.improvement_plan) && !ctx.slots.missing('improvement_plan')) return '';
  const used = new Set<number>();
  const planFor = (id: unknown) =>
    plan
      .map((p, j) => [p, j] as const)
      .filter(([p]) => isObj(p) && present(id) && p.addresses === id)
      .map(([p, j]) => {
        used.add(j);
        const s = ctx.slots.open(['improvement_plan', j]);
        return `<div ${s.attrs('plan-item')}>${planItem(ctx, p as Obj, j)}${s.list}</div>`;
      })
      .join('');
  let body = '';
  if (Array.isArray(list) && list.length) {
    body += `<ul class="pairs">${items(ctx, ['improvements'], list, (imp, i) => {
      const plans = planFor(imp.id);
      return (
        `<div class="pair-left"><div class="card-title">${text(imp.text)}</div>` +
        fields(ctx, ['improvements', i], imp, [[L.id, 'id', (v) => `<code class="id">${text(v)}</code>`], [L.evidence, 'evidence'], [L.date, 'date']]) +
        `</div><div class="pair-right"><h4>${escapeHtml(L.plan)}</h4>${plans || `<p class="empty missing-plan">${escapeHtml(L.noPlan)}</p>`}</div>`
      );
    })}</ul>`;
  } else body += present(list) && !Array.isArray(list) ? `<p>${text(list)}</p>` : empty(ctx);
  const orphans = plan
    .map((p, j) => [p, j] as const)
    .filter(([, j]) => !used.has(j))
    .map(([p, j]) => {
      const s = ctx.slots.open(['improvement_plan', j]);
      return `<li ${s.attrs('plan-item')}>${isObj(p) ? planItem(ctx, p, j) : text(p)}${s.list}</li>`;
    });
  if (orphans.length || (present(ctx.data.improvement_plan) && !Array.isArray(ctx.data.improvement_plan))) {
    const s = ctx.slots.open(['improvement_plan']);
    const inner = Array.isArray(ctx.data.improvement_plan) ? `<ul class="cards">${orphans.join('')}</ul>` : `<p>${text(ctx.data.improvement_plan)}</p>`;
    body += `<div ${s.attrs('subsection orphan-plan')}><h3>${escapeHtml(L.orphanPlan)}</h3>${s.list}${inner}</div>`;
  }
  return section(ctx, ['improvements'], L.improvements, body);
}

function nextGoals(ctx: Ctx): string {
  const L = ctx.labels;
  return listSection(ctx, 'next_goals', L.nextGoals, (g, i) =>
    `<div class="card-title">${text(g.title)}${present(g.weight) ? ` <span class="weight">${text(g.weight)}%</span>` : ''}</div>` +
    fields(ctx, ['next_goals', i], g, [[L.id, 'id', (v) => `<code class="id">${text(v)}</code>`], [L.measure, 'measure'], [L.due, 'due']]),
  );
}

function support(ctx: Ctx): string {
  const L = ctx.labels;
  return listSection(ctx, 'support_requests', L.supportRequests, (r, i) =>
    `<div class="card-title">${text(r.request)}${present(r.response) ? ` ${enumText(ctx, r.response)}` : ''}</div>` +
    fields(ctx, ['support_requests', i], r, [[L.note, 'note']]),
  );
}

function score(ctx: Ctx): string {
  const v = ctx.data.score;
  if (!present(v)) return '';
  const L = ctx.labels;
  const body = isObj(v)
    ? `<p class="score">${scaleText(ctx, v.value)}</p>${fields(ctx, ['score'], v, [[L.rationale, 'rationale']])}`
    : `<p class="score">${scaleText(ctx, v)}</p>`;
  return section(ctx, ['score'], L.score, body);
}

function response(ctx: Ctx): string {
  const v = ctx.data.employee_response;
  if (!present(v)) return '';
  const L = ctx.labels;
  const r = asObj(v);
  const appeal = (a: unknown) => {
    if (!isObj(a)) return text(a);
    const head = a.requested === true ? L.appealRequested : a.requested === false ? L.appealNotRequested : '';
    return `${head ? escapeHtml(head) : text(a.requested)}${fields(ctx, ['employee_response', 'appeal'], a, [[L.channel, 'channel'], [L.status, 'status']])}`;
  };
  const body = isObj(v)
    ? fields(ctx, ['employee_response'], r, [[L.agreement, 'agreement', (x) => enumText(ctx, x)], [L.comment, 'comment', (x) => `<blockquote>${text(x)}</blockquote>`], [L.appeal, 'appeal', appeal]])
    : `<p>${text(v)}</p>`;
  return section(ctx, ['employee_response'], L.employeeResponse, body);
}

function followUp(ctx: Ctx): string {
  const v = ctx.data.follow_up;
  if (!present(v)) return '';
  const body = isObj(v) ? fields(ctx, ['follow_up'], v, [[ctx.labels.followUpOn, 'on']]) : `<p>${text(v)}</p>`;
  return section(ctx, ['follow_up'], ctx.labels.followUp, body);
}

function signoffs(ctx: Ctx): string {
  const L = ctx.labels;
  const v = ctx.data.signoffs;
  const note = `<p class="note">${escapeHtml(L.signoffNote)}</p>`;
  const body = Array.isArray(v)
    ? table(ctx, ['signoffs'], v, [L.role, L.name, L.signedOn], (s) => [enumText(ctx, s.role), text(s.name), text(s.on)])
    : present(v) ? `<p>${text(v)}</p>` : empty(ctx);
  return section(ctx, ['signoffs'], L.signoffs, note + body);
}
