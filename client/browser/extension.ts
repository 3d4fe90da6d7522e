// The extension in a web worker extension host (vscode.dev, github.dev; package.json `browser`):
// the same features as on the desktop, with the language server in a browser worker. Activation
// loads dist/web/extension.js only; the language client, nearly all of the code, is
// dist/web/languageClient.js, read and run just after activate() has returned, as on the desktop
// (a web host has no `require` for a second file: see loadClient.ts).
import type * as vscode from 'vscode';
import { type ReviewYamlApi, activateWith } from '../activation';
import type { WebClientCode } from './languageClient';
import { loadClientCode } from './loadClient';

export { deactivate } from '../activation';

export interface WebApi extends ReviewYamlApi {
  /** How the server's worker was started: from the extension URI (vscode.dev) or as a Blob URL (hosts that refuse that). */
  readonly serverWorkerFrom: ReturnType<WebClientCode['startedFrom']>;
}

export function activate(context: vscode.ExtensionContext): WebApi {
  let code: WebClientCode | undefined;
  const api = activateWith(context, async () => (code = await loadClientCode(context)));
  return Object.defineProperty(api, 'serverWorkerFrom', { get: () => code?.startedFrom(), enumerable: true }) as WebApi;
}
