// The extension host side: a language client for dist/server.js, the preview, the commands and
// the status bar. Everything about the documents' content comes from the server; nothing here
// parses YAML.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../server/protocol';
import { registerCommands } from './commands';
import { PreviewManager } from './preview';
import { registerChineseSnippets } from './snippets';
import { currentSettings, toServerSettings } from './settings';
import { FindingsStatus } from './statusBar';

export const LANGUAGE_ID = 'review-yaml';

/** What `activate` returns: used by the e2e suites to look inside without widening the UI. */
export interface ReviewYamlApi {
  client: LanguageClient;
  preview: PreviewManager;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ReviewYamlApi> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const initializationOptions: InitializationOptions = {
    reviewYaml: currentSettings(),
    diagnosticMode: 'push',
    // Restricted Mode: the server resolves no template outside the workspace folder.
    ...({ trusted: vscode.workspace.isTrusted } as object),
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    initializationOptions,
    synchronize: {
      configurationSection: 'reviewYaml',
      // Templates and configuration change the findings of the reviews that use them.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.review.yaml,.reviewrc.yaml}'),
    },
    middleware: {
      workspace: {
        // Settings pulled per document: resolve `locale: auto` to what the server understands.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((value, i) => (params.items[i]?.section === 'reviewYaml' ? toServerSettings(value) : value));
        },
      },
    },
  };
  // The id makes `reviewYaml.trace.server` work without more code.
  client = new LanguageClient('reviewYaml', 'Review YAML', serverOptions, clientOptions);

  const preview = new PreviewManager(context, client);
  const status = new FindingsStatus();
  context.subscriptions.push(preview, status, ...registerCommands(context, client, preview, status), registerChineseSnippets(context));
  // Trust granted: start again without Restricted Mode's limits.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void restart()));
  await client.start();
  return { client, preview };
}

async function restart(): Promise<void> {
  const options = client?.clientOptions.initializationOptions as InitializationOptions | undefined;
  if (!client || !options) return;
  (options as { trusted?: boolean }).trusted = vscode.workspace.isTrusted;
  await client.restart();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
