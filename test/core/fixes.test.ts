import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { slash } from '../../node/host';
import { lint } from '../../core/engine';
import { applyEdits } from '../../core/edits';
import { autoFixes, fixAll } from '../../core/fix';
import { parse } from '../../core/parse';
import { allRules } from '../../core/rules';
import { FIXTURES, listFixtures, lintFixture } from '../support/fixtures';
import { nodeHost } from '../../node/host';

const options = (file: string, only?: string[]) => ({ path: slash(file), host: nodeHost(FIXTURES), only });
const count = (text: string, file: string, rule: string) => lint(text, options(file, [rule])).findings.length;

/** Lines before the first edited line and after the last one are byte-identical. */
function assertOnlyEditedLinesChanged(before: string, after: string, start: number, end: number) {
  const a = before.split('\n');
  const b = after.split('\n');
  const head = before.slice(0, start).split('\n').length - 1;
  const tail = a.length - before.slice(0, end).split('\n').length;
  assert.deepEqual(b.slice(0, head), a.slice(0, head), 'lines before the edit changed');
  assert.deepEqual(b.slice(b.length - tail), a.slice(a.length - tail), 'lines after the edit changed');
}

describe('fixes (every fixable finding of every rule fixture)', () => {
  for (const rule of allRules.filter((r) => r.fix)) {
    const dir = join(FIXTURES, 'rules', rule.id);
    const files = existsSync(dir) ? listFixtures(dir).filter((f) => basename(f).startsWith('fires')) : [];
    describe(rule.id, () => {
      it('offers a fix on at least one fixture', () => {
        const offered = files.some((f) => lintFixture(f, [rule.id]).findings.some((x) => x.fix));
        assert.ok(offered, `no fires-* fixture of ${rule.id} gets a fix`);
      });
      for (const file of files) {
        it(`${basename(file)}: each fix parses, passes the schema, keeps other lines${rule.meta.fix === 'auto' ? ', silences the finding' : ''}`, () => {
          const text = readFileSync(file, 'utf8');
          const result = lintFixture(file, [rule.id]);
          const schemaBefore = count(text, file, 'schema');
          for (const finding of result.findings.filter((f) => f.fix)) {
            const [fix] = result.fixesFor(finding);
            assert.ok(fix, `${rule.id} claims a fix at line ${finding.range.start.line + 1} but builds none`);
            assert.equal(fix.kind, rule.meta.fix);
            const fixed = applyEdits(text, fix.edits);
            assert.notEqual(fixed, text);
            assert.deepEqual(parse(fixed).problems.filter((p) => p.severity === 'error'), [], `fixed text does not parse:\n${fixed}`);
            const schemaAfter = count(fixed, file, 'schema');
            if (rule.id === 'schema') assert.ok(schemaAfter < schemaBefore, 'the schema fix did not remove a schema finding');
            else assert.ok(schemaAfter <= schemaBefore, `the fix broke the schema:\n${fixed}`);
            if (fix.kind === 'auto') assert.ok(count(fixed, file, rule.id) < result.findings.length, 'the auto fix did not silence the finding');
            if (fix.select) assert.match(fixed.slice(fix.select.start, fix.select.end), /^TODO\b/, 'the selection is not the placeholder');
            const start = Math.min(...fix.edits.map((e) => e.start));
            const end = Math.max(...fix.edits.map((e) => e.end));
            assertOnlyEditedLinesChanged(text, fixed, start, end);
          }
        });
      }
    });
  }

  it('fixAll leaves nothing auto-fixable and keeps every comment', () => {
    const file = join(FIXTURES, 'fix/comments-everywhere.review.yaml');
    const text = readFileSync(file, 'utf8');
    const { text: fixed, fixed: done } = fixAll(text, options(file));
    assert.ok(done.length >= 3, `expected at least 3 fixes, got ${done.length}`);
    assert.deepEqual(autoFixes(lint(fixed, options(file))), []);
    const comments = (t: string) => t.split('\n').map((l) => l.slice(l.indexOf('#'))).filter((l) => l.startsWith('#'));
    assert.deepEqual(comments(fixed), comments(text));
    assert.equal(fixed.split('\n').length, text.split('\n').length);
  });

  it('keeps CRLF line endings in every stub of a CRLF document', () => {
    const text = [
      'kind: review', 'type: appraisal', 'status: held', 'period: { start: 2026-01-01, end: 2026-12-31 }', 'employee: { name: A }', 'reviewer: { name: B }',
      'score: 1', 'goals:', '  - id: g', '    title: Grow', 'improvements:', '  - id: i', '    text: Late reports', 'improvement_plan:', '  - addresses: i', '    action: Draft early',
      'meeting:', '  at: 2026-12-15T14:30', 'materials: []', '',
    ].join('\r\n');
    const result = lint(text);
    const fixes = result.findings.flatMap((f) => result.fixesFor(f));
    assert.ok(fixes.length >= 8, `expected at least 8 fixes, got ${fixes.length}`);
    for (const fix of fixes) {
      const fixed = applyEdits(text, fix.edits);
      assert.ok(!/[^\r]\n/.test(fixed), `${fix.rule}: ${JSON.stringify(fixed)}`);
    }
  });

  it('keeps CRLF line endings in inserted text', () => {
    const text = 'kind: review\r\ntype: appraisal\r\nstatus: draft\r\nperiod: { start: 2026-01-01, end: 2026-12-31 }\r\nemployee: { name: A }\r\nreviewer: { name: B }\r\n';
    const result = lint(text);
    const finding = result.findings.find((f) => f.rule === 'praise-missing')!;
    const fixed = applyEdits(text, result.fixesFor(finding)[0]!.edits);
    assert.ok(!/[^\r]\n/.test(fixed), JSON.stringify(fixed));
  });
});
