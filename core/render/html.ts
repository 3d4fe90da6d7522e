import type { ScaleLevel } from '../../schemas';
import type { LooseTemplate, Path } from '../types';
import { escapeHtml } from './escape';
import { DEFAULT_LABELS, type Labels } from './labels';
import type { Slots } from './slots';

/** What every section renderer reads. `data` is the raw document: the schema may have rejected parts of it. */
export interface Ctx {
  data: Record<string, unknown>;
  slots: Slots;
  labels: Labels;
  scale: ScaleLevel[];
  template: LooseTemplate | undefined;
}

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
export const asObj = (v: unknown): Obj => (isObj(v) ? v : {});
export const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

/** Any value as escaped text: scalars as written, anything else (a schema error) as compact JSON. */
export function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return escapeHtml(String(v));
  let json: string;
  try {
    json = JSON.stringify(v) ?? String(v);
  } catch {
    json = String(v);
  }
  return `<code class="raw">${escapeHtml(json)}</code>`;
}

/** An enum value: its label when known, and a class only from the fixed set of known values. */
export function enumText(ctx: Ctx, v: unknown): string {
  if (typeof v !== 'string') return text(v);
  const known = Object.hasOwn(DEFAULT_LABELS.values, v);
  const label = known && Object.hasOwn(ctx.labels.values, v) ? ctx.labels.values[v]! : v;
  return known ? `<span class="badge badge-${v}">${escapeHtml(label)}</span>` : `<span class="badge">${escapeHtml(v)}</span>`;
}

/** A value on the rating scale with its label and definition. */
export function scaleText(ctx: Ctx, v: unknown): string {
  if (typeof v !== 'number') return text(v);
  const level = ctx.scale.find((l) => l?.value === v);
  if (!level) return `<span class="scale-value">${escapeHtml(String(v))}</span> <span class="scale-label off-scale">(${escapeHtml(ctx.labels.offScale)})</span>`;
  const def = level.definition ? ` <span class="scale-definition">${escapeHtml(level.definition)}</span>` : '';
  return `<span class="scale-value">${escapeHtml(String(v))}</span> <span class="scale-label">${escapeHtml(level.label ?? '')}</span>${def}`;
}

export function minutes(ctx: Ctx, v: unknown): string {
  return typeof v === 'number' ? escapeHtml(ctx.labels.minutesUnit(String(v))) : text(v);
}

/** A titled section for the node at `path`; without that node it renders unanchored. */
export function section(ctx: Ctx, path: Path, title: string, body: string, cls = ''): string {
  const s = ctx.slots.open(path);
  const name = typeof path[path.length - 1] === 'string' ? ` section-${String(path[path.length - 1]).replace(/[^a-z_]/g, '')}` : '';
  return `<section ${s.attrs(`section${name}${cls ? ` ${cls}` : ''}`)}><h2>${escapeHtml(title)}</h2>${s.list}${body}</section>`;
}

export type Row = [label: string, key: string, render?: (v: unknown) => string];

/** A definition list of an object's fields, each anchored to its own node. */
export function fields(ctx: Ctx, path: Path, obj: Obj, rows: Row[]): string {
  const out: string[] = [];
  for (const [label, key, render] of rows) {
    const v = obj[key];
    if (!present(v)) continue;
    const s = ctx.slots.open([...path, key]);
    out.push(`<div ${s.attrs('field')}><dt>${escapeHtml(label)}</dt><dd>${(render ?? text)(v)}${s.list}</dd></div>`);
  }
  return out.length ? `<dl class="fields">${out.join('')}</dl>` : '';
}

/** One element per list item, anchored to the item's node; non-objects (schema errors) shown as written. */
export function items(ctx: Ctx, path: Path, list: unknown[], render: (item: Obj, i: number, path: Path) => string, tag = 'li'): string {
  return list
    .map((item, i) => {
      const p = [...path, i];
      const s = ctx.slots.open(p);
      const body = isObj(item) ? render(item, i, p) : text(item);
      return `<${tag} ${s.attrs('item')}>${body}${s.list}</${tag}>`;
    })
    .join('');
}

export function empty(ctx: Ctx): string {
  return `<p class="empty">${escapeHtml(ctx.labels.none)}</p>`;
}

/** A small table: one row per list item, anchored; cells render from the item. */
export function table(ctx: Ctx, path: Path, list: unknown[], head: string[], cells: (item: Obj) => string[]): string {
  if (!list.length) return empty(ctx);
  const rows = list.map((item, i) => {
    const s = ctx.slots.open([...path, i]);
    const tds = isObj(item) ? cells(item).map((c) => `<td>${c}</td>`) : [`<td colspan="${head.length}">${text(item)}</td>`];
    const last = tds.length - 1;
    tds[last] = tds[last]!.replace(/<\/td>$/, `${s.list}</td>`);
    return `<tr ${s.attrs('item')}>${tds.join('')}</tr>`;
  });
  return `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
