/**
 * The report's charts as inline SVG, drawn when the report is made: no script is needed to read
 * them, they print, and their colours come from the page's CSS classes (so dark mode and print
 * restyle them). Every text passes through escapeHtml. The charts are few and plain (bars, dots
 * with intervals), so a linear scale is all they need.
 */
import { escapeHtml as e } from '../render/escape';

export interface Bar { label: string; value: number; target?: number; note?: string }

let ids = 0;
/** Ids unique within one page, for aria-labelledby. */
export function resetIds(): void {
  ids = 0;
}
const nextId = () => `c${++ids}`;

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** A vertical bar chart of shares (percent), with an optional target marker per bar. */
export function barChart(title: string, bars: Bar[], opts: { width?: number; height?: number; unit?: string } = {}): string {
  const width = opts.width ?? Math.max(240, 60 + bars.length * 56);
  const height = opts.height ?? 180;
  const unit = opts.unit ?? '%';
  const top = 18;
  const bottom = 34;
  const left = 8;
  const plotH = height - top - bottom;
  const max = bars.reduce((m, b) => Math.max(m, b.value, b.target ?? 0), 1);
  const step = (width - left * 2) / Math.max(1, bars.length);
  const barW = Math.min(40, step * 0.7);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const id = nextId();
  const parts = bars.map((b, i) => {
    const x = left + i * step + (step - barW) / 2;
    const cx = x + barW / 2;
    const h = top + plotH - y(b.value);
    const label = `${b.label}: ${fmt(b.value)}${unit}${b.target !== undefined ? ` (${fmt(b.target)}${unit})` : ''}`;
    let s = `<g class="bar-group"><title>${e(label)}</title><rect class="bar${b.target !== undefined && b.value > b.target ? ' over' : ''}" x="${x.toFixed(1)}" y="${y(b.value).toFixed(1)}" width="${barW.toFixed(1)}" height="${Math.max(0, h).toFixed(1)}"/>`;
    s += `<text class="value" x="${cx.toFixed(1)}" y="${(y(b.value) - 4).toFixed(1)}" text-anchor="middle">${e(fmt(b.value))}${e(unit)}</text>`;
    if (b.target !== undefined) s += `<line class="target" x1="${(x - 4).toFixed(1)}" x2="${(x + barW + 4).toFixed(1)}" y1="${y(b.target).toFixed(1)}" y2="${y(b.target).toFixed(1)}"/>`;
    s += `<text class="axis" x="${cx.toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle">${e(b.label)}</text>`;
    if (b.note) s += `<text class="axis small" x="${cx.toFixed(1)}" y="${height - bottom + 29}" text-anchor="middle">${e(b.note)}</text>`;
    return `${s}</g>`;
  });
  return svg(id, title, width, height, `<line class="baseline" x1="${left}" x2="${width - left}" y1="${top + plotH}" y2="${top + plotH}"/>${parts.join('')}`);
}

export interface Dot { label: string; mean: number; lo: number; hi: number; flagged?: boolean }

/** One row per group: the mean as a dot, its interval as a line, and a reference line (the cycle's mean). */
export function dotIntervalChart(title: string, dots: Dot[], reference: number, domain: [number, number]): string {
  const rowH = 26;
  const left = 110;
  const right = 24;
  const width = 560;
  const top = 10;
  const height = top + dots.length * rowH + 30;
  const [lo, hi] = domain[0] === domain[1] ? [domain[0] - 1, domain[1] + 1] : domain;
  const x = (v: number) => left + ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * (width - left - right);
  const id = nextId();
  let body = '';
  const ticks = niceTicks(lo, hi);
  for (const t of ticks)
    body += `<line class="grid" x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${top}" y2="${height - 24}"/><text class="axis" x="${x(t).toFixed(1)}" y="${height - 8}" text-anchor="middle">${e(fmt(t))}</text>`;
  body += `<line class="reference" x1="${x(reference).toFixed(1)}" x2="${x(reference).toFixed(1)}" y1="${top}" y2="${height - 24}"/>`;
  dots.forEach((d, i) => {
    const cy = top + i * rowH + rowH / 2;
    body += `<g class="dot-row${d.flagged ? ' flagged' : ''}"><title>${e(`${d.label}: ${d.mean.toFixed(2)} [${d.lo.toFixed(2)}, ${d.hi.toFixed(2)}]`)}</title>`;
    body += `<text class="axis" x="${left - 8}" y="${cy + 4}" text-anchor="end">${e(d.label)}</text>`;
    body += `<line class="interval" x1="${x(d.lo).toFixed(1)}" x2="${x(d.hi).toFixed(1)}" y1="${cy}" y2="${cy}"/>`;
    body += `<circle class="dot" cx="${x(d.mean).toFixed(1)}" cy="${cy}" r="5"/></g>`;
  });
  return svg(id, title, width, height, body);
}

/** Ticks at whole or half steps across [lo, hi], at most about 8. */
function niceTicks(lo: number, hi: number): number[] {
  const span = hi - lo;
  const step = span <= 4 ? 0.5 : span <= 10 ? 1 : Math.pow(10, Math.floor(Math.log10(span / 5)));
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + 1e-9; t += step) out.push(Math.round(t * 100) / 100);
  return out;
}

function svg(id: string, title: string, width: number, height: number, body: string): string {
  return `<svg class="chart" role="img" aria-labelledby="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${id}">${e(title)}</title>${body}</svg>`;
}
