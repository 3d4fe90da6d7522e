import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WorkspaceLintResult } from '../../../client/workspaceLint';
import { api, closeAll, codeOf, workspaceUri } from './helpers';

describe('commands', () => {
  after(closeAll);

  it('are all registered', async () => {
    await api();
    const all = await vscode.commands.getCommands(true);
    for (const c of ['reviewYaml.newReview', 'reviewYaml.openPreview', 'reviewYaml.openPreviewToSide', 'reviewYaml.lintWorkspace', 'reviewYaml.exportHtml'])
      assert.ok(all.includes(c), c);
  });

  it('lint the whole workspace into the Problems panel, through workspace/diagnostic, opening nothing', async () => {
    await api();
    const uri = workspaceUri('reviews/unopened.review.yaml');
    const result = await vscode.commands.executeCommand<WorkspaceLintResult>('reviewYaml.lintWorkspace');
    assert.equal(result.cancelled, false);
    assert.ok(result.files >= 5, `found the workspace's reviews (${result.files})`);
    assert.equal(result.linted, result.files);
    const codes = vscode.languages.getDiagnostics(uri).map(codeOf);
    assert.ok(codes.includes('praise-missing') && codes.includes('improvement-plan-missing'), `got ${codes.join(', ')}`);
    // The server read the file from disk: the extension did not open it as a document.
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'unopened.review.yaml stays unopened');
  });
});
