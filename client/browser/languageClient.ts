// The language client in a web worker extension host (vscode.dev, github.dev), bundled on its own
// as dist/web/languageClient.js and run just after activation (./loadClient.ts): the server is
// dist/web/server.js in a Worker of its own. A host that serves extensions over https (vscode.dev)
// starts it from the extension's URI; one that refuses workers from extension URIs (code-server and
// other remote hosts: "Creating workers from remote extensions is currently not supported") gets
// the same script as a Blob URL, read through workspace.fs. The server keeps a thread of its own
// rather than sharing this one through a MessageChannel: joined here, a keystroke's diagnostics
// came no sooner (its lint waited behind the extension host's own work instead of for a wake-up
// of the worker), and a long lint would hold up every extension of the host.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { ReadFileRequest } from '../../server/protocol';
import { readWorkspaceFile } from '../files';
import { type DiagnosticsShown, clientOptions } from '../requests';

import { requestsOf } from '../requests';

export { requestsOf };

// The worker's parts of the browser API, typed here: the project's type library has no DOM.
type WorkerLike = ConstructorParameters<typeof BrowserMessageReader>[0];
declare const Worker: new (url: string, options?: { name?: string }) => WorkerLike;
declare const Blob: new (parts: Uint8Array[], options?: { type?: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

/** How the server's worker was started, for the output channel and the tests. */
let from: 'extension URI' | 'Blob URL' | undefined;
export const startedFrom = () => from;

/** What this bundle gives the extension. */
export interface WebClientCode {
  createClient: typeof createClient;
  requestsOf: typeof requestsOf;
  startedFrom: typeof startedFrom;
}

async function startWorker(script: vscode.Uri): Promise<WorkerLike> {
  const options = { name: 'Review YAML language server' };
  try {
    const worker = new Worker(script.toString(true), options);
    from = 'extension URI';
    return worker;
  } catch {
    const bytes = await vscode.workspace.fs.readFile(script);
    const worker = new Worker(URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })), options);
    from = 'Blob URL';
    return worker;
  }
}

export function createClient(context: vscode.ExtensionContext, shown?: DiagnosticsShown): LanguageClient {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
  // A function returning the transports, not the Worker: the host wraps `Worker`, so the client's own `instanceof Worker` would fail.
  const serverOptions = async (): Promise<MessageTransports> => {
    const worker = await startWorker(script);
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  const client = new LanguageClient('reviewYaml', 'Review YAML', serverOptions, clientOptions(vscode, shown));
  client.onRequest(ReadFileRequest, readWorkspaceFile);
  return client;
}
