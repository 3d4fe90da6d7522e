import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { DiagnosticSeverity, FileChangeType } from 'vscode-languageserver';
import { docsUrl } from '../../core/rule';
import { Session, heldSession, uriOf } from './support/session';
import { OTHER_RULES_OFF, copyWorkspace, positionOf, rangeOf } from './support/workspace';

const codes = (p: { diagnostics: { code?: unknown }[] }) => p.diagnostics.map((d) => d.code).sort();

describe('server: diagnostics', () => {
  let ws: ReturnType<typeof copyWorkspace>;
  let s: Session;
  let rules: Record<string, string>;
  beforeEach(async () => {
    ws = copyWorkspace();
    rules = { ...OTHER_RULES_OFF };
    s = await Session.start({ root: ws.root, settings: () => ({ rules }) });
  });
  afterEach(() => {
    s.dispose();
    ws.remove();
  });

  it('publishes on open: code = rule id, link to its page, source, tight range, severity, related places', async () => {
    const uri = uriOf(ws.file('held.review.yaml'));
    const text = ws.read('held.review.yaml');
    await s.open(uri, text);
    const p = await s.diagnostics(uri);
    assert.equal(p.version, 1);
    assert.deepEqual(codes(p), ['improvement-plan-missing', 'score-without-response']);
    const plan = p.diagnostics.find((d) => d.code === 'improvement-plan-missing')!;
    assert.deepEqual(plan.range, rangeOf(text, 'handover'));
    assert.equal(plan.severity, DiagnosticSeverity.Error);
    assert.equal(plan.source, 'review-yaml');
    assert.deepEqual(plan.codeDescription, { href: docsUrl('improvement-plan-missing') });
    assert.match(plan.codeDescription!.href, /docs\/rules\/improvement-plan-missing\.md$/);
    assert.equal(plan.relatedInformation?.length, 1);
    assert.equal(plan.relatedInformation![0]!.location.uri, uri);
    assert.deepEqual(plan.relatedInformation![0]!.location.range.start, rangeOf(text, '- addresses: weekly-reports').start);
    const score = p.diagnostics.find((d) => d.code === 'score-without-response')!;
    assert.deepEqual(score.range, rangeOf(text, '3', text.split('3').length - 2));
  });

  it('shows at most reviewYaml.maxProblems findings, then one diagnostic that counts the rest (in the document\'s language)', async () => {
    s.dispose();
    let settings: Record<string, unknown> = { rules: {}, maxProblems: 2 };
    s = await Session.start({ root: ws.root, settings: () => settings });
    const uri = uriOf(ws.file('held.review.yaml'));
    await s.open(uri, ws.read('held.review.yaml'));
    const all = (await s.diagnostics(uri)).diagnostics;
    assert.equal(all.length, 3);
    const summary = all[2]!;
    const message = String(summary.message);
    assert.equal(summary.severity, DiagnosticSeverity.Information);
    assert.equal(summary.code, undefined);
    const total = Number(/of (\d+) are/.exec(message)?.[1]);
    assert.ok(total > 2, message);
    assert.equal(message, `${total - 2} more findings from here on are not shown: the first 2 of ${total} are (setting reviewYaml.maxProblems). \`review-yaml lint\` lists them all.`);
    // Raised past the count: every finding, no summary.
    settings = { rules: {}, maxProblems: total, locale: 'zh-CN' };
    await s.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const raised = (await s.diagnostics(uri, (p) => p.diagnostics.length === total)).diagnostics;
    assert.ok(raised.every((d) => d.code !== undefined));
    settings = { rules: {}, maxProblems: 1, locale: 'zh-CN' };
    await s.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const zh = (await s.diagnostics(uri, (p) => p.diagnostics.length === 2)).diagnostics;
    assert.match(String(zh[1]!.message), new RegExp(`^从此处起还有 ${total - 1} 条检查结果未显示：共 ${total} 条，只显示前 1 条`));
  });

  it('reports broken YAML as yaml-syntax, and a missing top-level section on the first line of the file, not on kind:', async () => {
    const broken = uriOf(ws.file('broken.review.yaml'));
    await s.open(broken, ws.read('broken.review.yaml'));
    // The other rules run on the recovered document: the syntax error is reported beside them.
    assert.ok(codes(await s.diagnostics(broken)).includes('yaml-syntax'));
    const draft = uriOf(ws.file('no-praise.review.yaml'));
    // A file that opens with a comment, as most records do: the finding is at the top, not on `kind:`.
    const text = `# Draft for the 2026 cycle\n${ws.read('no-praise.review.yaml')}`;
    await s.open(draft, text);
    const p = await s.diagnostics(draft);
    assert.deepEqual(codes(p), ['praise-missing']);
    assert.deepEqual(p.diagnostics[0]!.range, rangeOf(text, '# Draft for the 2026 cycle'));
    assert.equal(p.diagnostics[0]!.severity, DiagnosticSeverity.Warning);
  });

  it('leaves a *.review.yaml without our kind alone', async () => {
    const uri = uriOf(ws.file('sidecar.review.yaml'));
    await s.open(uri, ws.read('sidecar.review.yaml'));
    assert.deepEqual((await s.diagnostics(uri)).diagnostics, []);
    assert.equal(await s.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } }), null);
  });

  it('applies severity settings from workspace/configuration, but never over an inline disable', async () => {
    rules['score-without-response'] = 'warning';
    rules['praise-missing'] = 'error';
    const uri = uriOf(ws.file('held.review.yaml'));
    await s.open(uri, ws.read('held.review.yaml'));
    const p = await s.diagnostics(uri);
    assert.equal(p.diagnostics.find((d) => d.code === 'score-without-response')!.severity, DiagnosticSeverity.Warning);

    const draft = uriOf(ws.file('no-praise.review.yaml'));
    await s.open(draft, `# review-disable praise-missing\n${ws.read('no-praise.review.yaml')}`);
    assert.deepEqual(codes(await s.diagnostics(draft)), []);
  });

  it('takes settings from initializationOptions when the client has no workspace/configuration', async () => {
    s.dispose();
    s = await Session.start({
      root: ws.root,
      initializationOptions: { reviewYaml: { rules: { ...OTHER_RULES_OFF, 'praise-missing': 'info' } } },
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    const uri = uriOf(ws.file('no-praise.review.yaml'));
    await s.open(uri, ws.read('no-praise.review.yaml'));
    const p = await s.diagnostics(uri);
    assert.deepEqual(codes(p), ['praise-missing']);
    assert.equal(p.diagnostics[0]!.severity, DiagnosticSeverity.Information);
  });

  it('debounces typing with a fixed delay: of rapid versions only the last is linted and published', async () => {
    s.dispose();
    s = await Session.start({ root: ws.root, settings: () => ({ rules, debounceMs: 200 }) });
    const uri = uriOf(ws.file('no-praise.review.yaml'));
    const text = ws.read('no-praise.review.yaml');
    await s.open(uri, text);
    await s.diagnostics(uri, (p) => p.version === 1);
    let last = 0;
    for (let i = 0; i < 8; i++) last = await s.change(uri, `${text}strengths:\n  - text: Edit ${i}\n`);
    const p = await s.diagnostics(uri, (x) => x.version !== 1);
    assert.equal(p.version, last);
    assert.deepEqual(codes(p), []);
    assert.deepEqual(s.publishedFor(uri).map((x) => x.version), [1, last]);
  });

  it('re-lints after a one-character incremental edit, within the debounce', async () => {
    const uri = uriOf(ws.file('held.review.yaml'));
    const text = ws.read('held.review.yaml');
    await s.open(uri, text);
    await s.diagnostics(uri);
    const at = positionOf(text, 'score: 3');
    const v2 = await s.edit(uri, [{ range: { start: at, end: at }, text: '#' }]);
    const p = await s.diagnostics(uri);
    assert.equal(p.version, v2);
    assert.deepEqual(codes(p), ['improvement-plan-missing']);
  });

  it('drops a lint overtaken while it waited for the settings: a stale version is never published', async () => {
    s.dispose();
    const { session, release, askedOnce } = await heldSession(ws.root, { rules: OTHER_RULES_OFF });
    s = session;
    const uri = uriOf(ws.file('no-praise.review.yaml'));
    const text = ws.read('no-praise.review.yaml');
    await s.open(uri, text);
    await askedOnce; // version 1's lint is now waiting for the client
    const v2 = await s.change(uri, `${text}strengths:\n  - text: Closed the account early\n`);
    release();
    const p = await s.diagnostics(uri);
    assert.equal(p.version, v2);
    assert.deepEqual(codes(p), []);
  });

  it('run: onSave lints on open and save, not while typing', async () => {
    s.dispose();
    s = await Session.start({ root: ws.root, settings: () => ({ rules: OTHER_RULES_OFF, run: 'onSave', debounceMs: 0 }) });
    const uri = uriOf(ws.file('no-praise.review.yaml'));
    const text = ws.read('no-praise.review.yaml');
    await s.open(uri, text);
    await s.diagnostics(uri);
    const v2 = await s.change(uri, `${text}strengths:\n  - text: Closed the account early\n`);
    // A document opened after the change is linted at once: had the change been linted too
    // (same zero delay, scheduled earlier), its result would arrive first.
    const other = uriOf(ws.file('held.review.yaml'));
    await s.open(other, ws.read('held.review.yaml'));
    await s.diagnostics(other);
    assert.deepEqual(s.publishedFor(uri).map((p) => p.version), [1]);
    await s.save(uri);
    const saved = await s.diagnostics(uri);
    assert.equal(saved.version, v2);
    assert.deepEqual(codes(saved), []);
  });

  it('clears diagnostics when a document closes', async () => {
    const uri = uriOf(ws.file('no-praise.review.yaml'));
    await s.open(uri, ws.read('no-praise.review.yaml'));
    await s.diagnostics(uri);
    await s.close(uri);
    assert.deepEqual((await s.diagnostics(uri)).diagnostics, []);
  });

  it('re-lints open reviews when their template changes in the editor, and again when it closes', async () => {
    const review = uriOf(ws.file('no-praise.review.yaml'));
    await s.open(review, ws.read('no-praise.review.yaml'));
    assert.deepEqual(codes(await s.diagnostics(review)), ['praise-missing']);
    const template = uriOf(ws.file('template.review.yaml'));
    await s.open(template, ws.read('template.review.yaml'));
    await s.change(template, `${ws.read('template.review.yaml')}rules:\n  praise-missing: off\n`);
    // Opening the template may re-lint the review too, before the change reaches the server or
    // together with it: the review's next publish may still be the template as opened. What
    // must come is one that reflects the change, and then one that reflects the close.
    assert.deepEqual(codes(await s.diagnostics(review, (p) => codes(p).length === 0)), []);
    await s.close(template);
    assert.deepEqual(codes(await s.diagnostics(review, (p) => codes(p).length > 0)), ['praise-missing']);
  });

  it('re-lints open reviews when their template changes on disk (workspace/didChangeWatchedFiles)', async () => {
    const review = uriOf(ws.file('no-praise.review.yaml'));
    await s.open(review, ws.read('no-praise.review.yaml'));
    assert.deepEqual(codes(await s.diagnostics(review)), ['praise-missing']);
    writeFileSync(ws.file('template.review.yaml'), `${ws.read('template.review.yaml')}rules:\n  praise-missing: off\n`);
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(ws.file('template.review.yaml')), type: FileChangeType.Changed }] });
    assert.deepEqual(codes(await s.diagnostics(review)), []);
  });

  it('re-lints every open review when a .reviewrc.yaml appears, changes or breaks', async () => {
    const review = uriOf(ws.file('no-praise.review.yaml'));
    await s.open(review, ws.read('no-praise.review.yaml'));
    assert.deepEqual(codes(await s.diagnostics(review)), ['praise-missing']);
    const rc = ws.file('.reviewrc.yaml');
    writeFileSync(rc, 'rules:\n  praise-missing: off\n');
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: FileChangeType.Created }] });
    assert.deepEqual(codes(await s.diagnostics(review)), []);
    writeFileSync(rc, 'rules: [\n');
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: FileChangeType.Changed }] });
    const p = await s.diagnostics(review);
    assert.deepEqual(codes(p), ['praise-missing', undefined]);
    assert.match(String(p.diagnostics.find((d) => d.code === undefined)!.message), /\.reviewrc\.yaml was ignored/);
  });

  it('re-lints when the settings change (workspace/didChangeConfiguration)', async () => {
    const uri = uriOf(ws.file('no-praise.review.yaml'));
    await s.open(uri, ws.read('no-praise.review.yaml'));
    assert.deepEqual(codes(await s.diagnostics(uri)), ['praise-missing']);
    rules['praise-missing'] = 'off';
    await s.notify('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(codes(await s.diagnostics(uri)), []);
  });

  it('answers pull diagnostics (textDocument/diagnostic)', async () => {
    const uri = uriOf(ws.file('held.review.yaml'));
    await s.open(uri, ws.read('held.review.yaml'));
    const report = await s.request<{ kind: string; items: { code?: unknown }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items.map((d) => d.code).sort(), ['improvement-plan-missing', 'score-without-response']);
  });

  it("in pull mode advertises textDocument/diagnostic, does not push, and asks for a refresh when a dependency changes", async () => {
    s.dispose();
    s = await Session.start({ root: ws.root, initializationOptions: { diagnosticMode: 'pull', debounceMs: 0 }, settings: () => ({ rules }) });
    assert.ok(s.initializeResult.capabilities.diagnosticProvider);
    const review = uriOf(ws.file('no-praise.review.yaml'));
    await s.open(review, ws.read('no-praise.review.yaml'));
    const pull = () => s.request<{ items: { code?: unknown }[] }>('textDocument/diagnostic', { textDocument: { uri: review } });
    assert.deepEqual((await pull()).items.map((d) => d.code), ['praise-missing']);
    const template = uriOf(ws.file('template.review.yaml'));
    const refreshed = s.nextRefresh();
    await s.open(template, `${ws.read('template.review.yaml')}rules:\n  praise-missing: off\n`);
    await refreshed;
    assert.deepEqual((await pull()).items, []);
    assert.deepEqual(s.published, []);
  });
});
