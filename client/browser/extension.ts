// The extension in a web worker extension host (vscode.dev, github.dev; package.json `browser`):
// the same features as on the desktop, with the language server in a browser worker. One bundle,
// dist/web/extension.js: a web host loads no second file by `require`.
import type * as vscode from 'vscode';
import { type ReviewYamlApi, activateWith } from '../activation';
import * as clientCode from './languageClient';

export { deactivate } from '../activation';

export interface WebApi extends ReviewYamlApi {
  /** How the server's worker was started: from the extension URI (vscode.dev) or as a Blob URL (hosts that refuse that). */
  readonly serverWorkerFrom: typeof clientCode.startedFrom;
}

export function activate(context: vscode.ExtensionContext): WebApi {
  const api = activateWith(context, () => clientCode);
  return Object.defineProperty(api, 'serverWorkerFrom', { get: () => clientCode.startedFrom, enumerable: true }) as WebApi;
}
