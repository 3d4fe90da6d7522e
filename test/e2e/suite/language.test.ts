import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DocumentDiagnosticReport } from 'vscode-languageclient/node';
import { EXTENSION_ID, closeAll, open, ours, positionOf, running, workspaceUri } from './helpers';

describe('the review-yaml language', () => {
  after(closeAll);

  it('is given to *.review.yaml files and activates the extension', async () => {
    const editor = await open('reviews/clean.review.yaml');
    assert.equal(editor.document.languageId, 'review-yaml');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('offers the snippets in completion, with choices for enum values', async () => {
    const editor = await open('reviews/clean.review.yaml');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, end);
    const snippets = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet);
    // A snippet is listed under its prefix, with its name as the description.
    const name = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : `${i.label.label} (${i.label.description})`);
    const names = snippets.map(name);
    for (const n of ['Review', 'Template', 'Strength', 'Improvement with plan item', 'Goal', 'Next goal', 'Support request', 'Agenda item', 'Sign-off block', 'Employee response'])
      assert.ok(names.some((l) => l.endsWith(`(${n})`)), `snippet "${n}" offered; got ${names.join(', ')}`);
    const response = snippets.find((i) => name(i).endsWith('(Employee response)'));
    const body = response?.insertText instanceof vscode.SnippetString ? response.insertText.value : String(response?.insertText);
    assert.match(body, /\$\{1\|agree,partly-agree,disagree\|\}/);
  });

  it('leaves a *.review.yaml without our kind alone', async () => {
    const uri = workspaceUri('reviews/sidecar.review.yaml');
    const editor = await open('reviews/sidecar.review.yaml');
    assert.equal(editor.document.languageId, 'review-yaml');
    // The server answers from the same lint it publishes.
    const { client } = await running();
    const report = await client.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: uri.toString() } });
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.kind === 'full' ? report.items : undefined, []);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider', uri, positionOf(editor.document, 'notes.md', 0),
    );
    assert.equal(list.items.filter((i) => i.kind !== vscode.CompletionItemKind.Snippet && i.kind !== vscode.CompletionItemKind.Text).length, 0);
    assert.deepEqual(ours(uri), []);
  });
});
