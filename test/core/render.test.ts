import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../core/engine';
import { renderHtml } from '../../core/render';
import { resolveTemplate } from '../../core/template';
import { nodeHost, slash } from '../../node/host';
import { FIXTURES, lintFixture } from '../support/fixtures';

const DIR = join(FIXTURES, 'render');
const NONCE = 'r4nd0mN0nceValue1234==';

const SCRIPT = 'https://file+.vscode-resource.vscode-cdn.net/media/preview.js';

/** Lints a fixture as the CLI would (optionally with only some rules, so new rules do not move the marks) and renders it. */
function page(name: string, mode: 'preview' | 'standalone' = 'preview', extra: Partial<Parameters<typeof renderHtml>[0]> = {}, only?: string[]) {
  const file = join(DIR, name);
  const text = readFileSync(file, 'utf8');
  const result = lintFixture(file, only);
  const ref = result.parsed.doc.get('template');
  const resolved = typeof ref === 'string' ? resolveTemplate(slash(file), ref, nodeHost(FIXTURES)) : undefined;
  const template = resolved?.ok ? resolved.template : undefined;
  const html = renderHtml({ text, result, mode, nonce: NONCE, cspSource: 'https://file+.vscode-resource.vscode-cdn.net', scriptUri: SCRIPT, template, ...extra });
  return { html, result, text };
}

/**
 * Every `<` must open a well-formed tag (or the doctype), and no tag may carry an event handler
 * or a script URL. Escaping that failed anywhere would show up as a tag this parser rejects.
 */
function tags(html: string): { name: string; attrs: Map<string, string>; raw: string }[] {
  const out: { name: string; attrs: Map<string, string>; raw: string }[] = [];
  const body = html.replace(/<style nonce="[^"]*">[^<]*<\/style>/, '<style></style>');
  for (let i = body.indexOf('<'); i !== -1; i = body.indexOf('<', i + 1)) {
    const rest = body.slice(i);
    if (rest.startsWith('<!DOCTYPE html>')) continue;
    const m = /^<\/?([a-z][a-z0-9]*)((?:\s+[a-z][a-z0-9-]*(?:="[^"<>]*")?)*)\s*>/.exec(rest);
    assert.ok(m, `not a well-formed tag at ${i}: ${rest.slice(0, 80)}`);
    const attrs = new Map<string, string>();
    for (const a of m[2]!.matchAll(/([a-z][a-z0-9-]*)(?:="([^"]*)")?/g)) attrs.set(a[1]!, a[2] ?? '');
    out.push({ name: m[1]!, attrs, raw: m[0] });
  }
  return out;
}

function assertSafe(html: string, mode: 'preview' | 'standalone') {
  const all = tags(html);
  for (const t of all) {
    for (const [name, value] of t.attrs) {
      assert.ok(!/^on/i.test(name), `event handler attribute in ${t.raw}`);
      assert.ok(!/^\s*javascript:/i.test(value), `script URL in ${t.raw}`);
      assert.notEqual(name, 'style', `inline style (blocked by the CSP) in ${t.raw}`);
    }
    assert.ok(!['iframe', 'img', 'svg', 'object', 'embed', 'b', 'i', 'a', 'form'].includes(t.name), `unexpected <${t.name}>`);
  }
  const scripts = all.filter((t) => t.name === 'script' && !t.raw.startsWith('</'));
  assert.equal(scripts.length, mode === 'preview' ? 1 : 0);
  for (const s of scripts) {
    assert.equal(s.attrs.get('nonce'), NONCE);
    assert.ok(s.attrs.get('src'), 'the preview script is loaded from a file, never inline');
  }
  assert.equal((html.match(/<script/gi) ?? []).length, scripts.length);
  assert.ok(!html.includes('<!--'), 'no comment (and no unfilled placeholder) is left in the page');
}

function csp(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(m, 'a CSP meta element');
  return m[1]!.replace(/&#39;/g, "'");
}

/** The element opened by the first tag matching `open`, up to its matching close tag. */
function element(html: string, open: RegExp): string {
  const m = open.exec(html);
  assert.ok(m, `no element matching ${open}`);
  const name = /^<([a-z0-9]+)/.exec(m[0])![1]!;
  let depth = 0;
  const re = new RegExp(`<(/?)${name}\\b[^>]*>`, 'g');
  re.lastIndex = m.index;
  for (let t = re.exec(html); t; t = re.exec(html)) {
    depth += t[1] ? -1 : 1;
    if (depth === 0) return html.slice(m.index, t.index + t[0].length);
  }
  assert.fail(`unclosed <${name}>`);
}

describe('renderHtml', () => {
  describe('escaping hostile documents', () => {
    for (const name of ['hostile.review.yaml', 'hostile-template.review.yaml']) {
      for (const mode of ['preview', 'standalone'] as const) {
        it(`${name} (${mode}): every string is text, no handler, no extra script`, () => {
          const { html } = page(name, mode);
          assertSafe(html, mode);
          // The strings are shown, not dropped.
          assert.ok(html.split('&lt;script&gt;alert(1)&lt;/script&gt;').length > 5);
          assert.ok(html.includes('&quot; onmouseover=&quot;x'));
          assert.ok(html.includes('javascript:alert(1)'));
        });
      }
    }

    it('shows hostile keys as text (unknown keys, rule ids)', () => {
      const review = page('hostile.review.yaml').html;
      assert.match(review, /<code>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/code>/);
      assert.match(review, /<code>&quot; onmouseover=&quot;x<\/code>/);
      const template = page('hostile-template.review.yaml').html;
      assert.match(template, /<code class="id">&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/code>/);
    });

    it('cannot forge a findings placeholder with document text', () => {
      const { html } = page('hostile.review.yaml');
      assert.ok(html.includes('&lt;!--ry:0:list--&gt;'));
    });

    it('escapes the title, labels and host values too', () => {
      const { html } = page('full.review.yaml', 'preview', {
        title: '<script>t</script>',
        labels: { meeting: '<img src=x onerror=alert(1)>' },
        scriptUri: 'javascript:alert(1)',
        styleUri: 'https://x/" onload="alert(1)',
        cspSource: "https://x; script-src 'unsafe-inline'",
      });
      const all = tags(html);
      assert.ok(!all.some((t) => t.name === 'script'), 'a javascript: script URI is refused');
      assert.ok(!all.some((t) => [...t.attrs.keys()].some((k) => k.startsWith('on'))));
      assert.ok(html.includes('&lt;script&gt;t&lt;/script&gt;'));
      assert.ok(!csp(html).includes('unsafe-inline'), 'a malformed cspSource is dropped');
    });
  });

  describe('content security policy', () => {
    it('preview: nonce for style and script, the webview source for images and styles', () => {
      const { html } = page('full.review.yaml', 'preview');
      const src = 'https://file+.vscode-resource.vscode-cdn.net';
      assert.equal(csp(html), `default-src 'none'; img-src ${src} data:; style-src ${src} 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'`);
      assert.ok(html.includes(`<style nonce="${NONCE}">`));
      assert.ok(html.includes(`<script nonce="${NONCE}" src="${src}/media/preview.js"></script>`));
      assert.ok(html.includes('var(--vscode-editor-foreground'), 'theme variables');
    });

    it('standalone: no script at all, a fresh nonce per render, print CSS', () => {
      const file = join(DIR, 'full.review.yaml');
      const text = readFileSync(file, 'utf8');
      const result = lintFixture(file);
      const a = renderHtml({ text, result, mode: 'standalone' });
      const b = renderHtml({ text, result, mode: 'standalone' });
      const nonce = /'nonce-([^']+)'/.exec(csp(a))![1]!;
      assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
      assert.equal(csp(a), `default-src 'none'; style-src 'nonce-${nonce}'`);
      assert.ok(a.includes(`<style nonce="${nonce}">`));
      assert.notEqual(nonce, /'nonce-([^']+)'/.exec(csp(b))![1]);
      assert.ok(!/<script/i.test(a));
      assert.ok(a.includes('@media print'));
      assertSafeStandalone(a);
    });

    it('preview: a malformed nonce is replaced by a fresh one', () => {
      const { html } = page('full.review.yaml', 'preview', { nonce: `x' 'unsafe-inline` });
      assert.ok(!html.includes('unsafe-inline'));
      assert.match(csp(html), /script-src 'nonce-[A-Za-z0-9+/]{22}=='$/);
    });
  });

  describe('a full review (FORMAT.md example)', () => {
    const { html, result } = page('full.review.yaml', 'preview', {}, ['schema', 'template-unresolved', 'improvement-plan-missing', 'praise-missing']);

    it('marks nothing when the rules find nothing', () => {
      assert.deepEqual(result.findings.map((f) => f.rule), []);
      assert.doesNotMatch(html, /class="[^"]*has-findings/);
      assert.ok(!html.includes('class="summary"'));
    });

    it('has every part of the record', () => {
      for (const s of ['Zhang Wei', 'Sales associate', 'East sales', 'Liu Yang', 'Sales manager', 'Chen Jing', 'Regional director',
        '2026-01-01 – 2026-12-31', 'Appraisal', 'Held', '2026-12-15 14:30', '60 min', '2026-12-10', '5 days before the meeting',
        'Meeting room 3B', 'Private room', 'Opening and purpose', 'Results against goals', 'Evaluation form', 'Job description',
        'Grow East region revenue by 10%', 'Exceeded', '60%', '+12% (CRM year-end report)', 'Led the Q3 customer workshop',
        'Closed the Hangzhou account', 'CRM deal record, 14 Sep', 'Weekly reports reached the team late',
        'Draft the report on Friday afternoon', 'Keep churn of top-50 accounts below 5%', 'Access to the regional sales dashboard',
        'Approved', 'IT ticket opened by the reviewer', 'Meets expectations', 'reporting discipline below standard', 'Partly agrees',
        'caused by the CRM outage', 'Not requested', '2027-03-15', 'confirms receipt of this record, not agreement', '2026-12-16']) {
        assert.ok(html.includes(s), `missing: ${s}`);
      }
      for (const key of ['meeting', 'materials', 'goals', 'competencies', 'strengths', 'improvements', 'next_goals', 'support_requests',
        'score', 'employee_response', 'follow_up', 'signoffs']) {
        assert.match(html, new RegExp(`<section class="section section-${key}" data-line="\\d+">`), key);
      }
    });

    it('uses the template for the scale and competency titles', () => {
      assert.match(html, /Communication <code class="id">communication<\/code>/);
      assert.match(html, /<span class="scale-value">4<\/span> <span class="scale-label">Exceeds expectations<\/span>/);
    });

    it('puts each improvement next to its plan item', () => {
      const item = element(html, /<li class="item" data-line="43">/);
      assert.ok(item.includes('Weekly reports reached the team late'));
      assert.ok(item.includes('class="plan-item" data-line="49"'));
      assert.ok(item.includes('Draft the report on Friday afternoon'));
    });

    it('carries the 0-based line of each node', () => {
      const lines = result.parsed.text.split('\n');
      const at = (needle: string) => lines.findIndex((l) => l.includes(needle));
      assert.match(html, new RegExp(`class="section section-meeting" data-line="${at('meeting:')}"`));
      assert.match(html, new RegExp(`class="item" data-line="${at('- id: revenue')}"`));
      assert.match(html, new RegExp(`class="field" data-line="${at('location: Meeting room 3B')}"`));
    });

    it('uses the scale given by the caller', () => {
      const file = join(DIR, 'full.review.yaml');
      const other = renderHtml({ text: '', result: lintFixture(file), mode: 'standalone', scale: [{ value: 3, label: 'Solid' }] });
      assert.match(other, /<span class="scale-value">3<\/span> <span class="scale-label">Solid<\/span>/);
    });
  });

  describe('findings', () => {
    const { html, result } = page('findings.review.yaml', 'preview', {}, ['schema', 'improvement-plan-missing', 'praise-missing']);

    it('marks an improvement without a plan on that improvement, not on the other', () => {
      const f = result.findings.find((x) => x.rule === 'improvement-plan-missing')!;
      // The item (`- id: meetings`) starts on the finding's line; the mark sits inside it, on its id.
      const unplanned = element(html, new RegExp(`<li class="item[^"]*" data-line="${f.range.start.line}">`));
      assert.ok(unplanned.includes('Joined the Monday meeting late'));
      assert.ok(unplanned.includes(`<li class="finding severity-${f.severity}" data-line="${f.range.start.line}"><span class="finding-severity">${f.severity}</span> <code class="finding-rule">improvement-plan-missing</code>`));
      const planned = element(html, /<li class="item" data-line="11">/);
      assert.ok(!planned.includes('finding'));
    });

    it('marks an unknown key on the goal that holds it', () => {
      const goal = element(html, /<li class="item has-findings has-error" data-line="7">/);
      assert.ok(goal.includes('<code class="finding-rule">schema</code>'));
      assert.ok(goal.includes('wieght'));
    });

    it('counts the findings in the summary at the top; a missing section\'s finding sits in that section', () => {
      const summary = element(html, /<section class="summary">/);
      assert.ok(!summary.includes('praise-missing'), 'no strengths: the finding is not left at the top');
      assert.ok(element(html, /<section class="section section-strengths missing-section has-findings has-warning">/).includes('praise-missing'));
      assert.ok(html.indexOf('<section class="summary">') < html.indexOf('<header class="record-header">'));
      assert.match(summary, /\d+ errors?, \d+ warnings?/);
    });

    it('each finding carries the line to reveal', () => {
      for (const f of result.findings) assert.ok(html.includes(`<li class="finding severity-${f.severity}" data-line="${f.range.start.line}">`), f.rule);
    });
  });

  describe('templates', () => {
    it('renders the scale, competencies, materials, agenda, policy and rules', () => {
      const file = join(FIXTURES, 'templates', 'basic.review.yaml');
      const text = readFileSync(file, 'utf8');
      const html = renderHtml({ text, result: lint(text, { path: slash(file) }), mode: 'standalone' });
      assertSafeStandalone(html);
      for (const s of ['Review template', 'Fixture template', 'Rating scale', 'Exceeds expectations', 'Misses some goals', 'Communication',
        'Ownership', 'Evaluation form', 'Opening', '25 min', '5 days before the meeting', 'meeting-on-the-hour'])
        assert.ok(html.includes(s), `missing: ${s}`);
      for (const key of ['scale', 'competencies', 'materials', 'agenda', 'policy', 'rules'])
        assert.match(html, new RegExp(`<section class="section section-${key}" data-line="\\d+">`), key);
    });
  });

  describe('documents that are not whole', () => {
    it('renders what it can of a document full of schema errors', () => {
      const { html, result } = page('broken-schema.review.yaml');
      assertSafe(html, 'preview');
      assert.ok(result.findings.some((f) => f.rule === 'schema'));
      for (const s of ['Zhang Wei', 'apraisal', 'not a list', 'Fine', 'Something', 'tomorrow', 'high'])
        assert.ok(html.includes(s), `missing: ${s}`);
      assert.match(html, /class="[^"]*has-findings/);
    });

    it('renders a document with YAML syntax errors without throwing', () => {
      const { html, result } = page('broken-yaml.review.yaml');
      assertSafe(html, 'preview');
      assert.ok(result.findings.some((f) => f.rule === 'yaml-syntax'));
      assert.ok(html.includes('yaml-syntax'));
      assert.ok(!html.includes('<b>'));
    });

    it('renders a file that is not ours as a short note', () => {
      const text = 'name: something else\n';
      const html = renderHtml({ text, result: lint(text), mode: 'standalone' });
      assert.ok(html.includes('not a review or a template'));
    });

    it('renders an empty document', () => {
      for (const text of ['', 'kind: review\n', 'kind: template\n', 'kind: review\nemployee:\nstrengths: []\n']) {
        const html = renderHtml({ text, result: lint(text), mode: 'preview', nonce: NONCE, scriptUri: SCRIPT });
        assertSafe(html, 'preview');
      }
    });
  });

});

function assertSafeStandalone(html: string) {
  for (const t of tags(html)) for (const name of t.attrs.keys()) assert.ok(!name.startsWith('on'), t.raw);
  assert.ok(!/<script/i.test(html));
}
