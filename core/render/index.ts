import type { ScaleLevel } from '../../schemas';
import { DEFAULT_SCALE } from '../defaults';
import type { LintResult } from '../engine';
import { toData } from '../parse';
import type { Finding, LooseTemplate } from '../types';
import { escapeHtml, isSafeNonce, newNonce, safeCspSource } from './escape';
import { type Ctx, asList, isObj, section, text } from './html';
import { DEFAULT_LABELS, type Labels } from './labels';
import { REVIEW_KEYS, reviewSections } from './review';
import { Slots, findingList } from './slots';
import { BASE_CSS, PRINT_CSS } from './style';
import { TEMPLATE_KEYS, templateSections } from './template';

export { DEFAULT_LABELS, type Labels, labelsFor } from './labels';
export { escapeHtml, newNonce } from './escape';

export interface RenderInput {
  /** The text that was linted (shown as written when nothing of it could be read). */
  text: string;
  result: LintResult;
  /** The page title; by default the employee's name (a review) or the template's name. */
  title?: string;
  /** `preview`: for the VS Code webview (its script, its resource origin). `standalone`: a file to read and print, no script. */
  mode: 'preview' | 'standalone';
  /** CSP nonce for the style and script elements; a fresh one is made when absent or malformed. */
  nonce?: string;
  /** The webview's `cspSource`, allowed for images and style sheets (preview only). */
  cspSource?: string;
  /** The preview script, loaded with the nonce (preview only). */
  scriptUri?: string;
  /** An extra style sheet (preview only). */
  styleUri?: string;
  /** Translations of the page's fixed words. */
  labels?: Partial<Omit<Labels, 'values'>> & { values?: Record<string, string> };
  /** The review's rating scale (its template's); else the template's own, else the default 1..5. */
  scale?: ScaleLevel[];
  /** The review's resolved template: competency titles and, when `scale` is absent, its scale. */
  template?: LooseTemplate;
}

/** The review or template as an HTML page: the preview's content and `review-yaml render`'s output. */
export function renderHtml(input: RenderInput): string {
  const labels: Labels = { ...DEFAULT_LABELS, ...input.labels, values: { ...DEFAULT_LABELS.values, ...input.labels?.values } } as Labels;
  const nonce = isSafeNonce(input.nonce) ? input.nonce : newNonce();
  const { result } = input;
  const slots = new Slots(result);
  let data: unknown;
  try {
    data = result.kind === null ? undefined : toData(result.parsed);
  } catch {
    data = undefined;
  }
  const obj = isObj(data) ? data : {};
  const ctx: Ctx = { data: obj, slots, labels, scale: scaleOf(input, result, obj), template: input.template };

  let kindLabel = '';
  let heading = input.title ?? '';
  let body: string;
  if (result.kind === null) {
    body = `<p class="empty">${escapeHtml(labels.notOurs)}</p>`;
  } else {
    const review = result.kind === 'review';
    kindLabel = review ? labels.reviewTitle : labels.templateTitle;
    if (!heading) heading = plain(review ? (isObj(obj.employee) ? obj.employee.name : obj.employee) : obj.name) || kindLabel;
    const sections = review ? reviewSections(ctx) : templateSections(ctx);
    sections.push(otherKeys(ctx, review ? REVIEW_KEYS : TEMPLATE_KEYS));
    body = sections.filter(Boolean).join('\n');
    if (!isObj(data)) body = `<p class="empty">${escapeHtml(labels.unreadable)}</p><pre class="source">${escapeHtml(input.text)}</pre>` + body;
  }
  const filled = slots.fill(body);
  const summary = summaryOf(labels, result.findings, filled.unplaced);

  const preview = input.mode === 'preview';
  const source = preview ? safeCspSource(input.cspSource) : '';
  const csp = preview
    ? `default-src 'none'; img-src ${source ? `${source} ` : ''}data:; style-src ${source ? `${source} ` : ''}'nonce-${nonce}'; script-src 'nonce-${nonce}'`
    : `default-src 'none'; style-src 'nonce-${nonce}'`;
  const styleLink = preview && safeUri(input.styleUri) ? `<link rel="stylesheet" nonce="${nonce}" href="${escapeHtml(input.styleUri)}">` : '';
  const script = preview && safeUri(input.scriptUri) ? `<script nonce="${nonce}" src="${escapeHtml(input.scriptUri)}"></script>` : '';
  const css = preview ? BASE_CSS : BASE_CSS + PRINT_CSS;
  const kindClass = result.kind ? ` kind-${result.kind}` : '';

  return `<!DOCTYPE html>
<html lang="${escapeHtml(labels.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading || kindLabel || 'review-yaml')}</title>
<style nonce="${nonce}">${css}</style>
${styleLink}
</head>
<body class="review-yaml ${preview ? 'preview' : 'standalone'}${kindClass}">
<main>
${kindLabel ? `<p class="kind-label">${escapeHtml(kindLabel)}</p>` : ''}
<h1>${escapeHtml(heading)}</h1>
${summary}
${filled.html}
</main>
${script}
</body>
</html>
`;
}

/** Findings with no rendered element to sit on (a missing section, a broken document) are listed first. */
function summaryOf(labels: Labels, all: readonly Finding[], unplaced: readonly Finding[]): string {
  if (!all.length) return '';
  const count = (s: string) => all.filter((f) => f.severity === s).length;
  const counts = `<p class="finding-counts">${escapeHtml(labels.findingCounts(count('error'), count('warning'), count('info')))}</p>`;
  const list = unplaced.length ? `<h2>${escapeHtml(labels.findingsSummary)}</h2>${findingList(unplaced)}` : '';
  return `<section class="summary">${counts}${list}</section>`;
}

function otherKeys(ctx: Ctx, known: readonly string[]): string {
  const extra = Object.keys(ctx.data).filter((k) => !known.includes(k));
  if (!extra.length) return '';
  const rows = extra.map((k) => {
    const s = ctx.slots.open([k]);
    return `<div ${s.attrs('field')}><dt><code>${escapeHtml(k)}</code></dt><dd>${text(ctx.data[k])}${s.list}</dd></div>`;
  });
  return section(ctx, [], ctx.labels.other, `<dl class="fields">${rows.join('')}</dl>`, 'other-keys');
}

function scaleOf(input: RenderInput, result: LintResult, data: Record<string, unknown>): ScaleLevel[] {
  const valid = (list: unknown): ScaleLevel[] =>
    asList(list).filter((l): l is ScaleLevel => isObj(l) && typeof l.value === 'number') as ScaleLevel[];
  for (const candidate of [input.scale, input.template?.scale, result.kind === 'template' ? data.scale : undefined]) {
    const levels = valid(candidate);
    if (levels.length) return levels;
  }
  return DEFAULT_SCALE;
}

function plain(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

/** Resource URIs come from the extension, but a script URL must never be a script itself. */
function safeUri(uri: string | undefined): uri is string {
  return !!uri && !/^\s*(javascript|data|vbscript):/i.test(uri);
}
