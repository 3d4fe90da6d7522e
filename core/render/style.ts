/**
 * The page's CSS, delivered in a <style nonce> element. Colours come from VS Code's theme
 * variables, with light fallbacks for the standalone page; the body classes VS Code sets
 * (vscode-light / vscode-dark / vscode-high-contrast) adjust what the variables cannot.
 */
export const BASE_CSS = `
:root {
  --ry-fg: var(--vscode-editor-foreground, #1f2328);
  --ry-bg: var(--vscode-editor-background, #ffffff);
  --ry-muted: var(--vscode-descriptionForeground, #59636e);
  --ry-border: var(--vscode-panel-border, var(--vscode-widget-border, #d1d9e0));
  --ry-card: var(--vscode-editorWidget-background, #f6f8fa);
  --ry-code: var(--vscode-textCodeBlock-background, #eff1f3);
  --ry-link: var(--vscode-textLink-foreground, #0969da);
  --ry-focus: var(--vscode-focusBorder, #0969da);
  --ry-error: var(--vscode-editorError-foreground, #cf222e);
  --ry-warning: var(--vscode-editorWarning-foreground, #9a6700);
  --ry-info: var(--vscode-editorInfo-foreground, #0969da);
  --ry-font: var(--vscode-font-family, -apple-system, "Segoe UI", system-ui, sans-serif);
  --ry-mono: var(--vscode-editor-font-family, ui-monospace, "SFMono-Regular", Consolas, monospace);
}
* { box-sizing: border-box; }
body { margin: 0; padding: 1rem 1.5rem 3rem; color: var(--ry-fg); background: var(--ry-bg); font-family: var(--ry-font);
  font-size: var(--vscode-font-size, 14px); line-height: 1.5; max-width: 60rem; }
h1 { font-size: 1.6em; margin: 0.2em 0 0.6em; border-bottom: 1px solid var(--ry-border); padding-bottom: 0.3em; }
h2 { font-size: 1.2em; margin: 0 0 0.5em; }
h3 { font-size: 1em; margin: 0.6em 0 0.3em; }
h4 { font-size: 0.85em; margin: 0 0 0.3em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--ry-muted); }
code { font-family: var(--ry-mono); background: var(--ry-code); padding: 0 0.25em; border-radius: 3px; font-size: 0.9em; }
.muted, .empty, .note { color: var(--ry-muted); }
.note { font-style: italic; }
.kind-label { color: var(--ry-muted); text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8em; margin: 0; }
section, .record-header { margin: 1.2rem 0; padding: 0.8rem 1rem; border: 1px solid var(--ry-border); border-radius: 6px; }
.people { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; }
.person { min-width: 12rem; padding: 0.2rem 0.4rem; }
.person h3 { margin: 0; font-size: 0.8em; text-transform: uppercase; color: var(--ry-muted); }
.person-name { font-size: 1.1em; font-weight: 600; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.4rem 0; }
dl.fields > div { display: contents; }
dt { color: var(--ry-muted); }
dd { margin: 0; }
ul.cards, ul.pairs, ul.materials, ol.agenda { padding-left: 0; list-style: none; margin: 0; }
ol.agenda { list-style: decimal; padding-left: 1.5rem; }
ul.materials { list-style: disc; padding-left: 1.5rem; }
ul.cards > li, ul.pairs > li { background: var(--ry-card); border: 1px solid var(--ry-border); border-radius: 6px; padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
ul.pairs > li { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.pair-right { border-left: 3px solid var(--ry-border); padding-left: 0.75rem; }
.plan-item { margin-bottom: 0.5rem; }
.missing-plan { color: var(--ry-warning); }
.card-title { font-weight: 600; }
.weight { font-weight: normal; color: var(--ry-muted); }
blockquote { margin: 0; padding-left: 0.75rem; border-left: 3px solid var(--ry-border); }
table { border-collapse: collapse; width: 100%; margin: 0.3rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--ry-border); }
th { color: var(--ry-muted); font-weight: 600; }
.badge { display: inline-block; padding: 0 0.45em; border-radius: 1em; font-size: 0.85em; font-weight: normal; border: 1px solid var(--ry-border); }
.badge-exceeded, .badge-met, .badge-approved, .badge-agree, .badge-final { border-color: #1a7f37; color: var(--vscode-testing-iconPassed, #1a7f37); }
.badge-not-met, .badge-declined, .badge-disagree { border-color: var(--ry-error); color: var(--ry-error); }
.badge-partly-met, .badge-partly-approved, .badge-partly-agree, .badge-pending { border-color: var(--ry-warning); color: var(--ry-warning); }
.badge-on-track, .badge-done, .badge-completed, .badge-confirmed, .badge-confirmed-early { border-color: #1a7f37; color: var(--vscode-testing-iconPassed, #1a7f37); }
.badge-at-risk, .badge-extended { border-color: var(--ry-warning); color: var(--ry-warning); }
.badge-off-track, .badge-ended { border-color: var(--ry-error); color: var(--ry-error); }
.timeline { list-style: none; padding: 0 0 0 1.2rem; border-left: 2px solid var(--ry-border); margin: 0.5rem 0 0 0.4rem; }
.timeline > li { position: relative; margin: 0 0 0.9rem; }
.timeline > li::before { content: ""; position: absolute; left: -1.62rem; top: 0.35rem; width: 0.7rem; height: 0.7rem; border-radius: 50%; background: var(--ry-bg); border: 2px solid var(--ry-link); }
.timeline .when { font-family: var(--ry-mono); font-size: 0.85em; color: var(--ry-muted); }
.side-by-side td:nth-child(2), .side-by-side td:nth-child(3) { white-space: nowrap; }
.gap { font-weight: 600; }
.gap-2, .gap-3 { color: var(--ry-warning); }
.section.scoring td { font-variant-numeric: tabular-nums; }
.total, .grade { font-size: 1.15em; }
.calibration .final strong { font-size: 1.1em; }
.score { font-size: 1.3em; margin: 0.2em 0; }
.scale-value { font-weight: 700; }
.scale-definition { display: block; font-size: 0.75em; color: var(--ry-muted); }
.off-scale { color: var(--ry-error); }
[data-line] { cursor: pointer; }
.has-findings { border-left: 3px solid var(--ry-info); padding-left: 0.5rem; }
.has-error { border-left-color: var(--ry-error); }
.has-warning { border-left-color: var(--ry-warning); }
ul.findings { list-style: none; padding: 0; margin: 0.3rem 0; font-size: 0.9em; }
li.finding { padding: 0.15rem 0.4rem; margin: 0.15rem 0; border-radius: 3px; border-left: 3px solid var(--ry-info); background: var(--ry-code); }
li.finding:hover, li.finding:focus { outline: 1px solid var(--ry-focus); }
li.severity-error { border-left-color: var(--ry-error); }
li.severity-warning { border-left-color: var(--ry-warning); }
.finding-severity { font-weight: 600; text-transform: uppercase; font-size: 0.75em; }
.severity-error .finding-severity { color: var(--ry-error); }
.severity-warning .finding-severity { color: var(--ry-warning); }
.severity-info .finding-severity { color: var(--ry-info); }
.finding-where { color: var(--ry-muted); font-size: 0.85em; margin-left: 0.5em; }
.summary { border-color: var(--ry-border); }
body.vscode-high-contrast section, body.vscode-high-contrast .record-header, body.vscode-high-contrast ul.cards > li,
body.vscode-high-contrast ul.pairs > li { border-color: var(--vscode-contrastBorder, #6fc3df); }
body.vscode-high-contrast li.finding { outline: 1px solid var(--vscode-contrastBorder, #6fc3df); }
body.vscode-high-contrast .has-findings { border-left-width: 4px; }
body.vscode-dark .badge-exceeded, body.vscode-dark .badge-met, body.vscode-dark .badge-approved, body.vscode-dark .badge-agree,
body.vscode-dark .badge-final { border-color: #3fb950; color: var(--vscode-testing-iconPassed, #3fb950); }
@media (max-width: 40rem) { ul.pairs > li { grid-template-columns: 1fr; } .pair-right { border-left: 0; padding-left: 0; } }
`;

/** The standalone page is for reading and printing: light colours, no cursor hints, no page breaks inside an item. */
export const PRINT_CSS = `
body.standalone { margin: 0 auto; }
body.standalone [data-line] { cursor: auto; }
@media print {
  :root { --ry-fg: #000; --ry-bg: #fff; --ry-muted: #444; --ry-border: #bbb; --ry-card: #fff; --ry-code: #f3f3f3; }
  body { max-width: none; padding: 0; font-size: 11pt; color: #000; background: #fff; }
  section, .record-header { break-inside: avoid-page; page-break-inside: avoid; }
  ul.cards > li, ul.pairs > li, tr, li.finding { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  [data-line] { cursor: auto; }
  li.finding:hover { outline: none; }
}
@page { margin: 18mm 16mm; }
`;
