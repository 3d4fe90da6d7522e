// Reads and runs dist/web/languageClient.js in this worker, as the host ran dist/web/extension.js:
// a CommonJS module whose only import is `vscode`. Through the editor's file system where the
// extension's files are (code-server and other remote hosts), else fetched from its URI (vscode.dev
// serves extensions over https).
import * as vscode from 'vscode';
import type { WebClientCode } from './languageClient';

declare const fetch: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

async function source(uri: vscode.Uri): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    const response = await fetch(uri.toString(true));
    if (!response.ok) throw new Error(`${uri.toString(true)}: HTTP ${response.status}`);
    return response.text();
  }
}

export async function loadClientCode(context: vscode.ExtensionContext): Promise<WebClientCode> {
  const uri = vscode.Uri.joinPath(context.extensionUri, 'dist/web/languageClient.js');
  const code = `${await source(uri)}\n//# sourceURL=${uri.toString(true)}`;
  const module = { exports: {} as WebClientCode };
  const require = (id: string) => {
    if (id === 'vscode') return vscode;
    throw new Error(`dist/web/languageClient.js asked for '${id}': only 'vscode' is there`);
  };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return module.exports;
}
