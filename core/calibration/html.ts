/**
 * The calibration report as one HTML page: inline SVG charts, each with a data table under it,
 * no script and no request (the CSP says so), light and dark, ready to print. Only figures,
 * group labels and rule ids reach it (see facts.ts): never a word of a review's free text.
 */
import type { Locale } from '../i18n';
import { escapeHtml as e, isSafeNonce, newNonce } from '../render/escape';
import type { CalibrationReport, Count, GroupStats, ReviewerStats } from './aggregate';
import { type CalibrationLabels, calibrationLabels, fillIn } from './labels';
import { barChart, dotIntervalChart, resetIds } from './svg';

export interface HtmlOptions {
  locale?: Locale;
  /** The nonce of the page's one style element; a fresh one when not given. */
  nonce?: string;
  /** The link of an action item's file at its line (1-based); none when not given. */
  href?: (path: string, line: number) => string | undefined;
  /** Extra CSP sources and a script for a host that handles clicks (the editor's webview). */
  script?: { src: string; cspSource: string };
}

export function renderCalibrationHtml(report: CalibrationReport, options: HtmlOptions = {}): string {
  resetIds();
  const L = calibrationLabels[options.locale ?? 'en'];
  const nonce = isSafeNonce(options.nonce) ? options.nonce : newNonce();
  const script = options.script;
  const csp = [`default-src 'none'`, `style-src 'nonce-${nonce}'`, `img-src data:`, script ? `script-src 'nonce-${nonce}' ${script.cspSource}` : `script-src 'none'`].join('; ');
  const sections = [header(report, L), report.suppressed ? '' : body(report, L), actions(report, L, options.href)];
  return `<!DOCTYPE html>
<html lang="${e(L.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${e(L.title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main class="calibration">
${sections.join('\n')}
<footer><p>${e(fillIn(L.generated, { reviews: report.reviews }))}</p></footer>
</main>
${script ? `<script nonce="${nonce}" src="${e(script.src)}"></script>` : ''}
</body>
</html>
`;
}

function header(r: CalibrationReport, L: CalibrationLabels): string {
  const filters = Object.entries(r.filters).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`);
  const notes = [fillIn(L.privacyIntro, { min: r.minGroup }), r.namesShown ? L.namesShown : L.namesHidden, L.noText];
  if (r.suppressed) notes.unshift(fillIn(L.cycleSuppressed, { reviews: r.reviews, min: r.minGroup }));
  for (const p of r.privacy) {
    let note = fillIn(p.outcome === 'merged' ? L.privacyMerged : L.privacySuppressed, { groups: p.groups, reviews: p.reviews, min: r.minGroup, dimension: L[`dimension_${p.dimension}`] });
    if (p.complement) note += ` ${fillIn(L.privacyComplement, { complement: p.complement })}`;
    notes.push(note);
  }
  return `<header>
<h1>${e(L.title)}</h1>
<p class="sharing" role="note">${e(L.sharing)}</p>
<ul class="privacy" data-privacy>${notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>
<dl class="facts"><dt>${e(L.read)}</dt><dd>${r.read}</dd><dt>${e(L.reviews)}</dt><dd>${r.reviews}</dd><dt>${e(L.filters)}</dt><dd>${e(filters.length ? filters.join(', ') : L.noFilters)}</dd></dl>
</header>`;
}

function body(r: CalibrationReport, L: CalibrationLabels): string {
  const out: string[] = [];
  const label = (g: GroupStats) => (g.merged ? L.other : g.label);

  // Distributions.
  let s = `<section id="distribution"><h2>${e(L.distribution)}</h2>`;
  s += figure('rating-overall', L.distributionOverall, barChart(L.distributionOverall, r.overall.rating.counts.map((c) => ({ label: c.key, value: c.percent, note: `n=${c.count}` }))), countTable(L.rating, r.overall.rating.counts, L));
  for (const t of r.templates.filter((t) => t.grades?.length)) {
    const title = fillIn(L.gradesOf, { template: label(t) });
    const bars = t.grades!.map((g) => ({ label: g.key, value: g.percent, ...(g.target !== undefined ? { target: g.target } : {}), note: `n=${g.count}` }));
    s += figure('grades', title, barChart(title, bars), table([L.grade, L.count, L.percent, L.targetShare], t.grades!.map((g) => [g.key, g.count, `${g.percent}%`, g.target === undefined ? '' : `${g.target}%`])));
  }
  out.push(`${s}</section>`);

  // Reviewers against the rest.
  const shown = r.reviewers.filter((g) => !g.merged && g.rating.n > 0);
  s = `<section id="reviewers"><h2>${e(L.reviewers)}</h2>`;
  s += `<p class="method">${e(fillIn(L.reviewersMethod, { k: shown.filter((g) => g.meanTest || g.spreadTest).length, alpha: r.alpha }))}</p>`;
  if (shown.length && r.overall.rating.mean !== undefined) {
    const dots = shown.map((g) => ({ label: label(g), mean: g.rating.mean!, lo: g.rating.mean! - (g.rating.ci95 ?? 0), hi: g.rating.mean! + (g.rating.ci95 ?? 0), flagged: g.flags.length > 0 }));
    const scale = r.overall.rating.counts.map((c) => Number(c.key));
    const domain: [number, number] = [
      dots.reduce((m, d) => Math.min(m, d.lo), scale.reduce((m, v) => Math.min(m, v), Infinity)),
      dots.reduce((m, d) => Math.max(m, d.hi), scale.reduce((m, v) => Math.max(m, v), -Infinity)),
    ];
    s += figure('reviewers', L.reviewersChart, dotIntervalChart(L.reviewersChart, dots, r.overall.rating.mean, domain), reviewerTable(r.reviewers, L));
  } else s += `<p>${e(L.noData)}</p>`;
  out.push(`${s}</section>`);

  // Small multiples: one distribution per department, then per template.
  for (const [id, title, groups] of [['departments', L.departments, r.departments], ['templates', L.templates, r.templates]] as const) {
    if (!groups.length) continue;
    s = `<section id="${id}"><h2>${e(title)}</h2><div class="multiples">`;
    for (const g of groups) {
      const name = `${label(g)} (n=${g.rating.n})`;
      s += figure(id === 'departments' ? 'department' : 'template', name, barChart(name, g.rating.counts.map((c) => ({ label: c.key, value: c.percent })), { width: 240, height: 150 }), countTable(L.rating, g.rating.counts, L));
    }
    out.push(`${s}</div></section>`);
  }

  // Interview quality.
  s = `<section id="quality"><h2>${e(L.quality)}</h2>`;
  s += heat('findings-reviewer', `${L.qualityChart} — ${L.reviewer}`, L.reviewer, r.reviewers, L);
  if (r.departments.length) s += heat('findings-department', `${L.qualityChart} — ${L.department}`, L.department, r.departments, L);
  s += figure('notice', L.notice, barChart(L.notice, r.overall.notice.map((c) => ({ label: c.key, value: c.percent, note: `n=${c.count}` }))), countTable(L.days, r.overall.notice, L));
  s += figure('minutes', L.minutes, barChart(L.minutes, r.overall.minutes.map((c) => ({ label: c.key, value: c.percent, note: `n=${c.count}` }))), countTable(L.length, r.overall.minutes, L));
  out.push(`${s}</section>`);

  // Outcome per group.
  const groups = [r.overall, ...r.reviewers, ...r.departments];
  const rows = groups.map((g) => [g === r.overall ? L.reviews : label(g), g.final, `${g.signed} (${g.signedPercent}%)`, g.appealsOpen, g.supportPending, g.calibration.n, `${g.calibration.changed} (↑${g.calibration.up} ↓${g.calibration.down})`, g.self.n, g.self.meanDelta ?? '', g.self.higher]);
  out.push(`<section id="outcome"><h2>${e(L.outcome)}</h2>${table(['', L.final, L.signed, L.appealsOpen, L.supportPending, L.calibrated, L.changed, L.selfN, L.selfDelta, L.selfHigher], rows)}</section>`);
  return out.join('\n');
}

function reviewerTable(reviewers: ReviewerStats[], L: CalibrationLabels): string {
  const rows = reviewers.map((g) => [
    g.merged ? L.other : g.label, g.rating.n, g.rating.mean ?? '', g.rating.sd ?? '',
    g.meanTest?.restMean ?? '', g.meanTest?.t ?? '', g.meanTest?.df ?? '', g.meanTest?.p ?? '', g.meanTest?.pAdjusted ?? '',
    g.spreadTest?.restSd ?? '', g.spreadTest?.f ?? '', g.spreadTest?.pAdjusted ?? '',
    g.flags.map((f) => L[`flag_${f}`]).join(', '),
  ]);
  return table([L.reviewer, L.n, L.mean, L.sd, L.restMean, L.t, L.df, L.p, L.pAdjusted, L.restSd, L.f, L.pAdjusted, L.flags], rows, (row) => (row[12] ? ' class="flagged"' : ''));
}

/** A heat table: one row per group, one column per finding, the share of its reviews with that finding. */
function heat(id: string, title: string, who: string, groups: GroupStats[], L: CalibrationLabels): string {
  const rules = [...new Set(groups.flatMap((g) => g.findings.map((f) => f.key)))].sort();
  if (!rules.length) return figure(id, title, `<p>${e(L.none)}</p>`, '');
  const head = `<tr><th scope="col">${e(who)}</th>${rules.map((r) => `<th scope="col"><span class="rule">${e(r)}</span></th>`).join('')}</tr>`;
  const rows = groups.map((g) => {
    const cells = rules.map((r) => {
      const f = g.findings.find((x) => x.key === r);
      const pct = f?.percent ?? 0;
      return `<td class="heat heat-${Math.min(5, Math.ceil(pct / 20))}" title="${e(`${r}: ${f?.count ?? 0}/${g.reviews}`)}">${pct}%</td>`;
    });
    return `<tr><th scope="row">${e(g.merged ? L.other : g.label)}</th>${cells.join('')}</tr>`;
  });
  return `<figure class="chart-figure" data-chart="${e(id)}"><figcaption>${e(title)}</figcaption><table class="heat-table" aria-label="${e(title)}"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></figure>`;
}

function actions(r: CalibrationReport, L: CalibrationLabels, href: HtmlOptions['href']): string {
  if (!r.actions.length) return `<section id="actions"><h2>${e(L.actions)}</h2><p>${e(L.noActions)}</p></section>`;
  const withNames = r.actions.some((a) => a.employee);
  const rows = r.actions.map((a) => {
    const link = href?.(a.path, a.line + 1);
    const where = `${e(a.path)}:${a.line + 1}`;
    const file = link ? `<a href="${e(link)}" data-path="${e(a.path)}" data-line="${a.line}">${where}</a>` : `<span data-path="${e(a.path)}" data-line="${a.line}">${where}</span>`;
    return `<tr><td>${file}</td><td>${e(L[`action_${a.kind}`])}</td>${withNames ? `<td>${e(a.employee ?? '')}</td>` : ''}</tr>`;
  });
  return `<section id="actions"><h2>${e(L.actions)} (${r.actions.length})</h2><table class="actions"><thead><tr><th scope="col">${e(L.file)}</th><th scope="col">${e(L.what)}</th>${withNames ? `<th scope="col">${e(L.employee)}</th>` : ''}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function figure(id: string, caption: string, chart: string, data: string): string {
  return `<figure class="chart-figure" data-chart="${e(id)}">${chart}<figcaption>${e(caption)}</figcaption>${data}</figure>`;
}

function countTable(keyLabel: string, counts: Count[], L: CalibrationLabels): string {
  return table([keyLabel, L.count, L.percent], counts.map((c) => [c.key, c.count, `${c.percent}%`]));
}

function table(head: string[], rows: (string | number)[][], rowAttr?: (row: (string | number)[]) => string): string {
  const th = head.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const tr = rows.map((row) => `<tr${rowAttr?.(row) ?? ''}>${row.map((c, i) => (i === 0 ? `<th scope="row">${e(c)}</th>` : `<td>${e(c)}</td>`)).join('')}</tr>`).join('');
  return `<table class="data"><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`;
}

const STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--bg:#fff;--line:#d1d9e0;--bar:#3b6fb6;--over:#c2410c;--target:#111;--flag:#b42318;--heat0:#fff;--heat1:#fdf1e7;--heat2:#fbd9bc;--heat3:#f6b184;--heat4:#ee8449;--heat5:#d9541b}
@media (prefers-color-scheme: dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--line:#3d444d;--bar:#6ea8fe;--over:#ff9b5e;--target:#f0f6fc;--flag:#ff7b72;--heat0:#0d1117;--heat1:#2b1d12;--heat2:#4a2a12;--heat3:#6e3512;--heat4:#93400f;--heat5:#b8480c}}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:1.6em;margin:0 0 8px}h2{font-size:1.2em;border-bottom:1px solid var(--line);padding-bottom:4px;margin-top:32px}
.sharing{border-left:4px solid var(--over);padding:6px 10px;margin:8px 0}
.privacy{color:var(--muted);margin:8px 0}
.facts{display:grid;grid-template-columns:max-content auto;gap:2px 16px}.facts dt{color:var(--muted)}.facts dd{margin:0}
.method{color:var(--muted);max-width:75ch}
figure.chart-figure{margin:16px 0;break-inside:avoid;page-break-inside:avoid}
figcaption{font-weight:600;margin:4px 0}
.multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:8px}
svg.chart{max-width:100%;height:auto;font-size:11px}
svg .bar{fill:var(--bar)}svg .bar.over{fill:var(--over)}svg .target{stroke:var(--target);stroke-width:2;stroke-dasharray:4 2}
svg .value,svg .axis{fill:var(--fg)}svg .small{fill:var(--muted);font-size:9px}svg .baseline,svg .grid{stroke:var(--line)}
svg .reference{stroke:var(--muted);stroke-dasharray:3 3}svg .interval{stroke:var(--bar);stroke-width:2}svg .dot{fill:var(--bar)}
svg .flagged .dot{fill:var(--flag)}svg .flagged .interval{stroke:var(--flag)}
table{border-collapse:collapse;margin:6px 0;font-size:12px}th,td{border:1px solid var(--line);padding:2px 6px;text-align:right}th[scope=row],th[scope=col]:first-child{text-align:left}
tr.flagged th{color:var(--flag);font-weight:700}
.heat-table .rule{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
.heat-0{background:var(--heat0)}.heat-1{background:var(--heat1)}.heat-2{background:var(--heat2)}.heat-3{background:var(--heat3)}.heat-4{background:var(--heat4)}.heat-5{background:var(--heat5)}
a{color:var(--bar)}footer{color:var(--muted);margin-top:32px}
@media print{:root{--fg:#000;--bg:#fff;--muted:#444;--line:#999}main{max-width:none;padding:0}h2{break-after:avoid}.heat{print-color-adjust:exact;-webkit-print-color-adjust:exact}a{color:inherit;text-decoration:none}}
`;
