import * as assert from 'node:assert/strict';
import { chmodSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { type Rendered, isPreviewMessage } from '../../../client/preview';
import { api, closeAll, once, open, workspaceUri } from './helpers';

/** The next render for `relative`, or the last one if it already shows that file at that version. */
async function renderOf(relative: string, start: () => Thenable<unknown>, after?: Rendered): Promise<Rendered> {
  const { preview } = await api();
  const uri = workspaceUri(relative).toString();
  const next = once(preview.onDidRender, (r) => r.uri === uri && r !== after);
  await start();
  return next;
}

describe('the preview', () => {
  after(closeAll);

  it('opens to the side with the record rendered by the server', async () => {
    await open('reviews/findings.review.yaml');
    const r = await renderOf('reviews/findings.review.yaml', () => vscode.commands.executeCommand('reviewYaml.openPreviewToSide'));
    assert.match(r.html, /Chen Jie/);
    assert.match(r.html, /Cut report errors in half/);
    assert.match(r.html, /praise-missing/, 'findings are marked');
    assert.match(r.html, /data-line="\d+"/, 'findings carry their line for reveal');
    // The tab model reaches the extension host on its own schedule: wait for the tab to appear.
    const previewTab = () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('reviewYaml.preview'));
    const panel = previewTab() ?? (await once(vscode.window.tabGroups.onDidChangeTabs, () => !!previewTab()), previewTab());
    assert.ok(panel, 'a preview tab is open');
    assert.notEqual(panel.group.viewColumn, vscode.window.activeTextEditor?.viewColumn, 'beside the editor');
  });

  it('has a strict CSP with a fresh nonce, one script and no inline handlers', async () => {
    const { preview } = await api();
    const r = preview.last!;
    assert.ok(r.nonce.length >= 16);
    // The attribute as the browser reads it (the server escapes its quotes).
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(r.html)?.[1]?.replace(/&#39;/g, "'");
    assert.ok(csp, 'a CSP meta element');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, new RegExp(`script-src 'nonce-${r.nonce.replace(/[+/]/g, '\\$&')}'`));
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const scripts = r.html.match(/<script\b[^>]*>/g) ?? [];
    assert.equal(scripts.length, 1);
    assert.ok(scripts[0]!.includes(`nonce="${r.nonce}"`) && /src="[^"]*preview\.js"/.test(scripts[0]!));
    assert.doesNotMatch(r.html, /<[a-z]+\s[^>]*\son[a-z]+\s*=/i, 'no inline event handlers');
  });

  it('escapes every string of the document', async () => {
    const r = await renderOf('reviews/hostile.review.yaml', () => open('reviews/hostile.review.yaml'));
    assert.match(r.html, /Mallory &lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(r.html, /&lt;script&gt;alert\(2\)&lt;\/script&gt;/);
    assert.match(r.html, /Eve &quot; onclick=&quot;alert\(3\)/);
    assert.match(r.html, /&lt;b&gt;bold&lt;\/b&gt; release notes &amp; fixed/);
    assert.equal((r.html.match(/<script\b/g) ?? []).length, 1, 'only the preview script');
    assert.doesNotMatch(r.html, /<[a-z]+\s[^>]*\son[a-z]+\s*=/i, 'no inline event handlers');
    await renderOf('reviews/findings.review.yaml', () => open('reviews/findings.review.yaml'));
  });

  it('updates as you type, with a new nonce', async () => {
    const { preview } = await api();
    const before = preview.last!;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === before.uri)!;
    const r = await renderOf('reviews/findings.review.yaml', () => editor.edit((e) => e.replace(editor.document.lineAt(editor.document.getText().split('\n').findIndex((l) => l.startsWith('reviewer:'))).range, 'reviewer: { name: Sun Mei, role: Team lead }')), before);
    assert.match(r.html, /Sun Mei/);
    assert.doesNotMatch(r.html, /Chen Jie/);
    assert.notEqual(r.nonce, before.nonce);
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('follows the active review editor', async () => {
    const r = await renderOf('reviews/clean.review.yaml', () => open('reviews/clean.review.yaml'));
    assert.match(r.html, /Li Na/);
    assert.match(r.html, /Rebuilt the monthly dashboard/);
  });

  it('exports the record as a standalone HTML file without scripts', async () => {
    const out = workspaceUri('export.html');
    await open('reviews/findings.review.yaml');
    const written = await vscode.commands.executeCommand<vscode.Uri>('reviewYaml.exportHtml', workspaceUri('reviews/findings.review.yaml'), out);
    assert.equal(written?.toString(), out.toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(out));
    assert.match(html, /<!DOCTYPE html>/i);
    assert.match(html, /Cut report errors in half/);
    assert.doesNotMatch(html, /<script/i);
    await vscode.workspace.fs.delete(out);
  });

  it('exports through the one writer: over a file it keeps its mode and leaves no temporary file; a read-only file is refused and kept', async () => {
    const out = workspaceUri('kept-mode.html');
    writeFileSync(out.fsPath, 'old export\n', { mode: 0o640 });
    chmodSync(out.fsPath, 0o640);
    const written = await vscode.commands.executeCommand<vscode.Uri>('reviewYaml.exportHtml', workspaceUri('reviews/findings.review.yaml'), out);
    assert.equal(written?.toString(), out.toString());
    assert.match(readFileSync(out.fsPath, 'utf8'), /Cut report errors in half/);
    assert.equal(statSync(out.fsPath).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dirname(out.fsPath)).filter((f) => f.endsWith('.tmp')), []);
    // Read-only: not written (VS Code's own file system would write it, as root), the old bytes stay.
    chmodSync(out.fsPath, 0o444);
    const before = readFileSync(out.fsPath, 'utf8');
    const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>('reviewYaml.exportHtml', workspaceUri('reviews/findings.review.yaml'), out);
    assert.equal(refused, undefined);
    assert.equal(readFileSync(out.fsPath, 'utf8'), before);
    assert.equal(statSync(out.fsPath).mode & 0o777, 0o444);
    rmSync(out.fsPath);
  });

  it('accepts only well-formed reveal messages from the page', () => {
    assert.equal(isPreviewMessage({ type: 'reveal', line: 3 }), true);
    for (const bad of [
      null, 'reveal', [], { type: 'reveal' }, { type: 'reveal', line: '3' }, { type: 'reveal', line: -1 }, { type: 'reveal', line: 1.5 },
      { type: 'reveal', line: Number.NaN }, { type: 'command', line: 1 }, { type: 'reveal', line: 1, command: 'workbench.action.terminal.new' },
    ])
      assert.equal(isPreviewMessage(bad), false, JSON.stringify(bad));
  });
});
