// The extension in a web worker extension host (vscode.dev, github.dev; package.json `browser`):
// the same features as on the desktop, with the language server in a browser worker. One bundle,
// dist/web/extension.js: a web host loads no second file by `require`.
import type * as vscode from 'vscode';
import { type ReviewYamlApi, activateWith } from '../activation';
import * as clientCode from './languageClient';

export { type ReviewYamlApi, deactivate } from '../activation';

export function activate(context: vscode.ExtensionContext): ReviewYamlApi {
  return activateWith(context, () => clientCode);
}
