import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, diagnosticsWhere, hasCodes, hoverText, open, positionOf, workspaceUri } from './helpers';

const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);

describe('language features from the server', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
  after(closeAll);

  it('completes enum values from the schema', async () => {
    const editor = await open('reviews/findings.review.yaml');
    const pos = positionOf(editor.document, 'setting: private-room', 'setting: '.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, pos);
    const labels = list.items.map(label);
    for (const v of ['private-room', 'video-call', 'open-office']) assert.ok(labels.includes(v), `${v} offered; got ${labels.join(', ')}`);
  });

  it('completes keys of the review', async () => {
    const editor = await open('reviews/clean.review.yaml');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, '\n'));
    const pos = new vscode.Position(editor.document.lineCount - 1, 0);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, pos);
    const labels = list.items.filter((i) => i.kind !== vscode.CompletionItemKind.Snippet).map(label);
    assert.ok(labels.some((l) => l.startsWith('improvements')), `improvements offered; got ${labels.join(', ')}`);
    assert.ok(labels.some((l) => l.startsWith('employee_response')));
  });

  it('hovers a key with its description and a score with its scale label', async () => {
    const editor = await open('reviews/findings.review.yaml');
    const uri = editor.document.uri;
    const onKey = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, positionOf(editor.document, 'status: held', 2));
    assert.match(hoverText(onKey), /Where the review stands/);
    const onScore = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, positionOf(editor.document, 'score: 3', 'score: '.length));
    assert.match(hoverText(onScore), /Meets expectations/);
  });

  it('applies a code action: disabling a rule for its line removes the finding', async () => {
    const uri = workspaceUri('reviews/findings.review.yaml');
    await open('reviews/findings.review.yaml');
    const ds = await diagnosticsWhere(uri, hasCodes('score-without-response'));
    const target = ds.find((d) => codeOf(d) === 'score-without-response')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value,
    );
    const disable = actions.find((a) => /disable score-without-response for this line/i.test(a.title));
    assert.ok(disable?.edit, `a "disable for this line" action; got ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.match(doc.getText(), /# review-disable-next-line score-without-response\nscore: 3/);
    const after = await diagnosticsWhere(uri, (d) => !d.some((x) => codeOf(x) === 'score-without-response'));
    assert.ok(after.some((d) => codeOf(d) === 'praise-missing'), 'only that rule is silenced');
  });

  it("applies a rule's quick fix: a plan item for the improvement that had none", async () => {
    const uri = workspaceUri('reviews/findings.review.yaml');
    await open('reviews/findings.review.yaml');
    const ds = await diagnosticsWhere(uri, hasCodes('improvement-plan-missing'));
    const target = ds.find((d) => codeOf(d) === 'improvement-plan-missing')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => !/^disable/i.test(a.title));
    assert.ok(fix?.edit, `a quick fix of the rule; got ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.match(doc.getText(), /improvement_plan:\s*\n\s*- addresses: deadlines/);
    await diagnosticsWhere(uri, (d) => !d.some((x) => codeOf(x) === 'improvement-plan-missing'));
  });
});
