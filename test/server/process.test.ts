// The built server as an editor starts it: a separate process over stdio (any LSP editor) or
// node IPC (VS Code), speaking real LSP from initialize to exit.
import { strict as assert } from 'node:assert';
import { type ChildProcess, fork, spawn } from 'node:child_process';
import {
  IPCMessageReader, IPCMessageWriter, type MessageConnection, type MessageReader, type MessageWriter,
  StreamMessageReader, StreamMessageWriter, createMessageConnection,
} from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { SERVER, ensureBuilt } from './support/build';
import { uriOf } from './support/session';
import { copyWorkspace } from './support/workspace';

describe('server: the built dist/server.js as a process', function () {
  this.timeout(60000);
  let ws: ReturnType<typeof copyWorkspace>;
  before(() => {
    ensureBuilt();
    ws = copyWorkspace();
  });
  after(() => ws.remove());

  async function session(child: ChildProcess, reader: MessageReader, writer: MessageWriter) {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    const client: MessageConnection = createMessageConnection(reader, writer);
    const published: PublishDiagnosticsParams[] = [];
    let got!: (p: PublishDiagnosticsParams) => void;
    const first = new Promise<PublishDiagnosticsParams>((r) => (got = r));
    client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      published.push(p);
      got(p);
    });
    client.onNotification('window/logMessage', () => undefined);
    client.onRequest('client/registerCapability', () => null);
    client.listen();
    const init = await client.sendRequest<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }>('initialize', {
      processId: process.pid,
      rootUri: uriOf(ws.root),
      workspaceFolders: [{ uri: uriOf(ws.root), name: 'ws' }],
      capabilities: {},
    });
    assert.equal(init.serverInfo?.name, 'review-yaml');
    assert.ok(init.capabilities.completionProvider && init.capabilities.hoverProvider && init.capabilities.codeActionProvider);
    await client.sendNotification('initialized', {});
    const uri = uriOf(ws.file('held.review.yaml'));
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: ws.read('held.review.yaml') } });
    const p = await first;
    await client.sendRequest('shutdown');
    await client.sendNotification('exit');
    const code = await exited;
    client.dispose();
    return { p, uri, code };
  }

  it('over stdio: initialize → didOpen → publishDiagnostics → shutdown/exit 0', async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ws.root, stdio: ['pipe', 'pipe', 'inherit'] });
    const { p, uri, code } = await session(child, new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    assert.equal(p.uri, uri);
    assert.equal(p.version, 1);
    const codes = p.diagnostics.map((d) => d.code);
    for (const id of ['improvement-plan-missing', 'score-without-response']) assert.ok(codes.includes(id), `${id} in ${codes}`);
    assert.ok(p.diagnostics.every((d) => d.source === 'review-yaml' && d.codeDescription?.href.endsWith(`${d.code}.md`)));
    assert.equal(code, 0);
  });

  it('over node IPC, as VS Code starts it', async () => {
    const child = fork(SERVER, ['--node-ipc'], { cwd: ws.root, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const { p, code } = await session(child, new IPCMessageReader(child), new IPCMessageWriter(child));
    assert.ok(p.diagnostics.some((d) => d.code === 'improvement-plan-missing'));
    assert.equal(code, 0);
  });
});
