import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { WorkspaceLintResult } from '../../../client/workspaceLint';
import { api, closeAll, codeOf, diagnosticsWhere, workspaceUri } from './helpers';

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

  it('New Review with a template: saved under the name chosen, with the template\'s content, dated from today', async () => {
    await api();
    const template = workspaceUri('templates/team.review.yaml');
    // As a save dialog gives it when it adds the suffix to the default name once more.
    const target = workspaceUri('reviews/new.review.yaml.review.yaml');
    const file = await vscode.commands.executeCommand<vscode.Uri | undefined>('reviewYaml.newReview', template, target);
    assert.ok(file, 'a file was written');
    try {
      assert.equal(basename(file.fsPath), 'new.review.yaml');
      assert.ok(!existsSync(target.fsPath), 'not under the doubled name');
      const text = readFileSync(file.fsPath, 'utf8');
      assert.match(text, /^kind: review$/m);
      assert.match(text, /^template: \.\.\/templates\/team\.review\.yaml$/m);
      // The template's competencies and required materials, not a generic skeleton.
      assert.match(text, /id: communication/);
      for (const m of ['evaluation-form', 'work-summary']) assert.ok(text.includes(m), m);
      // No fixed dates: every date is within the year and a half around today.
      const dates = [...text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)].map((m) => Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      assert.ok(dates.length > 0, 'the period is dated');
      for (const d of dates) assert.ok(Math.abs(d - Date.now()) < 550 * 86_400_000, `${new Date(d).toISOString().slice(0, 10)} is near today`);
      assert.ok(text.includes(`${new Date().getFullYear()}-`), 'this year');
      // It opens in the editor and the server lints it as a review of that template.
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), file.toString());
      await diagnosticsWhere(file, (ds) => ds.some((d) => d.source === 'review-yaml'));
      assert.ok(!vscode.languages.getDiagnostics(file).some((d) => codeOf(d) === 'template-unresolved'), 'the template resolves');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      rmSync(file.fsPath, { force: true });
    }
  });
});
