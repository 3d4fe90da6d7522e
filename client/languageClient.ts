// The language client for dist/server.js, a Node process spoken to over IPC. Bundled on its own as
// dist/languageClient.js (vscode-languageclient is nearly all of the extension's code) and loaded
// by languageServer.ts once activation has returned: activation neither reads nor runs it.
import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { type DiagnosticsShown, clientOptions } from './requests';

export { requestsOf } from './requests';

export function createClient(context: vscode.ExtensionContext, shown?: DiagnosticsShown): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  // The id makes `reviewYaml.trace.server` work without more code.
  return new LanguageClient('reviewYaml', 'Review YAML', serverOptions, clientOptions(vscode, shown));
}
