// The extension host side, on either host: a language client, the preview, the commands and the
// status bar. Everything about the documents' content comes from the server; nothing here parses
// YAML. Activation does not wait for the server: it starts in the background, and what needs it
// waits for `ready`. The entries: ./extension.ts (Node) and ./browser/extension.ts (a web worker).
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CalibrationPanel } from './calibration';
import { registerCommands } from './commands';
import { type ClientCode, LanguageServer } from './languageServer';
import { PreviewManager } from './preview';
import { registerChineseSnippets } from './snippets';
import { FindingsStatus } from './statusBar';
import type { FileWriter } from './write';

/** What `activate` returns: used by the e2e suites to look inside without widening the UI. */
export interface ReviewYamlApi {
  /** Undefined until the client's code has loaded, just after activation; await `ready` before sending it anything. */
  readonly client: LanguageClient | undefined;
  /** Resolves once the language server is running (after a restart, once it runs again); rejects if it could not start. */
  readonly ready: Promise<void>;
  preview: PreviewManager;
  calibration: CalibrationPanel;
  /** The status bar item's state. */
  status: FindingsStatus;
  /**
   * Fires as the language client hands a document's diagnostics to VS Code, which sends them to
   * the editor at once; `vscode.languages.onDidChangeDiagnostics` fires up to 50 ms later, as the
   * extension host debounces it. The typing tests time what a user sees by this one.
   */
  readonly onDidShowDiagnostics: vscode.Event<vscode.Uri>;
}

let server: LanguageServer | undefined;

export function activateWith(context: vscode.ExtensionContext, clientCode: () => ClientCode | Promise<ClientCode>, write?: FileWriter): ReviewYamlApi {
  const started = (server = new LanguageServer(context, clientCode));
  const status = new FindingsStatus();
  // Until the server runs, a review's count would read as "no findings": say it is starting instead.
  const starting = status.spin(vscode.l10n.t('Starting the Review YAML server…'));
  started.ready.then(starting, starting);
  const preview = new PreviewManager(context, started.running);
  const calibration = new CalibrationPanel(context, started.running);
  context.subscriptions.push(preview, calibration, status, ...registerCommands(context, started.running, preview, status, calibration, write), registerChineseSnippets(context));
  // Trust granted: start again without Restricted Mode's limits.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void started.restart()));
  return {
    get client() {
      return started.client;
    },
    get ready() {
      return started.ready;
    },
    preview,
    calibration,
    status,
    onDidShowDiagnostics: started.onDidShowDiagnostics,
  };
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
