import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, codeOf, diagnosticsWhere, hasCodes, once, open, ours, workspaceUri } from './helpers';

describe('diagnostics', () => {
  after(closeAll);

  it('reports the rules that fire, with rule ids as codes linked to their pages', async () => {
    const uri = workspaceUri('reviews/findings.review.yaml');
    await open('reviews/findings.review.yaml');
    const ds = await diagnosticsWhere(uri, hasCodes('praise-missing', 'improvement-plan-missing', 'score-without-response'));
    for (const d of ds) {
      assert.equal(d.source, 'review-yaml');
      assert.ok(typeof d.code === 'object' && d.code.target, `diagnostic ${codeOf(d)} links to its page`);
      assert.match(d.code.target.toString(), new RegExp(`${codeOf(d)}(\\.md|/|$)`));
    }
    const plan = ds.find((d) => codeOf(d) === 'improvement-plan-missing')!;
    assert.equal(plan.severity, vscode.DiagnosticSeverity.Error);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.match(doc.getText(plan.range), /deadlines|- id|text/, 'the range points into the improvement');
  });

  it('updates while typing: adding a strength clears praise-missing', async () => {
    const uri = workspaceUri('reviews/findings.review.yaml');
    const editor = await open('reviews/findings.review.yaml');
    await diagnosticsWhere(uri, hasCodes('praise-missing'));
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const ok = await editor.edit((e) =>
      e.insert(end, '\nstrengths:\n  - text: Found the root cause of the billing errors, which stopped the monthly refunds\n    evidence: Incident report, 4 Nov\n'),
    );
    assert.ok(ok);
    const ds = await diagnosticsWhere(uri, (d) => !d.some((x) => codeOf(x) === 'praise-missing'));
    assert.ok(ds.some((d) => codeOf(d) === 'improvement-plan-missing'), 'other findings stay');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('the status bar shows one count: the reviews with findings across the workspace, not the active file\'s findings', async () => {
    const { status } = await api();
    await open('reviews/findings.review.yaml');
    await diagnosticsWhere(workspaceUri('reviews/findings.review.yaml'), hasCodes('praise-missing'));
    // The active review is clean; the count still covers the other one.
    await open('reviews/clean.review.yaml');
    const files = () => vscode.languages.getDiagnostics().filter(([uri]) => ours(uri).length > 0).length;
    const counted = () => {
      const { text, visible } = status.shown();
      return visible && text.startsWith('$(checklist) ') && text.includes(String(files()));
    };
    if (!counted()) await once(status.onDidUpdate, counted);
    const { text, tooltip } = status.shown();
    assert.ok(files() >= 1, 'findings.review.yaml has findings');
    // No per-file severity counts: VS Code's own item shows those.
    assert.doesNotMatch(text, /\$\((error|warning|info)\)/);
    assert.ok(tooltip.includes(String(files())), tooltip);
  });

  it('a half-typed key keeps the other findings: the syntax error is reported beside them', async () => {
    const uri = workspaceUri('reviews/findings.review.yaml');
    const editor = await open('reviews/findings.review.yaml');
    await diagnosticsWhere(uri, hasCodes('improvement-plan-missing', 'score-without-response'));
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit((e) => e.insert(end, '\nstren')));
    const ds = await diagnosticsWhere(uri, hasCodes('yaml-syntax'));
    for (const code of ['improvement-plan-missing', 'score-without-response']) assert.ok(ds.some((d) => codeOf(d) === code), `${code} stays while the key is half-typed`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
