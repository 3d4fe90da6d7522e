import { strict as assert } from 'node:assert';
import { lint } from '../../core/engine';
import type { Finding } from '../../core/types';

const HEAD = 'kind: review\ntype: appraisal\nstatus: draft\nperiod: { start: 2026-01-01, end: 2026-12-31 }\nemployee: { name: A }\nreviewer: { name: B }\n';

/** Lints within a time bound and checks every range lies inside the text. */
function lintBounded(text: string, ms: number): Finding[] {
  const start = performance.now();
  const { findings } = lint(text);
  const took = performance.now() - start;
  assert.ok(took < ms, `took ${took.toFixed(0)} ms (bound ${ms} ms)`);
  const lines = text.split('\n');
  for (const f of findings) {
    for (const p of [f.range.start, f.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `line ${p.line} outside the text`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line]!.length, `character ${p.character} outside line ${p.line}`);
    }
  }
  return findings;
}

describe('hostile input: a finding or a clean pass, within bounds, never a throw', () => {
  it('an alias bomb ("billion laughs") is refused as yaml-syntax', () => {
    let text = 'kind: review\na0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++) text += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
    const findings = lintBounded(text, 2000);
    assert.equal(findings[0]?.rule, 'yaml-syntax');
    assert.match(findings[0]!.message, /alias/i);
  });

  it('flow nesting 10,000 deep is a yaml-syntax finding in plain words', () => {
    const findings = lintBounded(`${HEAD}strengths: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 5000);
    // The other rules run on what the parser recovered, so the syntax error need not come first.
    const syntax = findings.find((f) => f.rule === 'yaml-syntax');
    assert.ok(syntax, findings.map((f) => f.rule).join());
    assert.match(syntax.message, /nests too deeply/);
  });

  it('block nesting 2,000 deep is a yaml-syntax finding', () => {
    const deep = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n');
    const findings = lintBounded(`${HEAD}x:\n${deep} 1\n`, 5000);
    assert.ok(findings.some((f) => f.rule === 'yaml-syntax'));
  });

  it('a 1 MB single line', () => {
    lintBounded(`${HEAD}strengths:\n  - text: ${'a'.repeat(1_000_000)}\n    evidence: CRM\n`, 5000);
  });

  it('a 10 MB file', function () {
    this.timeout(60_000); // the bound below is the assertion; mocha's default would cut it short
    const item = '  - text: Closed the Hangzhou account two weeks ahead of plan\n    evidence: CRM deal record, 14 Sep\n';
    const text = `${HEAD}strengths:\n${item.repeat(Math.ceil(10_000_000 / item.length))}`;
    assert.ok(text.length >= 10_000_000);
    lintBounded(text, 30_000);
  });

  it('a 5 MB file of prose wrapped over lines (plain scalars of several lines)', function () {
    this.timeout(60_000);
    const item = '  - text: Closed the Hangzhou account two weeks\n      ahead of plan, with the regional team\n      and the new pricing\n    evidence: CRM deal record, 14 Sep\n';
    const text = `${HEAD}strengths:\n${item.repeat(Math.ceil(5_000_000 / item.length))}`;
    lintBounded(text, 10_000);
  });

  it('NUL bytes, replacement characters, a BOM, CRLF and tabs', () => {
    lintBounded(`${HEAD}strengths:\n  - text: a\u0000b\uFFFD\n`, 1000);
    const bom = lintBounded(`\uFEFF${HEAD}`, 1000);
    assert.deepEqual(bom.map((f) => f.rule), ['praise-missing']);
    const crlf = lintBounded(HEAD.replace(/\n/g, '\r\n'), 1000);
    assert.deepEqual(crlf.map((f) => f.rule), ['praise-missing']);
    lintBounded(HEAD.replace('type: ', 'type:\t'), 1000);
    lintBounded('kind: review\n\tstatus: draft\n', 1000);
  });

  it('documents that are not ours: empty, a scalar, a list, several documents', () => {
    for (const text of ['', 'just text', '- kind: review', '---\n---\n']) assert.equal(lint(text).kind, null, JSON.stringify(text));
    const multi = lintBounded(`${HEAD}---\nkind: review\n`, 1000);
    assert.ok(multi.some((f) => f.rule === 'yaml-syntax' && /more than one/.test(f.message)));
  });

  // Found by test/core/property.test.ts: kept here as plain regressions.
  it('ranges stay inside the text: an error past the end, a broken multi-line scalar, a second document at the end', () => {
    lintBounded('kind: review\n...\n|\n', 1000);
    lintBounded('kind: review\n}1229    2026-02-30# review-disable praise-missing\n219822875}', 1000);
    lintBounded('kind: review\n[*b-19\t x#"y', 1000);
  });

  it('templates: a review as template, itself, .. and a link out of the root, an unreadable file', () => {
    const files: Record<string, string> = { '/ws/a.review.yaml': `${HEAD}template: b.review.yaml\n`, '/ws/b.review.yaml': `${HEAD}template: a.review.yaml\n`, '/out/t.review.yaml': 'kind: template\nname: T\n', '/ws/r.review.yaml': HEAD };
    const host = { root: '/ws', readFile: (p: string) => files[p], realPath: (p: string) => (p === '/ws/link.review.yaml' ? '/out/t.review.yaml' : p) };
    const message = (template: string, path = '/ws/r.review.yaml') =>
      lint(`${HEAD}template: ${template}\n`, { path, host }).findings.find((f) => f.rule === 'template-unresolved')?.message ?? '';
    assert.match(message('b.review.yaml'), /is not a template/);
    assert.match(message('r.review.yaml'), /this file itself/);
    assert.match(message('../out/t.review.yaml'), /lies outside/);
    assert.match(message('/out/t.review.yaml'), /lies outside/);
    files['/ws/link.review.yaml'] = files['/out/t.review.yaml']!;
    assert.match(message('link.review.yaml'), /links to \/out\/t\.review\.yaml, outside/);
    assert.match(message('missing.review.yaml'), /not found or cannot be read/);
  });

  it('a key named like an Object property (toString, __proto__, constructor)', () => {
    for (const key of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      const findings = lintBounded(`${HEAD}${key}: 1\n`, 1000);
      assert.ok(findings.some((f) => f.rule === 'schema' && f.message.includes(key)), key);
    }
  });

  it('a kind that is not a string', () => {
    const findings = lintBounded('kind: [review]\n', 1000);
    assert.equal(findings[0]?.rule, 'schema');
  });
});
