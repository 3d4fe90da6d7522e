// Activation does not wait for the language server (its ≤ 100 ms budget), and whatever
// needs the server waits for it. index.ts activated the extension before any test ran and left
// what it saw in the activation probe.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activationProbe, api, clientCodeLoaded, workspaceUri } from './helpers';

describe('activation', () => {
  it('returns before the language server is running, and `ready` says when it is', async () => {
    const probe = activationProbe();
    assert.ok(probe, 'index.ts activated the extension and measured it');
    assert.equal(probe.runningAtActivation, false, 'activate() returned while the client was still starting');
    assert.ok(probe.serverReadyMs > probe.activationMs, `server ready at ${probe.serverReadyMs} ms, after activation (${probe.activationMs} ms)`);
    const extension = await api();
    await extension.ready;
    assert.equal(extension.client?.isRunning(), true);
  });

  it("loads the language client's code after activation, not during it", async () => {
    const probe = activationProbe();
    assert.ok(probe);
    assert.equal(probe.clientCodeAtActivation, false, 'dist/languageClient.js was not loaded when activate() returned');
    await (await api()).ready;
    assert.equal(clientCodeLoaded(), true, 'dist/languageClient.js is loaded once the server is ready');
  });

  it('a command invoked right after activation waits for the server, then works', async () => {
    const probe = activationProbe();
    assert.ok(probe);
    const written = await probe.earlyExport;
    const out = workspaceUri('early-export.html');
    assert.equal(written?.toString(), out.toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(out));
    assert.match(html, /Cut report errors in half/, 'rendered by the server');
    await vscode.workspace.fs.delete(out);
  });
});
