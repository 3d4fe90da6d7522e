// Hostile input through the language server (in-process session, real JSON-RPC): every document
// gets its diagnostics within a time bound, features and the preview render answer on it, and the
// server still answers afterwards. (test/cli/hostile.test.ts: the same through the CLI.)
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, DocumentSymbol, PublishDiagnosticsParams } from 'vscode-languageserver';
import { Session, uriOf } from './support/session';
import { copyWorkspace } from './support/workspace';

const HEAD = 'kind: review\ntype: appraisal\nstatus: draft\nperiod: { start: 2026-01-01, end: 2026-12-31 }\nemployee: { name: A }\nreviewer: { name: B }\n';
const text = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
const review = (template: string) => `kind: review\ntemplate: ${template}\n${HEAD.slice('kind: review\n'.length)}`;

function bomb(levels: number): string {
  let text = 'kind: review\na0: &a0 [x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < levels; i++) text += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
  return text;
}

const item = '  - text: Closed the Hangzhou account two weeks ahead of plan\n    evidence: CRM deal record, 14 Sep\n';

/** name → [text, what its diagnostics must show]. */
const DOCS: Record<string, [string, (d: Diagnostic[]) => void]> = {
  'bomb.review.yaml': [bomb(12), (d) => assert.match(text(d[0]!), /alias/i)],
  'big.review.yaml': [`${HEAD}strengths:\n${item.repeat(Math.ceil(10_000_000 / item.length))}`, (d) => assert.deepEqual(d.map((x) => x.code), [])],
  'deep-flow.review.yaml': [`${HEAD}x: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, (d) => assert.ok(d.some((x) => /nests too deeply/.test(text(x))), d.map(text).join('\n'))],
  'deep-seq.review.yaml': [`${HEAD}x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, (d) => assert.ok(d.some((x) => /nests too deeply/.test(text(x))), d.map(text).join('\n'))],
  'deep-block.review.yaml': [`${HEAD}x:\n  ${'- '.repeat(10_000)}1\n`, () => undefined],
  'line.review.yaml': [`${HEAD}strengths:\n  - text: ${'word '.repeat(200_000)}\n    evidence: CRM\n`, () => undefined],
  'flow-line.review.yaml': [`${HEAD}improvements: [${Array(20_000).fill('{ id: a }').join(', ')}]\n`, (d) => {
    // 20,000 findings: the first 1,000 (reviewYaml.maxProblems) and one that counts the rest.
    assert.equal(d.length, 1001);
    assert.ok(Number(/^(\d+) more findings/.exec(text(d[1000]!))?.[1]) >= 19_000, text(d[1000]!));
  }],
  'nul.review.yaml': [`${HEAD}strengths:\n  - text: "a\u0000b"\n    evidence: \uFFFD\uFFFD\u0000\uD800\n`, () => undefined],
};

describe('hostile input through the language server', function () {
  this.timeout(180_000);
  let ws: ReturnType<typeof copyWorkspace>;
  let s: Session;
  before(async () => {
    ws = copyWorkspace();
    s = await Session.start({ root: ws.root, settings: () => ({ debounceMs: 0 }) });
  });
  after(() => {
    s.dispose();
    ws.remove();
  });

  /** Opens a document and waits for its first diagnostics, within `ms`; then asks for its outline and its preview. */
  async function openBounded(name: string, text: string, ms = 30_000): Promise<PublishDiagnosticsParams> {
    const uri = uriOf(ws.file(name));
    const t0 = performance.now();
    await s.open(uri, text);
    const p = await Promise.race([
      s.diagnostics(uri, (x) => x.version === 1),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${name}: no diagnostics within ${ms} ms`)), ms)),
    ]);
    const took = performance.now() - t0;
    assert.ok(took < ms, `${name}: ${took.toFixed(0)} ms`);
    const lines = text.split('\n');
    for (const d of p.diagnostics)
      for (const at of [d.range.start, d.range.end])
        assert.ok(at.line < lines.length && at.character <= lines[at.line]!.length, `${name}: ${JSON.stringify(d.range)} outside the text`);
    await s.request<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
    const { html } = await s.request<{ html: string }>('review/render', { textDocument: { uri }, mode: 'preview' });
    assert.match(html, /Content-Security-Policy/);
    await s.close(uri);
    return p;
  }

  /** The server still answers a request about a small, ordinary document. */
  async function stillAnswers(): Promise<void> {
    const uri = uriOf(ws.file('held.review.yaml'));
    await s.open(uri, ws.read('held.review.yaml'));
    const p = await s.diagnostics(uri, (x) => x.version === 1);
    assert.ok(p.diagnostics.length > 0);
    const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 3);
    await s.close(uri);
  }

  for (const [name, [text, expect]] of Object.entries(DOCS)) {
    it(`${name}: diagnostics in time, outline and preview answer, the server answers afterwards`, async () => {
      const p = await openBounded(name, text, name === 'big.review.yaml' ? 90_000 : 30_000);
      expect(p.diagnostics);
      await stillAnswers();
    });
  }

  it('templates: a review, a cycle, itself, .. and symlinks out of the workspace, a FIFO, a folder', async () => {
    const outside = copyWorkspace(); // a folder beside the workspace, outside it
    writeFileSync(join(outside.root, 'outside.review.yaml'), 'kind: template\nname: Outside\n');
    symlinkSync(join(outside.root, 'outside.review.yaml'), ws.file('link.review.yaml'));
    symlinkSync(outside.root, ws.file('dirlink'));
    execFileSync('mkfifo', [ws.file('pipe.yaml')]);
    mkdirSync(ws.file('folder.yaml'));
    writeFileSync(ws.file('b.review.yaml'), review('a.review.yaml'));
    const rel = join('..', outside.root.split('/').pop()!, 'outside.review.yaml');
    const cases: [string, string, RegExp][] = [
      ['a.review.yaml', review('b.review.yaml'), /is not a template/],
      ['self.review.yaml', review('self.review.yaml'), /this file itself/],
      ['up.review.yaml', review(rel), /lies outside/],
      ['etc.review.yaml', review('../../../../../../../../etc/passwd'), /lies outside/],
      ['link.user.review.yaml', review('link.review.yaml'), /links to .* outside/],
      ['dirlink.review.yaml', review('dirlink/outside.review.yaml'), /links to .* outside/],
      ['fifo.review.yaml', review('pipe.yaml'), /cannot be read/],
      ['dir.review.yaml', review('folder.yaml'), /cannot be read/],
    ];
    try {
      for (const [name, body, message] of cases) {
        const p = await openBounded(name, body, 10_000);
        const d = p.diagnostics.find((x) => x.code === 'template-unresolved');
        assert.ok(d, `${name}: ${JSON.stringify(p.diagnostics.map((x) => x.code))}`);
        assert.match(text(d), message, name);
        const { html } = await s.request<{ html: string }>('review/render', { textDocument: { uri: uriOf(ws.file(name)) } }).catch(() => ({ html: '' }));
        assert.doesNotMatch(html, /Outside/);
      }
      await stillAnswers();
    } finally {
      outside.remove();
    }
  });

  it('a .reviewrc.yaml that is not YAML: one warning on the review, the rest still linted', async () => {
    const bodies = ['rules: [\n', '\u0000\uFFFD: {[\n', bomb(10).replace('kind: review\n', ''), '- a list\n'];
    for (const body of bodies) {
      const sub = ws.file(`rc-${bodies.indexOf(body)}`);
      mkdirSync(sub);
      writeFileSync(join(sub, '.reviewrc.yaml'), body);
      const p = await openBounded(`rc-${bodies.indexOf(body)}/r.review.yaml`, HEAD, 10_000);
      const warning = p.diagnostics.find((d) => /\.reviewrc\.yaml was ignored/.test(text(d)));
      assert.ok(warning, `${JSON.stringify(body)}: ${JSON.stringify(p.diagnostics.map(text))}`);
      assert.equal(text(warning).split('\n').length, 1);
      assert.ok(p.diagnostics.some((d) => d.code === 'praise-missing'), 'the review is still linted');
    }
    // A FIFO named .reviewrc.yaml is not read (no hang).
    mkdirSync(ws.file('rc-fifo'));
    execFileSync('mkfifo', [ws.file('rc-fifo/.reviewrc.yaml')]);
    const p = await openBounded('rc-fifo/r.review.yaml', HEAD, 10_000);
    assert.ok(p.diagnostics.some((d) => d.code === 'praise-missing'));
    await stillAnswers();
  });
});
