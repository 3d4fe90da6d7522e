import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { type CalibrationRendered, isCalibrationMessage } from '../../../client/calibration';
import { api, closeAll, once, open, workspaceUri } from './helpers';

/** The next render of the report, after `start`. */
async function renderOf(start: () => Thenable<unknown>, ok: (r: CalibrationRendered) => boolean = () => true): Promise<CalibrationRendered> {
  const { calibration } = await api();
  const next = once(calibration.onDidRender, ok);
  await start();
  return next;
}

describe('the Calibration Report command', () => {
  after(closeAll);
  const folder = () => vscode.workspace.workspaceFolders![0]!.uri;

  it('opens the report of the workspace, with its charts, under a strict CSP and without names or free text', async () => {
    const r = await renderOf(() => vscode.commands.executeCommand('reviewYaml.calibrationReport', folder()));
    assert.ok(r.result, 'the server made the report');
    assert.ok(r.result.reviews >= 5, `${r.result.reviews} reviews`);
    for (const chart of ['rating-overall', 'notice', 'minutes', 'findings-reviewer']) assert.match(r.html, new RegExp(`data-chart="${chart}"`));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(r.html)?.[1]?.replace(/&#39;/g, "'");
    assert.ok(csp);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, new RegExp(`script-src 'nonce-${r.nonce.replace(/[+/]/g, '\\$&')}'`));
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const scripts = r.html.match(/<script\b[^>]*>/g) ?? [];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0]!, /src="[^"]*calibration\.js"/);
    // Names and text of the workspace's reviews stay out.
    for (const text of ['Chen Jie', 'Cut report errors in half', 'Mallory', 'alert(']) assert.ok(!r.html.includes(text), `${text} leaked`);
  });

  it('refreshes as a review changes, with a new nonce', async () => {
    const { calibration } = await api();
    const before = calibration.last!;
    const path = 'reviews/findings.review.yaml';
    assert.ok(before.result!.actions.some((a) => a.path === path && a.kind === 'not-final'));
    const editor = await open(path);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('status:'));
    const r = await renderOf(
      () => editor.edit((e) => e.replace(editor.document.lineAt(line).range, 'status: final')),
      (x) => !!x.result && !x.result.actions.some((a) => a.path === path && a.kind === 'not-final'),
    );
    assert.notEqual(r.nonce, before.nonce);
    await vscode.window.showTextDocument(editor.document);
    await renderOf(() => vscode.commands.executeCommand('workbench.action.files.revert'), (x) => !!x.result?.actions.some((a) => a.path === path && a.kind === 'not-final'));
  });

  it('opens an action item\'s file at its line, and nothing outside the folder', async () => {
    const { calibration } = await api();
    const item = calibration.last!.result!.actions[0]!;
    const message = { type: 'open', path: item.path, line: item.line };
    assert.ok(isCalibrationMessage(message));
    const editor = await calibration.open(message as { type: 'open'; path: string; line: number });
    assert.ok(editor);
    assert.equal(editor.document.uri.toString(), workspaceUri(item.path).toString());
    assert.equal(editor.selection.active.line, item.line);
    assert.equal(await calibration.open({ type: 'open', path: '../outside.review.yaml', line: 0 }), undefined);
    for (const bad of [null, { type: 'open', path: 'a.review.yaml' }, { type: 'open', path: 'a.txt', line: 1 }, { type: 'open', path: 'a.review.yaml', line: -1 }, { type: 'open', path: 'a.review.yaml', line: 1, command: 'x' }])
      assert.equal(isCalibrationMessage(bad), false, JSON.stringify(bad));
  });
});
