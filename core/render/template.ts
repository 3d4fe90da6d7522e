import { escapeHtml } from './escape';
import { type Ctx, asObj, empty, enumText, fields, isObj, minutes, present, section, table, text } from './html';
import { FORM_TEMPLATE_KEYS, formTemplateSections } from './forms';
import { agendaList, materialList } from './review';

export const TEMPLATE_KEYS = ['kind', 'name', 'type', 'scale', 'competencies', 'materials', 'agenda', 'policy', 'rules', ...FORM_TEMPLATE_KEYS];

export function templateSections(ctx: Ctx): string[] {
  const L = ctx.labels;
  const d = ctx.data;
  const head = `<header class="record-header">${fields(ctx, [], d, [[L.type, 'type', (v) => enumText(ctx, v)]])}</header>`;
  const scale = present(d.scale)
    ? section(ctx, ['scale'], L.scale, Array.isArray(d.scale)
        ? table(ctx, ['scale'], d.scale, [L.value, L.label, L.definition], (l) => [`<span class="scale-value">${text(l.value)}</span>`, text(l.label), text(l.definition)])
        : `<p>${text(d.scale)}</p>`)
    : '';
  const comps = present(d.competencies)
    ? section(ctx, ['competencies'], L.competencies, Array.isArray(d.competencies)
        ? table(ctx, ['competencies'], d.competencies, [L.id, L.title, L.description], (c) => [`<code class="id">${text(c.id)}</code>`, text(c.title), text(c.description)])
        : `<p>${text(d.competencies)}</p>`)
    : '';
  const mats = present(d.materials) ? section(ctx, ['materials'], L.materialsToPrepare, materialList(ctx, ['materials'], d.materials)) : '';
  const agendaBlock = present(d.agenda) ? section(ctx, ['agenda'], L.agenda, agendaList(ctx, ['agenda'], d.agenda)) : '';
  return [head, scale, comps, ...formTemplateSections(ctx), mats, agendaBlock, policy(ctx), rules(ctx)];
}

function policy(ctx: Ctx): string {
  const v = ctx.data.policy;
  if (!present(v)) return '';
  const L = ctx.labels;
  const days = (n: unknown) => (typeof n === 'number' ? escapeHtml(L.noticeDays(n)) : text(n));
  const workday = (w: unknown) => (isObj(w) ? `${text(w.start)} – ${text(w.end)}` : text(w));
  const body = isObj(v)
    ? fields(ctx, ['policy'], asObj(v), [
        [L.noticeDaysLabel, 'notice_days', days],
        [L.workday, 'workday', workday],
        [L.edgeMinutes, 'edge_minutes', (n) => minutes(ctx, n)],
        [L.minMinutes, 'min_minutes', (n) => minutes(ctx, n)],
        [L.maxImprovements, 'max_improvements'],
      ])
    : `<p>${text(v)}</p>`;
  return section(ctx, ['policy'], L.policy, body);
}

/** Rule ids are keys of the document: escaped like every other string. */
function rules(ctx: Ctx): string {
  const v = ctx.data.rules;
  if (!present(v)) return '';
  const L = ctx.labels;
  let body: string;
  if (!isObj(v)) body = `<p>${text(v)}</p>`;
  else if (!Object.keys(v).length) body = empty(ctx);
  else
    body = `<table><thead><tr><th>${escapeHtml(L.rule)}</th><th>${escapeHtml(L.severity)}</th></tr></thead><tbody>${Object.entries(v)
      .map(([id, sev]) => {
        const s = ctx.slots.open(['rules', id]);
        return `<tr ${s.attrs('item')}><td><code class="id">${escapeHtml(id)}</code></td><td>${text(sev)}${s.list}</td></tr>`;
      })
      .join('')}</tbody></table>`;
  return section(ctx, ['rules'], L.rules, body);
}
