// The extension on the desktop (the Node extension host): the language server is dist/server.js,
// a Node process. The language client's code is dist/languageClient.js beside this bundle, read
// only after activation (esbuild leaves the require alone: scripts/build.mjs).
import type * as vscode from 'vscode';
import { type ReviewYamlApi, activateWith } from './activation';
import type { ClientCode } from './languageServer';

export { type ReviewYamlApi, deactivate } from './activation';

export function activate(context: vscode.ExtensionContext): ReviewYamlApi {
  return activateWith(context, () => require('./languageClient.js') as ClientCode);
}
