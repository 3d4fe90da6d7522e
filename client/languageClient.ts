// The language client for dist/server.js and the requests the extension sends it. Bundled on its
// own as dist/languageClient.js (vscode-languageclient is nearly all of the extension's code) and
// loaded by languageServer.ts once activation has returned: activation neither reads nor runs it.
import * as vscode from 'vscode';
import {
  type DocumentDiagnosticReport,
  DocumentDiagnosticRequest,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { type InitializationOptions, type NewReviewParams, NewReviewRequest, type NewReviewResult, type RenderParams, RenderRequest, type RenderResult } from '../server/protocol';
import { currentSettings, toServerSettings } from './settings';

const LANGUAGE_ID = 'review-yaml';

/** What the extension's features ask the running server. */
export interface ServerRequests {
  /** `review/render`: the record as a page, from what the editor holds. */
  render(params: RenderParams & Record<string, unknown>): Promise<RenderResult>;
  /** `textDocument/diagnostic`: answered from the same lint as the pushed diagnostics. */
  pullDiagnostics(uri: string, token: vscode.CancellationToken): Promise<DocumentDiagnosticReport>;
  /** `review/newReview`: a new review's text from the chosen template, built by core's skeleton builder. */
  newReview(params: NewReviewParams): Promise<NewReviewResult>;
}

export function createClient(context: vscode.ExtensionContext): LanguageClient {
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
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.review.yaml,*.review.yml,.reviewrc.yaml}'),
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
  return new LanguageClient('reviewYaml', 'Review YAML', serverOptions, clientOptions);
}

export function requestsOf(client: LanguageClient): ServerRequests {
  return {
    render: (params) => client.sendRequest(RenderRequest, params),
    pullDiagnostics: (uri, token) => client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }, token),
    newReview: (params) => client.sendRequest(NewReviewRequest, params),
  };
}
