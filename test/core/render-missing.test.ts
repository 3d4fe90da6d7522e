// The preview places a finding about a missing section in that section: "Strengths — None
// recorded." with praise-missing under it, not in the list of findings tied to no section.
import { strict as assert } from 'node:assert';
import { lint } from '../../core/engine';
import { labelsFor, renderHtml } from '../../core/render';

const RECORD = `# Annual review, Zhang Wei, 2026
kind: review
type: appraisal
status: held
period: { start: 2026-01-01, end: 2026-12-31 }
employee: { name: Zhang Wei, role: Sales associate }
reviewer: { name: Liu Yang, role: Sales manager }
meeting: { at: 2026-12-15T14:30, minutes: 60, notified_on: 2026-12-08, setting: private-room }
goals:
  - id: revenue
    title: Grow East region revenue by 10%
    measure: Revenue against 2025, from the CRM
    result: +12% (CRM year-end report)
    status: exceeded
`;

/** The HTML of the section whose class names `key`, up to the next section. */
function sectionOf(html: string, key: string): string | undefined {
  const at = html.indexOf(`section-${key.replace(/[^a-z_]/g, '')}`);
  if (at < 0) return undefined;
  const end = html.indexOf('</section>', at);
  return html.slice(at, end);
}

const summaryOf = (html: string) => /<section class="summary">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';

describe('render: a missing section holds its own finding', () => {
  for (const [locale, none] of [['en', 'None recorded.'], ['zh-CN', labelsFor('zh-CN').none]] as const) {
    it(`strengths, materials and next goals each show their finding in their section (${locale})`, () => {
      const result = lint(RECORD, { locale });
      const rules = result.findings.map((f) => f.rule);
      for (const r of ['praise-missing', 'materials-missing', 'next-goals-missing']) assert.ok(rules.includes(r), `${r} fires`);
      const html = renderHtml({ text: RECORD, result, mode: 'standalone', labels: labelsFor(locale) });
      for (const [key, rule] of [['strengths', 'praise-missing'], ['materials', 'materials-missing'], ['next_goals', 'next-goals-missing']] as const) {
        const section = sectionOf(html, key);
        assert.ok(section, `a ${key} section is shown`);
        assert.ok(section.includes(none!), `${key}: "${none}"`);
        assert.match(section, new RegExp(`<code class="finding-rule">${rule}</code>`), `${key} holds ${rule}`);
        assert.match(section, /missing-section has-findings has-(warning|error|info)/);
        assert.doesNotMatch(summaryOf(html), new RegExp(rule), `${rule} is not in the list tied to no section`);
      }
      // Every finding is still shown exactly once.
      assert.equal(html.split('class="finding ').length - 1, result.findings.length);
    });
  }
});
